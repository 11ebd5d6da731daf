import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// One interface for every table; row types derive from it.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp with a database default: optional on insert. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as the parsed value, written as a JSON string (pg would send JS arrays as SQL arrays). */
type Jsonb<T> = ColumnType<T, string, string>;
/** jsonb with a database default: optional on insert. */
type DefaultedJsonb<T> = ColumnType<T, string | undefined, string>;
/** bigint identity columns arrive as strings from pg. */
type Identity = ColumnType<string, never, never>;

export interface ContactsTable {
  id: Generated<string>;
  channel: string;
  address: string;
  created_at: DefaultedTimestamp;
  last_seen_at: DefaultedTimestamp;
  /** Start of the hour whose inbound messages `inbound_hour_count` counts (the hourly cap). */
  inbound_hour_started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  inbound_hour_count: ColumnType<number, number | undefined, number>;
  /** When the person was last told the hourly cap was reached. */
  cap_noticed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the person was last told a file they sent could not be kept (one message per album). */
  file_refused_noticed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Messages taken in so far (bumped under the row lock): tells a read whether it saw the latest turn. */
  inbound_seq: ColumnType<string, string | number | undefined, string | number>;
}

export interface SessionsTable {
  contact_id: string;
  flow: string;
  node: string | null;
  status: 'waiting' | 'ended';
  state: Jsonb<unknown>;
  language_state: Jsonb<unknown> | null;
  timeout_at: Timestamp | null;
  updated_at: DefaultedTimestamp;
}

