import { type Kysely, sql } from 'kysely';

// The national referral mechanism: partner agencies (the seven of the 2016 MoU, and their units), consent
// records, referrals with their legal basis, the signed deliveries to partners' webhooks (an outbox of their
// own), partners' API tokens, the processing log UU 27/2022 asks for, partner desk accounts, and what
// retention leaves of a closed case. Forward-only; never edit once landed (a fix is a new migration).

const seed: [code: string, agency: string, name: string, type: string, group: string][] = [
  [
    'kemlu',
    'Kemlu',
    'Kementerian Luar Negeri — Direktorat Pelindungan WNI',
    'CentralGovernmentOrganisation',
    'protection',
  ],
  [
    'kemenpppa',
    'KemenPPPA',
    'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak',
    'CentralGovernmentOrganisation',
    'victim_services',
  ],
  [
    'kemenkumham',
    'Kemenkumham',
    'Kementerian Hukum dan Hak Asasi Manusia (termasuk Imigrasi)',
    'ImmigrationService',
    'legal_immigration',
  ],
  ['kemensos', 'Kemensos', 'Kementerian Sosial', 'CentralGovernmentOrganisation', 'victim_services'],
  ['polri', 'Polri', 'Kepolisian Negara Republik Indonesia', 'LawEnforcement', 'law_enforcement'],
  ['kejaksaan', 'Kejaksaan', 'Kejaksaan Republik Indonesia', 'LegalService', 'law_enforcement'],
  [
    'kp2mi',
    'KemenP2MI',
    'Kementerian Pelindungan Pekerja Migran Indonesia (dahulu BNP2TKI/BP2MI)',
    'CentralGovernmentOrganisation',
    'migrant_workers',
  ],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A partner agency or one of its units. type: HTCDS 2.0 org_Type; consent_group: whom the person's
    -- consent names, in plain words (the intake asks per group, not per ministry).
    create table partners (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      agency text not null,
      name text not null,
      parent_id uuid references partners (id),
      type text not null check (type in ('NGO', 'LawEnforcement', 'HealthServiceOrganisation',
        'CentralGovernmentOrganisation', 'LocalGovernmentOrganisation', 'ImmigrationService', 'LegalService',
        'CorporateBusiness', 'SchoolOrCollege')),
      consent_group text not null check (consent_group in ('protection', 'victim_services', 'migrant_workers',
        'law_enforcement', 'legal_immigration')),
      contact_email text,
      contact_phone text,
      -- How referrals reach it: a signed webhook, or the partner pulls them (API token or desk account).
      delivery text not null default 'pull' check (delivery in ('webhook', 'pull')),
      webhook_url text check (webhook_url is null or webhook_url ~ '^https?://'),
      -- Signs our webhooks to the partner and the partner's posts to us (HMAC-SHA256). Kept, not hashed:
      -- an HMAC needs the key itself.
      signing_secret text,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (delivery = 'pull' or webhook_url is not null)
    );

    -- A partner's API token: only its hash is kept. Rotation issues a new one; the old one may stay valid
    -- for a grace period (expires_at) so the partner can switch without a gap.
    create table partner_tokens (
      id uuid primary key default gen_random_uuid(),
      partner_id uuid not null references partners (id),
      token_hash text not null unique,
      scopes text[] not null,
      created_by uuid references staff (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    );
    create index partner_tokens_partner on partner_tokens (partner_id);

    -- Signatures of partner posts already accepted, for the replay window: a post seen twice is refused.
    create table partner_request_nonces (
      partner_id uuid not null references partners (id),
      signature text not null,
      seen_at timestamptz not null,
      primary key (partner_id, signature)
    );
    create index partner_request_nonces_seen on partner_request_nonces (seen_at);

    -- What the person (or someone on their behalf) agreed to share, with whom, why and for how long.
    -- scopes: [{ "group": "law_enforcement", "purpose": "investigation", "data": ["report", "contact"] }].
    create table consents (
      id uuid primary key default gen_random_uuid(),
      ticket_id uuid not null references tickets (id) on delete cascade,
      given_by text not null check (given_by in ('subject', 'relative', 'guardian')),
      -- How it was given: in the chat, or by phone / in person and recorded by staff.
      method text not null check (method in ('chat', 'phone', 'in_person')),
      channel text,
      wording_version text not null,
      language text not null,
      scopes jsonb not null,
      notify_person boolean not null default false,
      -- A child's consent alone is not enough (UU 27/2022 Pasal 25): a guardian's is still needed.
      guardian_required boolean not null default false,
      given_at timestamptz not null,
      expires_at timestamptz,
      recorded_by uuid references staff (id),
      -- Who gave it on the phone (as staff wrote it); null for the chat, where the chat is the proof.
      giver_description text,
      created_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_via text check (withdrawn_via in ('chat', 'phone', 'desk')),
      withdrawn_recorded_by uuid references staff (id)
    );
    create index consents_ticket on consents (ticket_id, given_at desc);

    -- A referral of a ticket to a partner: HTCDS's referral block, the basis it rests on, and its status.
    create table referrals (
      id uuid primary key default gen_random_uuid(),
      ticket_id uuid not null references tickets (id) on delete cascade,
      partner_id uuid not null references partners (id),
      reason text not null check (reason in ('AdditionalServicesRequired', 'MigrationOrChangeOfLocation', 'Other')),
      urgency text not null check (urgency in ('routine', 'urgent', 'emergency')),
      note text,
      purpose text not null,
      -- consent, or a UU 27/2022 Pasal 20 ayat (2) basis a supervisor chose with a reason.
      basis text not null check (basis in ('consent', 'vital_interest', 'legal_obligation', 'public_task')),
      basis_reason text,
      consent_id uuid references consents (id) on delete set null,
      approved_by uuid references staff (id),
      -- The data classes the case document carries (report, contact, identity): the minimum necessary.
      fields text[] not null,
      document_version text not null,
      status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected',
        'in_progress', 'repatriated', 'investigation_opened', 'service_provided', 'done', 'revoked')),
      status_reason text,
      status_changed_at timestamptz,
      created_by uuid not null references staff (id),
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      revoked_by uuid references staff (id),
      revoke_reason text,
      check (basis = 'consent' or (basis_reason is not null and approved_by is not null)),
      check (basis <> 'consent' or consent_id is not null)
    );
    create index referrals_ticket on referrals (ticket_id, created_at);
    create index referrals_partner on referrals (partner_id, created_at desc);

    -- The partners' outbox: one row per webhook call to make, committed with the referral it announces.
    -- The body is kept until it is delivered (then only its hash): a retry sends the same bytes and the
    -- same idempotency key, signed afresh.
    create table referral_deliveries (
      id bigint generated always as identity primary key,
      referral_id uuid not null references referrals (id) on delete cascade,
      partner_id uuid not null references partners (id),
      event text not null,
      idempotency_key uuid not null unique default gen_random_uuid(),
      body text,
      body_sha256 text not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index referral_deliveries_due on referral_deliveries (next_attempt_at) where status = 'pending';
    create index referral_deliveries_referral on referral_deliveries (referral_id);

    -- UU 27/2022's processing log: every export, referral, partner read and status update — who, what
    -- fields, for what purpose, on what basis. Append-only, like the audit log.
    create table processing_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor text not null,
      action text not null,
      ticket_id uuid,
      partner_id uuid,
      referral_id uuid,
      fields text[] not null default '{}',
      purpose text not null,
      basis text
    );
    create index processing_log_at on processing_log (at desc, id desc);
    create index processing_log_ticket on processing_log (ticket_id, id desc) where ticket_id is not null;
    create index processing_log_partner on processing_log (partner_id, id desc) where partner_id is not null;
    create trigger processing_log_append_only before update or delete on processing_log
      for each row execute function audit_log_refuse_change();
    create trigger processing_log_no_truncate before truncate on processing_log
      for each statement execute function audit_log_refuse_change();

    -- Partner staff: a desk account that sees only what was referred to its partner.
    alter table staff drop constraint staff_role_check;
    alter table staff add constraint staff_role_check check (role in ('agent', 'supervisor', 'admin', 'partner'));
    alter table staff add column partner_id uuid references partners (id);
    alter table staff add constraint staff_partner_role check ((role = 'partner') = (partner_id is not null));

    -- A partner's status update told to the person waits for their safe window like a staff reply does.
    alter table held_replies alter column staff_id drop not null;

    -- What retention leaves of a closed case: its age band (the exact age goes), which data classes are
    -- gone already, and when nothing identifying was left.
    alter table tickets
      add column age_band text,
      add column purged text[] not null default '{}',
      add column anonymised_at timestamptz;
    create index tickets_closed_retention on tickets (status_changed_at)
      where status = 'closed' and anonymised_at is null;
  `.execute(db);

  await db
    .insertInto('partners')
    .values(
      seed.map(([code, agency, name, type, group]) => ({
        code,
        agency,
        name,
        type,
        consent_group: group,
      })),
    )
    .execute();
}
