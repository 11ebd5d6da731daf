import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import { CONSENT_GROUPS } from '../../consent/consent-scope.ts';
import { isUniqueViolation } from '../../db/database-errors.ts';
import type { DB } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import {
  createPartnerUnit,
  findPartner,
  listPartners,
  PARTNER_SCOPES,
  rotatePartnerToken,
  rotateSigningSecret,
  updatePartnerDelivery,
} from '../../partners/partner-store.ts';
import { PARTNER_TYPES } from '../../partners/partner-types.ts';
import { generatePassword, hashPassword } from '../../staff/passwords.ts';
import { insertStaff } from '../../staff/staff-store.ts';
import { wordFor } from '../case-vocabulary.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { can } from '../permissions.ts';
import { GROUP_WORDS, referralTexts } from './referral-texts.ts';

const optional = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
    z.string().max(max).nullable(),
  );
const webhookUrl = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
  z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
);

const forms = {
  unit: z.object({
    parent: z.uuid(),
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and -'),
    name: z.string().trim().min(2).max(200),
    type: z.enum(PARTNER_TYPES),
    consent_group: z.enum(CONSENT_GROUPS),
    email: optional(200),
    phone: optional(50),
    delivery: z.enum(['webhook', 'pull']),
    webhook_url: webhookUrl,
  }),
  update: z.object({
    delivery: z.enum(['webhook', 'pull']),
    webhook_url: webhookUrl,
    email: optional(200),
    phone: optional(50),
    active: z.literal('yes').optional(),
  }),
  account: z.object({ name: z.string().trim().min(2).max(200), email: z.email().max(200) }),
};

