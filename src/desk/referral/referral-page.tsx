import type { StoredConsent } from '../../consent/consent-records.ts';
import {
  CONSENT_GROUPS,
  consentInForce,
  DATA_CLASSES,
  type DataClass,
  OVERRIDE_BASES,
} from '../../consent/consent-scope.ts';
import type { Ticket } from '../../db/schema.ts';
import type { Partner } from '../../partners/partner-store.ts';
import type { ReferralListItem } from '../../referral/referral-store.ts';
import {
  FINAL_STATUSES,
  REFERRAL_REASONS,
  type ReferralStatus,
  URGENCIES,
} from '../../referral/referrals.ts';
import type { StaffMember } from '../../staff/staff-roles.ts';
import { wordFor } from '../case-vocabulary.ts';
import type { DeskLanguage } from '../desk-texts.ts';
import { formatDateTime } from '../format-time.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { can } from '../permissions.ts';
import {
  BASIS_WORDS,
  DATA_WORDS,
  GIVER_WORDS,
  GROUP_WORDS,
  REASON_WORDS,
  REFERRAL_STATUS_WORDS,
  referralTexts,
  URGENCY_WORDS,
} from './referral-texts.ts';

/** Everything the referral page of a ticket shows. */
export interface ReferralPageData {
  ticket: Ticket;
  consents: StoredConsent[];
  referrals: ReferralListItem[];
  partners: Partner[];
  flash: string | null;
  error: string | null;
}