export interface TicketsTable {
  id: Generated<string>;
  ref: string;
  contact_id: string;
  status: Generated<'new' | 'open' | 'waiting' | 'referred' | 'closed'>;
  complete: Generated<boolean>;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  priority_reason: string;
  category: string | null;
  emergency: Generated<boolean>;
  channel: string;
  language: string;
  written_language: string | null;
  reporter: Generated<string>;
  reporter_name: string | null;
  subject_name: string | null;
  subject_age: number | null;
  subject_gender: string | null;
  minor: boolean | null;
  country: string | null;
  location: Jsonb<unknown> | null;
  area: string | null;
  passport_held: boolean | null;
  employer: string | null;
  departure: Jsonb<unknown> | null;
  departure_route: string | null;
  narrative: string | null;
  indicators: DefaultedJsonb<string[]>;
  flags: DefaultedJsonb<string[]>;
  triage: Jsonb<unknown> | null;
  contact_phone: string | null;
  safe_time: string | null;
  calls_safe: boolean | null;
  consent_share: boolean | null;
  answers: DefaultedJsonb<Record<string, unknown>>;
  mission: string | null;
  /** The subject's age band, kept when retention removes the exact age (joint statistics). */
  age_band: ColumnType<string | null, string | null | undefined, string | null>;
  /** The data classes retention has removed from this closed ticket. */
  purged: ColumnType<string[], string[] | undefined, string[]>;
  /** When retention removed what identifies the person (the anonymous counts stay). */
  anonymised_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The mission whose staff see this ticket (null: only the central desk). */
  mission_id: string | null;
  assignee_id: string | null;
  /** When staff first replied to the person (the SLA measures time to this). */
  first_response_at: Timestamp | null;
  /** The ticket this one was merged into. */
  merged_into: string | null;
  status_changed_at: Timestamp | null;
  sla_due_at: Timestamp;
  submitted_at: Timestamp | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface TicketEventsTable {
  id: Identity;
  ticket_id: string;
  type: string;
  actor: string;
  data: DefaultedJsonb<Record<string, unknown>>;
  created_at: DefaultedTimestamp;
}

export interface MessagesTable {
  id: Identity;
  contact_id: string;
  ticket_id: string | null;
  direction: 'in' | 'out';
  channel: string;
  external_id: string | null;
  body: string | null;
  payload: DefaultedJsonb<Record<string, unknown>>;
  created_at: DefaultedTimestamp;
}

export interface InboundReceiptsTable {
  channel: string;
  external_id: string;
  contact_id: string;
  received_at: DefaultedTimestamp;
}

export interface OutboxTable {
  id: Identity;
  contact_id: string;
  channel: string;
  address: string;
  message_id: string | null;
  kind: 'message' | 'delete' | 'disappearing';
  payload: Jsonb<Record<string, unknown>>;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: DefaultedTimestamp;
  last_error: string | null;
  created_at: DefaultedTimestamp;
  sent_at: Timestamp | null;
}

export interface WebchatConversationsTable {
  id: string;
  token_hash: string;
  contact_id: string;
  created_at: DefaultedTimestamp;
}

export interface MissionsTable {
  id: string;
  name: string;
  city: string;
  country: string;
  hotline: string | null;
  updated_at: DefaultedTimestamp;
}

export interface MissionCoverageTable {
  mission_id: string;
  country: string;
  area: string | null;
}

export interface EmergencyNumbersTable {
  country: string;
  police: string;
  ambulance: string | null;
}

/** A mental-health line by country (migration 0015), with the public source it was checked against. */
export interface MentalHealthLinesTable {
  country: string;
  name: string;
  number: string;
  /** '24h', 'office' or a range such as '08:00-24:00'. */
  hours: string;
  source_url: string;
  source_title: string;
}

export interface ReferenceSettingsTable {
  key: string;
  value: string;
}

/** A protection-desk staff member. */
export interface StaffTable {
  id: Generated<string>;
  /** Always lower-case. */
  email: string;
  name: string;
  role: 'agent' | 'supervisor' | 'admin' | 'partner';
  /** null: the central desk (sees every mission's tickets). */
  mission_id: string | null;
  /** A partner agency's staff (role partner): sees only what was referred to that partner. */
  partner_id: ColumnType<string | null, string | null | undefined, string | null>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  /** A second factor being set up: becomes totp_secret once a code from it is confirmed. */
  totp_pending_secret: string | null;
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  totp_last_step: string | null;
  totp_required: Generated<boolean>;
  language: Generated<'id' | 'en'>;
  failed_sign_ins: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

/** A signed-in browser: the cookie holds the token, the database only its hash. */
export interface StaffSessionsTable {
  token_hash: string;
  staff_id: string;
  csrf_token: string;
  /** Password accepted, TOTP code still to come: nothing but the code page is open. */
  second_factor_pending: Generated<boolean>;
  created_at: DefaultedTimestamp;
  last_seen_at: DefaultedTimestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

/** Who viewed or changed what, when and from where. Append-only (a trigger refuses UPDATE and DELETE). */
export interface AuditLogTable {
  id: Identity;
  at: DefaultedTimestamp;
  staff_id: string | null;
  action: string;
  ticket_id: string | null;
  /** What else the action was about (a staff account, a canned reply, a mission…). */
  subject: string | null;
  detail: DefaultedJsonb<Record<string, unknown>>;
  ip: string | null;
  user_agent: string | null;
  /**
   * Who acted: `staff:<id>` (beside staff_id), `partner:<id>`, `contact:<channel>` or `system`; null on
   * entries older than migration 0019.
   */
  actor: ColumnType<string | null, string | null | undefined, never>;
}

/** Two tickets staff found to be about the same case, or related. */
export interface TicketLinksTable {
  ticket_id: string;
  linked_id: string;
  kind: 'duplicate' | 'related';
  created_by: string | null;
  created_at: DefaultedTimestamp;
}

/** How far each staff member has read a ticket's transcript (for "new messages"). */
export interface TicketReadsTable {
  staff_id: string;
  ticket_id: string;
  last_message_id: string;
  read_at: DefaultedTimestamp;
}

/** A ready-made reply staff can start from. */
export interface CannedRepliesTable {
  id: Generated<string>;
  language: 'id' | 'en';
  title: string;
  body: string;
  updated_by: string | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

/** A staff reply waiting for the person's safe window (release_at), or for their next message (null). */
export interface HeldRepliesTable {
  id: Identity;
  ticket_id: string;
  contact_id: string;
  /** null: a message from Suar itself (a partner's news told to the person). */
  staff_id: string | null;
  body: string;
  release_at: Timestamp | null;
  created_at: DefaultedTimestamp;
  released_at: Timestamp | null;
  message_id: string | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
}

/** A partner agency or one of its units (the 2016 MoU's seven, and units admins add). */
export interface PartnersTable {
  id: Generated<string>;
  code: string;
  agency: string;
  name: string;
  parent_id: string | null;
  /** HTCDS 2.0 org_Type. */
  type: string;
  /** Whom a person's consent names, in plain words. */
  consent_group: string;
  contact_email: string | null;
  contact_phone: string | null;
  delivery: ColumnType<'webhook' | 'pull', 'webhook' | 'pull' | undefined, 'webhook' | 'pull'>;
  webhook_url: string | null;
  signing_secret: string | null;
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

/** A partner's API token (only its hash). */
export interface PartnerTokensTable {
  id: Generated<string>;
  partner_id: string;
  token_hash: string;
  scopes: ColumnType<string[], string[], string[]>;
  created_by: string | null;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

/** A partner post's signature already accepted (the replay window). */
export interface PartnerRequestNoncesTable {
  partner_id: string;
  signature: string;
  seen_at: Timestamp;
}

/** A consent record: what may be shared, with whom, why, how long, given by whom, withdrawn when. */
export interface ConsentsTable {
  id: Generated<string>;
  ticket_id: string;
  given_by: 'subject' | 'relative' | 'guardian';
  method: 'chat' | 'phone' | 'in_person';
  channel: string | null;
  wording_version: string;
  language: string;
  scopes: Jsonb<unknown>;
  notify_person: Generated<boolean>;
  guardian_required: Generated<boolean>;
  given_at: Timestamp;
  expires_at: Timestamp | null;
  recorded_by: string | null;
  giver_description: string | null;
  created_at: DefaultedTimestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_via: 'chat' | 'phone' | 'desk' | null;
  withdrawn_recorded_by: string | null;
}

/** A referral of a ticket to a partner. */
export interface ReferralsTable {
  id: Generated<string>;
  ticket_id: string;
  partner_id: string;
  reason: 'AdditionalServicesRequired' | 'MigrationOrChangeOfLocation' | 'Other';
  urgency: 'routine' | 'urgent' | 'emergency';
  note: string | null;
  purpose: string;
  basis: 'consent' | 'vital_interest' | 'legal_obligation' | 'public_task';
  basis_reason: string | null;
  consent_id: string | null;
  approved_by: string | null;
  fields: ColumnType<string[], string[], string[]>;
  document_version: string;
  status: ColumnType<string, string | undefined, string>;
  status_reason: string | null;
  status_changed_at: Timestamp | null;
  created_by: string;
  created_at: DefaultedTimestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

/** One webhook call to a partner, queued with what it announces. */
export interface ReferralDeliveriesTable {
  id: Identity;
  referral_id: string;
  partner_id: string;
  event: string;
  idempotency_key: Generated<string>;
  body: string | null;
  body_sha256: string;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: DefaultedTimestamp;
  last_error: string | null;
  created_at: DefaultedTimestamp;
  sent_at: Timestamp | null;
}

/** UU 27/2022's processing log (append-only). */
export interface ProcessingLogTable {
  id: Identity;
  at: DefaultedTimestamp;
  actor: string;
  action: string;
  ticket_id: string | null;
  partner_id: string | null;
  referral_id: string | null;
  fields: ColumnType<string[], string[] | undefined, never>;
  purpose: string;
  basis: string | null;
}

/** What became of an attachment: still to fetch, kept, refused (with why), or deleted by retention. */
export type EvidenceStatus =
  | 'pending'
  | 'fetching'
  | 'stored'
  | 'too_large'
  | 'refused_type'
  | 'failed'
  | 'deleted';

/** One file a person sent (a photo, document, voice note, video): its metadata; the bytes are in storage. */
export interface EvidenceItemsTable {
  id: Generated<string>;
  contact_id: string;
  message_id: string | null;
  ticket_id: ColumnType<string | null, string | null | undefined, string | null>;
  channel: string;
  kind: string;
  /** What the fetch needs (platform file id, media id, message); never shown to staff. */
  source: DefaultedJsonb<Record<string, unknown>>;
  declared_mime: string | null;
  declared_name: string | null;
  declared_size: ColumnType<number | null, number | null | undefined, number | null>;
  detected_mime: ColumnType<string | null, string | null | undefined, string | null>;
  size: ColumnType<number | null, number | null | undefined, number | null>;
  sha256: ColumnType<string | null, string | null | undefined, string | null>;
  width: ColumnType<number | null, number | null | undefined, number | null>;
  height: ColumnType<number | null, number | null | undefined, number | null>;
  duration_ms: ColumnType<number | null, number | null | undefined, number | null>;
  storage_key: ColumnType<string | null, string | null | undefined, string | null>;
  key_id: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<EvidenceStatus, EvidenceStatus | undefined, EvidenceStatus>;
  reason: ColumnType<string | null, string | null | undefined, string | null>;
  attempts: Generated<number>;
  next_attempt_at: DefaultedTimestamp;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  stored_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Every table Suar stores. */
export interface DB {
  contacts: ContactsTable;
  sessions: SessionsTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  messages: MessagesTable;
  inbound_receipts: InboundReceiptsTable;
  outbox: OutboxTable;
  webchat_conversations: WebchatConversationsTable;
  missions: MissionsTable;
  mission_coverage: MissionCoverageTable;
  emergency_numbers: EmergencyNumbersTable;
  mental_health_lines: MentalHealthLinesTable;
  reference_settings: ReferenceSettingsTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  audit_log: AuditLogTable;
  ticket_links: TicketLinksTable;
  ticket_reads: TicketReadsTable;
  canned_replies: CannedRepliesTable;
  held_replies: HeldRepliesTable;
  partners: PartnersTable;
  partner_tokens: PartnerTokensTable;
  partner_request_nonces: PartnerRequestNoncesTable;
  consents: ConsentsTable;
  referrals: ReferralsTable;
  referral_deliveries: ReferralDeliveriesTable;
  processing_log: ProcessingLogTable;
  evidence_items: EvidenceItemsTable;
}

/** A ticket row as read. */
export type Ticket = Selectable<TicketsTable>;
/** A ticket row to insert. */
export type NewTicket = Insertable<TicketsTable>;
/** Ticket columns to update. */
export type TicketUpdate = Updateable<TicketsTable>;
/** An outbox row as read. */
export type OutboxRow = Selectable<OutboxTable>;
/** A staff row as read. */
export type Staff = Selectable<StaffTable>;
/** An evidence item's row as read. */
export type EvidenceItemRow = Selectable<EvidenceItemsTable>;