/** Admins manage partner agencies: add units, set how each receives referrals, issue tokens, secrets and accounts. */
export function partnerAdminRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();

  const admin = (c: Context<DeskEnv>) => {
    if (can(c.get('staff'), 'admin.partners') !== 'allowed') throw new HttpProblem(403, 'admins only');
    return c.get('staff');
  };

  /** The page, with a secret shown once after it was made. */
  const page = async (c: Context<DeskEnv>, shown: { label: string; value: string } | null) => {
    const lang = c.get('lang');
    const t = referralTexts[lang];
    const partners = await listPartners(ctx.db);
    const csrf = <CsrfField token={c.get('session').csrfToken} />;
    const agencies = partners.filter((p) => p.parent_id === null);
    return c.html(
      <Page
        title={t.partnerAdmin}
        lang={lang}
        staff={c.get('staff')}
        csrfToken={c.get('session').csrfToken}
        section="admin"
        path="/desk/partners"
      >
        <h1>{t.partnerAdmin}</h1>
        {shown ? (
          <Flash kind="warn">
            {shown.label}: <code>{shown.value}</code> — {t.shownOnce}
          </Flash>
        ) : null}
        {partners.map((p) => (
          <section class="card" data-partner={p.id}>
            <h2>
              {p.name} <span class="muted">({p.code})</span>
            </h2>
            <p class="muted">
              {p.type} · {wordFor(GROUP_WORDS, lang, p.consent_group as 'protection')} · {p.delivery}
              {p.webhook_url ? ` → ${p.webhook_url}` : ''} · {p.active ? t.active : '—'}
            </p>
            <details class="action">
              <summary>{t.deliveryMode}</summary>
              <form method="post" action={`/desk/partners/${p.id}`}>
                {csrf}
                <label for={`d-${p.id}`}>{t.deliveryMode}</label>
                <select id={`d-${p.id}`} name="delivery">
                  <option value="pull" selected={p.delivery === 'pull'}>
                    pull
                  </option>
                  <option value="webhook" selected={p.delivery === 'webhook'}>
                    webhook
                  </option>
                </select>
                <label for={`u-${p.id}`}>{t.webhookUrl}</label>
                <input id={`u-${p.id}`} name="webhook_url" type="url" value={p.webhook_url ?? ''} />
                <label for={`e-${p.id}`}>{t.email}</label>
                <input id={`e-${p.id}`} name="email" type="email" value={p.contact_email ?? ''} />
                <label for={`p-${p.id}`}>{t.phone}</label>
                <input id={`p-${p.id}`} name="phone" type="text" value={p.contact_phone ?? ''} />
                <label class="check">
                  <input type="checkbox" name="active" value="yes" checked={p.active} /> {t.active}
                </label>
                <p>
                  <button type="submit">{t.save}</button>
                </p>
              </form>
            </details>
            <div class="form-row">
              <form method="post" action={`/desk/partners/${p.id}/token`}>
                {csrf}
                <button type="submit" class="secondary">
                  {t.rotateToken}
                </button>
              </form>
              <form method="post" action={`/desk/partners/${p.id}/secret`}>
                {csrf}
                <button type="submit" class="secondary">
                  {t.rotateSecret}
                </button>
              </form>
            </div>
            <details class="action">
              <summary>{t.newAccount}</summary>
              <form method="post" action={`/desk/partners/${p.id}/accounts`}>
                {csrf}
                <label for={`an-${p.id}`}>{t.name}</label>
                <input id={`an-${p.id}`} name="name" type="text" required />
                <label for={`ae-${p.id}`}>{t.email}</label>
                <input id={`ae-${p.id}`} name="email" type="email" required />
                <p>
                  <button type="submit">{t.save}</button>
                </p>
              </form>
            </details>
          </section>
        ))}
        <section class="card">
          <h2>{t.addUnit}</h2>
          <form method="post" action="/desk/partners">
            {csrf}
            <label for="parent">{t.parent}</label>
            <select id="parent" name="parent">
              {agencies.map((a) => (
                <option value={a.id}>{a.name}</option>
              ))}
            </select>
            <label for="code">{t.code}</label>
            <input id="code" name="code" type="text" required pattern="[a-z0-9][a-z0-9\-]{1,62}" />
            <label for="name">{t.name}</label>
            <input id="name" name="name" type="text" required />
            <label for="type">{t.type}</label>
            <select id="type" name="type">
              {PARTNER_TYPES.map((type) => (
                <option value={type}>{type}</option>
              ))}
            </select>
            <label for="group">{t.consentGroup}</label>
            <select id="group" name="consent_group">
              {CONSENT_GROUPS.map((g) => (
                <option value={g}>{wordFor(GROUP_WORDS, lang, g)}</option>
              ))}
            </select>
            <label for="email">{t.email}</label>
            <input id="email" name="email" type="email" />
            <label for="phone">{t.phone}</label>
            <input id="phone" name="phone" type="text" />
            <label for="delivery">{t.deliveryMode}</label>
            <select id="delivery" name="delivery">
              <option value="pull">pull</option>
              <option value="webhook">webhook</option>
            </select>
            <label for="webhook">{t.webhookUrl}</label>
            <input id="webhook" name="webhook_url" type="url" />
            <p>
              <button type="submit">{t.save}</button>
            </p>
          </form>
        </section>
      </Page>,
    );
  };

  app.get('/partners', async (c) => {
    admin(c);
    return page(c, null);
  });

  const partnerIn = async (c: Context<DeskEnv>) => {
    const partner = await findPartner(ctx.db, c.req.param('id') ?? '');
    if (!partner) throw new HttpProblem(404, 'no such partner');
    return partner;
  };

  /** The change's audit entry, written in the change's own transaction: both are committed, or neither. */
  const audit = (
    trx: Kysely<DB>,
    c: Context<DeskEnv>,
    action: string,
    subject: string,
    detail: Record<string, unknown> = {},
  ) => recordAudit(trx, { staffId: c.get('staff').id, action, subject, detail, origin: c.get('origin') });

  app.post('/partners', async (c) => {
    admin(c);
    const form = await readForm(c, forms.unit);
    if (form.delivery === 'webhook' && !form.webhook_url)
      throw new HttpProblem(400, 'webhook_url: a webhook partner needs its address');
    try {
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await findPartner(trx, form.parent))) throw new HttpProblem(400, 'parent: no such agency');
        const unit = await createPartnerUnit(trx, {
          parentId: form.parent,
          code: form.code,
          name: form.name,
          type: form.type,
          consentGroup: form.consent_group,
          contactEmail: form.email,
          contactPhone: form.phone,
          delivery: form.delivery,
          webhookUrl: form.webhook_url,
        });
        await audit(trx, c, 'admin.partner_add', unit.id, { code: unit.code });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new HttpProblem(409, 'code: that code is taken');
      throw error;
    }
    return c.redirect('/desk/partners', 303);
  });

  app.post('/partners/:id', async (c) => {
    admin(c);
    const form = await readForm(c, forms.update);
    const partner = await partnerIn(c);
    if (form.delivery === 'webhook' && !form.webhook_url)
      throw new HttpProblem(400, 'webhook_url: a webhook partner needs its address');
    await ctx.db.transaction().execute(async (trx) => {
      await updatePartnerDelivery(
        trx,
        partner.id,
        {
          delivery: form.delivery,
          webhookUrl: form.webhook_url,
          contactEmail: form.email,
          contactPhone: form.phone,
          active: form.active === 'yes',
        },
        ctx.clock(),
      );
      await audit(trx, c, 'admin.partner_update', partner.id, {
        delivery: form.delivery,
        active: form.active === 'yes',
      });
    });
    return c.redirect('/desk/partners', 303);
  });

  app.post('/partners/:id/token', async (c) => {
    const staff = admin(c);
    const partner = await partnerIn(c);
    const token = await ctx.db.transaction().execute(async (trx) => {
      const made = await rotatePartnerToken(trx, partner.id, PARTNER_SCOPES, staff.id, ctx.clock());
      await audit(trx, c, 'admin.partner_token', partner.id);
      return made;
    });
    return page(c, { label: 'API token', value: token });
  });

  app.post('/partners/:id/secret', async (c) => {
    admin(c);
    const partner = await partnerIn(c);
    const secret = await ctx.db.transaction().execute(async (trx) => {
      const made = await rotateSigningSecret(trx, partner.id, ctx.clock());
      await audit(trx, c, 'admin.partner_secret', partner.id);
      return made;
    });
    return page(c, { label: 'Signing secret', value: secret });
  });

  app.post('/partners/:id/accounts', async (c) => {
    admin(c);
    const form = await readForm(c, forms.account);
    const partner = await partnerIn(c);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const row = await insertStaff(trx, {
          email: form.email,
          name: form.name,
          role: 'partner',
          missionId: null,
          partnerId: partner.id,
          passwordHash,
          mustChangePassword: true,
        });
        await audit(trx, c, 'admin.partner_account', row.id, { partner: partner.id });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new HttpProblem(409, 'email: that email already has an account');
      throw error;
    }
    return page(c, {
      label: `${referralTexts[c.get('lang')].oneTimePassword} (${form.email})`,
      value: password,
    });
  });

  return app;
}