/** One consent record: who, how, when, what it covers, and whether it is in force. */
function ConsentCard({ consent, lang, now }: { consent: StoredConsent; lang: DeskLanguage; now: Date }) {
  const t = referralTexts[lang];
  const live = consentInForce(consent, now);
  return (
    <div class="card" data-consent={consent.id}>
      <p>
        <strong>
          {live && !consent.guardianRequired ? t.inForce : consent.withdrawnAt ? t.withdrawn : '—'}
        </strong>
        {consent.withdrawnAt
          ? ` · ${formatDateTime(consent.withdrawnAt, lang)} (${consent.withdrawnVia})`
          : ''}
      </p>
      {consent.guardianRequired ? <Flash kind="warn">{t.guardianNeeded}</Flash> : null}
      <dl class="facts">
        <dt>{t.givenBy}</dt>
        <dd>
          {wordFor(GIVER_WORDS, lang, consent.givenBy)}
          {consent.giverDescription ? ` — ${consent.giverDescription}` : ''}
        </dd>
        <dt>{t.method}</dt>
        <dd>
          {consent.method}
          {consent.channel ? ` (${consent.channel})` : ''}
          {consent.recordedByName ? ` · ${t.recordedBy}: ${consent.recordedByName}` : ''}
        </dd>
        <dt>{t.givenAt}</dt>
        <dd>{formatDateTime(consent.givenAt, lang)}</dd>
        <dt>{t.expires}</dt>
        <dd>{consent.expiresAt ? formatDateTime(consent.expiresAt, lang) : '—'}</dd>
        <dt>{t.wording}</dt>
        <dd>
          {consent.wordingVersion} · {consent.language}
        </dd>
        <dt>{t.notify}</dt>
        <dd>{consent.notifyPerson ? '✓' : '—'}</dd>
        <dt>{t.scope}</dt>
        <dd>
          {/* A consent with no scope is the person's no, kept as proof of what they were asked. */}
          {consent.scopes.length === 0 ? (
            t.nothing
          ) : (
            <ul>
              {consent.scopes.map((s) => (
                <li>
                  {wordFor(GROUP_WORDS, lang, s.group)}:{' '}
                  {s.data.length > 0 ? s.data.map((d) => wordFor(DATA_WORDS, lang, d)).join('; ') : t.nothing}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}

/** The referral page of a ticket: consent records, the referral form, and the referrals with their status. */
export function ReferralPage(props: {
  data: ReferralPageData;
  staff: StaffMember;
  csrfToken: string;
  lang: DeskLanguage;
  now: Date;
}) {
  const { data, staff, lang, now } = props;
  const { ticket } = data;
  const t = referralTexts[lang];
  const scope = { missionId: ticket.mission_id, status: ticket.status, mergedInto: ticket.merged_into };
  const allowed = (action: Parameters<typeof can>[1]) => can(staff, action, scope) === 'allowed';
  const base = `/desk/tickets/${ticket.ref}`;
  const csrf = <CsrfField token={props.csrfToken} />;
  const checkbox = (name: string, value: string, label: string, checked = false) => (
    <label class="check">
      <input type="checkbox" name={name} value={value} checked={checked} /> {label}
    </label>
  );
  const dataBoxes = (name: string, defaults: readonly DataClass[]) =>
    DATA_CLASSES.map((d) => checkbox(name, d, wordFor(DATA_WORDS, lang, d), defaults.includes(d)));

  return (
    <Page
      title={t.title(ticket.ref)}
      lang={lang}
      staff={staff}
      csrfToken={props.csrfToken}
      section="queue"
      path={`${base}/referral`}
    >
      <p>
        <a href={base}>← {t.back}</a>
      </p>
      {data.flash ? <Flash kind="ok">{data.flash}</Flash> : null}
      {data.error ? <Flash kind="error">{data.error}</Flash> : null}
      <div class="ticket-grid">
        <div>
          <section class="card" aria-labelledby="h-consent">
            <h2 id="h-consent">{t.consent}</h2>
            {data.consents.length === 0 ? <p class="muted">{t.noConsent}</p> : null}
            {data.consents.map((c) => (
              <ConsentCard consent={c} lang={lang} now={now} />
            ))}
            {allowed('ticket.consent') && data.consents.some((c) => c.withdrawnAt === null) ? (
              <form method="post" action={`${base}/consents/withdraw`} data-confirm={t.withdrawConfirm}>
                {csrf}
                <button type="submit" class="danger">
                  {t.withdraw}
                </button>
              </form>
            ) : null}
          </section>

          <section class="card" aria-labelledby="h-referrals">
            <h2 id="h-referrals">{t.referrals}</h2>
            {data.referrals.length === 0 ? <p class="muted">{t.noReferrals}</p> : null}
            {data.referrals.map((r) => (
              <div class="held" data-referral={r.id}>
                <p>
                  <strong>{r.partnerName}</strong> ·{' '}
                  {wordFor(REFERRAL_STATUS_WORDS, lang, r.status as ReferralStatus)}
                  {r.statusReason ? ` — ${r.statusReason}` : ''}
                </p>
                <p class="muted">
                  {formatDateTime(r.createdAt, lang)} · {r.createdByName ?? ''} ·{' '}
                  {wordFor(URGENCY_WORDS, lang, r.urgency as 'routine')} · {t.basis}:{' '}
                  {wordFor(BASIS_WORDS, lang, r.basis as 'consent')}
                  {r.basisReason ? ` (${r.basisReason})` : ''} · {t.shared}: {r.fields.join(', ')}
                </p>
                {r.delivery ? (
                  <p class={r.delivery.status === 'failed' ? 'overdue' : 'muted'}>
                    {t.delivery}: {r.delivery.status === 'failed' ? t.failedDelivery : r.delivery.status}
                    {r.delivery.lastError ? ` (${r.delivery.lastError}, ${r.delivery.attempts}×)` : ''}
                  </p>
                ) : null}
                {r.status !== 'revoked' ? (
                  <p>
                    {t.document}: <a href={`${base}/referrals/${r.id}/document.json`}>{t.json}</a> ·{' '}
                    <a href={`${base}/referrals/${r.id}/document.csv`}>{t.csv}</a> ·{' '}
                    <a href={`${base}/referrals/${r.id}/letter.pdf`}>{t.letter}</a>
                  </p>
                ) : null}
                {allowed('ticket.refer') &&
                (!FINAL_STATUSES.includes(r.status as ReferralStatus) || r.status === 'done') ? (
                  <form method="post" action={`${base}/referrals/${r.id}/revoke`} class="form-row">
                    {csrf}
                    <div>
                      <label for={`revoke-${r.id}`}>{t.revokeReason}</label>
                      <input id={`revoke-${r.id}`} name="reason" type="text" required maxlength={2000} />
                    </div>
                    <div>
                      <button type="submit" class="secondary">
                        {t.revoke}
                      </button>
                    </div>
                  </form>
                ) : null}
              </div>
            ))}
          </section>
        </div>

        <div>
          {allowed('ticket.refer') ? (
            <section class="card" aria-labelledby="h-refer">
              <h2 id="h-refer">{t.refer}</h2>
              <form method="post" action={`${base}/referrals`}>
                {csrf}
                <fieldset>
                  <legend>{t.partners}</legend>
                  {data.partners.map((p) =>
                    checkbox(
                      'partner',
                      p.id,
                      `${p.name} — ${wordFor(GROUP_WORDS, lang, p.consent_group as 'protection')}`,
                    ),
                  )}
                </fieldset>
                <label for="reason">{t.reason}</label>
                <select id="reason" name="reason">
                  {REFERRAL_REASONS.map((r) => (
                    <option value={r}>{wordFor(REASON_WORDS, lang, r)}</option>
                  ))}
                </select>
                <label for="urgency">{t.urgency}</label>
                <select id="urgency" name="urgency">
                  {URGENCIES.map((u) => (
                    <option value={u} selected={(ticket.priority === 'P1' ? 'emergency' : 'routine') === u}>
                      {wordFor(URGENCY_WORDS, lang, u)}
                    </option>
                  ))}
                </select>
                <fieldset>
                  <legend>{t.fields}</legend>
                  {dataBoxes('fields', ['report'])}
                </fieldset>
                <label for="note">{t.note}</label>
                <textarea id="note" name="note" maxlength={2000} />
                {allowed('ticket.refer_override') ? (
                  <>
                    <label for="basis">{t.override}</label>
                    <select id="basis" name="basis">
                      <option value="">{t.overrideNone}</option>
                      {(Object.keys(OVERRIDE_BASES) as (keyof typeof OVERRIDE_BASES)[]).map((b) => (
                        <option value={b}>{wordFor(BASIS_WORDS, lang, b)}</option>
                      ))}
                    </select>
                    <label for="basis-reason">{t.overrideReason}</label>
                    <input id="basis-reason" name="basis_reason" type="text" maxlength={2000} />
                  </>
                ) : null}
                <p>
                  <button type="submit">{t.send}</button>
                </p>
              </form>
            </section>
          ) : null}

          {allowed('ticket.consent') ? (
            <section class="card" aria-labelledby="h-phone">
              <h2 id="h-phone">{t.recordPhone}</h2>
              <p class="hint">{t.phoneScript}</p>
              <form method="post" action={`${base}/consents`}>
                {csrf}
                <label for="given-by">{t.givenBy}</label>
                <select id="given-by" name="given_by">
                  {(['subject', 'relative', 'guardian'] as const).map((g) => (
                    <option value={g}>{wordFor(GIVER_WORDS, lang, g)}</option>
                  ))}
                </select>
                <label for="giver">{t.giverDescription}</label>
                <input id="giver" name="giver" type="text" required maxlength={200} />
                <label for="given-at">{t.when}</label>
                <input id="given-at" name="given_at" type="datetime-local" required />
                <label for="months">{t.months}</label>
                <select id="months" name="months">
                  {[6, 12, 24].map((m) => (
                    <option value={String(m)} selected={m === 24}>
                      {String(m)}
                    </option>
                  ))}
                </select>
                <fieldset>
                  <legend>{t.groups}</legend>
                  {CONSENT_GROUPS.map((g) =>
                    checkbox('group', g, wordFor(GROUP_WORDS, lang, g), g === 'protection'),
                  )}
                </fieldset>
                <fieldset>
                  <legend>{t.data}</legend>
                  {dataBoxes('data', ['report'])}
                </fieldset>
                {checkbox('notify', 'yes', t.notify)}
                <p>
                  <button type="submit">{t.save}</button>
                </p>
              </form>
            </section>
          ) : null}
        </div>
      </div>
    </Page>
  );
}
