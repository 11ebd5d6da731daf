import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Staff } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import {
  createStaff,
  disableStaff,
  enableStaff,
  removeTotp,
  resetPassword,
  type StaffChangeActor,
  StaffChangeError,
  setTotpRequired,
  unlockStaff,
  updateStaff,
} from '../../staff/manage-staff.ts';
import { STAFF_ROLES, type StaffRole } from '../../staff/staff-roles.ts';
import { findStaffById, listStaff } from '../../staff/staff-store.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { formatDateTime } from '../format-time.ts';
import { CsrfField, Flash } from '../layout.tsx';
import { AdminPage, FormCard, guardSection, PlainTable } from './admin-page.tsx';

/** Texts of the staff account pages. */
export const staffAdminTexts = defineTexts({
  id: {
    title: 'Akun petugas',
    name: 'Nama',
    email: 'Email',
    role: 'Peran',
    mission: 'Perwakilan',
    central: 'Pusat (semua perwakilan)',
    state: 'Keadaan',
    secondFactor: 'Kode 2 langkah',
    lastSignIn: 'Terakhir masuk',
    never: 'belum pernah',
    agent: 'Petugas',
    supervisor: 'Supervisor',
    admin: 'Admin',
    partner: 'Lembaga mitra',
    active: 'Aktif',
    disabled: 'Nonaktif',
    locked: (until: string) => `Terkunci sampai ${until}`,
    mustChange: 'Aktif, harus ganti kata sandi',
    totpOn: 'Aktif',
    totpRequired: 'Diwajibkan, belum dipasang',
    totpOff: 'Tidak',
    add: 'Tambah petugas',
    addHint:
      'Kata sandi sekali pakai dibuat otomatis dan ditampilkan satu kali. Petugas harus menggantinya saat pertama masuk.',
    edit: 'Ubah',
    save: 'Simpan',
    roleTitle: 'Peran dan perwakilan',
    disable: 'Nonaktifkan akun',
    disableHint: 'Akun tidak bisa masuk lagi dan semua sesinya langsung berakhir.',
    enable: 'Aktifkan lagi',
    reset: 'Atur ulang kata sandi',
    resetHint: 'Membuat kata sandi sekali pakai baru, mengakhiri semua sesi, dan membuka kunci.',
    unlock: 'Buka kunci',
    requireTotp: 'Wajibkan kode 2 langkah',
    requireTotpHint:
      'Petugas harus memasang aplikasi kode (authenticator) setelah memasukkan kata sandi berikutnya.',
    stopRequiringTotp: 'Tidak wajib lagi',
    removeTotp: 'Hapus kode 2 langkah (HP hilang)',
    created: 'Akun dibuat.',
    passwordTitle: 'Kata sandi sekali pakai',
    passwordOnce:
      'Berikan kata sandi ini langsung kepada petugas (jangan lewat email atau chat). Kata sandi ini hanya tampil sekarang dan harus diganti saat pertama masuk.',
    back: 'Kembali ke daftar',
    done: (what: string) =>
      ({
        role: 'Peran dan perwakilan disimpan.',
        disabled: 'Akun dinonaktifkan; sesinya sudah berakhir.',
        enabled: 'Akun aktif lagi.',
        unlocked: 'Kunci dibuka.',
        totp_required: 'Kode 2 langkah sekarang wajib.',
        totp_optional: 'Kode 2 langkah tidak wajib lagi.',
        totp_removed: 'Kode 2 langkah dihapus.',
        unchanged: 'Tidak ada yang berubah.',
      })[what] ?? '',
    problem: (code: string) =>
      ({
        bad_email: 'Email tidak sah.',
        bad_name: 'Nama harus diisi (paling banyak 200 huruf).',
        bad_role: 'Peran tidak dikenal.',
        unknown_mission: 'Perwakilan tidak dikenal.',
        duplicate_email: 'Sudah ada akun dengan email ini.',
        last_admin: 'Ini admin aktif terakhir. Tambah atau aktifkan admin lain dulu.',
      })[code] ?? 'Tidak bisa.',
  },
  en: {
    title: 'Staff accounts',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    mission: 'Mission',
    central: 'Central desk (every mission)',
    state: 'State',
    secondFactor: 'Second factor',
    lastSignIn: 'Last sign-in',
    never: 'never',
    agent: 'Agent',
    supervisor: 'Supervisor',
    admin: 'Admin',
    partner: 'Partner agency',
    active: 'Active',
    disabled: 'Disabled',
    locked: (until: string) => `Locked until ${until}`,
    mustChange: 'Active, must change password',
    totpOn: 'On',
    totpRequired: 'Required, not set up',
    totpOff: 'Off',
    add: 'Add staff member',
    addHint: 'A one-time password is generated and shown once. It must be changed at the first sign-in.',
    edit: 'Edit',
    save: 'Save',
    roleTitle: 'Role and mission',
    disable: 'Disable account',
    disableHint: 'The account can no longer sign in, and its sessions end at once.',
    enable: 'Enable again',
    reset: 'Reset password',
    resetHint: 'Makes a new one-time password, ends every session, and lifts a lockout.',
    unlock: 'Unlock',
    requireTotp: 'Require a second factor',
    requireTotpHint: 'The staff member must set up an authenticator app right after their next password.',
    stopRequiringTotp: 'Stop requiring it',
    removeTotp: 'Remove the second factor (lost phone)',
    created: 'Account created.',
    passwordTitle: 'One-time password',
    passwordOnce:
      'Hand this password to the staff member in person (not by email or chat). It is shown only now and must be changed at the first sign-in.',
    back: 'Back to the list',
    done: (what: string) =>
      ({
        role: 'Role and mission saved.',
        disabled: 'Account disabled; its sessions have ended.',
        enabled: 'Account enabled again.',
        unlocked: 'Unlocked.',
        totp_required: 'A second factor is now required.',
        totp_optional: 'A second factor is no longer required.',
        totp_removed: 'Second factor removed.',
        unchanged: 'Nothing changed.',
      })[what] ?? '',
    problem: (code: string) =>
      ({
        bad_email: 'Not a valid email address.',
        bad_name: 'A name is needed (at most 200 characters).',
        bad_role: 'Unknown role.',
        unknown_mission: 'Unknown mission.',
        duplicate_email: 'An account with this email exists already.',
        last_admin: 'This is the last active admin. Add or enable another admin first.',
      })[code] ?? 'Not possible.',
  },
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const roleField = z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]], 'agent, supervisor or admin');
const missionField = z
  .string()
  .trim()
  .max(100)
  .transform((v) => (v === '' ? null : v));
const newStaffForm = z.object({
  email: z.string().trim().min(3, 'required').max(320, 'too long'),
  name: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
  role: roleField,
  mission: missionField,
});
const roleForm = z.object({ role: roleField, mission: missionField });
const totpForm = z.object({ required: z.enum(['on', 'off'], 'on or off') });

function stateText(t: (typeof staffAdminTexts)['id'], staff: Staff, now: Date, lang: DeskLanguage): string {
  if (staff.disabled_at) return t.disabled;
  if (staff.locked_until && staff.locked_until > now)
    return t.locked(formatDateTime(staff.locked_until, lang));
  if (staff.must_change_password) return t.mustChange;
  return t.active;
}

function secondFactorText(t: (typeof staffAdminTexts)['id'], staff: Staff): string {
  if (staff.totp_secret)
    return staff.totp_required ? `${t.totpOn} (${t.requireTotp.toLowerCase()})` : t.totpOn;
  return staff.totp_required ? t.totpRequired : t.totpOff;
}

function MissionSelect(props: {
  lang: DeskLanguage;
  missions: readonly { id: string; name: string }[];
  selected: string | null;
  id: string;
}) {
  const t = staffAdminTexts[props.lang];
  return (
    <select id={props.id} name="mission">
      <option value="" selected={props.selected === null}>
        {t.central}
      </option>
      {props.missions.map((m) => (
        <option value={m.id} selected={m.id === props.selected}>
          {m.name}
        </option>
      ))}
    </select>
  );
}

function RoleSelect(props: { lang: DeskLanguage; selected: StaffRole; id: string }) {
  const t = staffAdminTexts[props.lang];
  return (
    <select id={props.id} name="role">
      {STAFF_ROLES.map((role) => (
        <option value={role} selected={role === props.selected}>
          {t[role]}
        </option>
      ))}
    </select>
  );
}

/**
 * `/desk/admin/staff`: staff accounts (admins only). Every change goes through src/staff/manage-staff.ts,
 * the same functions as `npm run staff`, each in one transaction with one audit entry.
 */
export function staffAdminRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  guardSection(app, '/admin/staff', 'admin.staff');

  const actorOf = (c: Context<DeskEnv>): StaffChangeActor => ({
    staffId: c.get('staff').id,
    via: 'desk',
    origin: c.get('origin'),
  });
  const findStaff = async (id: string) => {
    const staff = UUID.test(id) ? await findStaffById(ctx.db, id) : undefined;
    if (!staff) throw new HttpProblem(404, 'no such staff account');
    return staff;
  };
  /** A refused change as the desk answers it: 404 for a vanished account, 400 naming the problem otherwise. */
  const refusal = (c: Context<DeskEnv>, error: unknown): never => {
    if (!(error instanceof StaffChangeError)) throw error;
    if (error.code === 'not_found') throw new HttpProblem(404, error.message);
    throw new HttpProblem(400, `${staffAdminTexts[c.get('lang')].problem(error.code)} (${error.message})`);
  };
  const done = (id: string, what: string) => `/desk/admin/staff/${id}?done=${what}`;

  /** The page that hands over a one-time password: shown once, never stored, never cached (no-store). */
  const passwordPage = (
    c: Context<DeskEnv>,
    staff: Pick<Staff, 'id' | 'email' | 'name'>,
    password: string,
  ) => {
    const lang = c.get('lang');
    const t = staffAdminTexts[lang];
    return c.html(
      <AdminPage context={c} title={t.passwordTitle} section="staff" path="/desk/admin/staff">
        <div class="card">
          <p>
            <strong>{staff.name}</strong> · {staff.email}
          </p>
          <p class="one-time-password">{password}</p>
          <Flash kind="warn">{t.passwordOnce}</Flash>
          <p>
            <a href={`/desk/admin/staff/${staff.id}`}>{t.edit}</a> · <a href="/desk/admin/staff">{t.back}</a>
          </p>
        </div>
      </AdminPage>,
    );
  };

  app.get('/admin/staff', async (c) => {
    const lang = c.get('lang');
    const t = staffAdminTexts[lang];
    const all = await listStaff(ctx.db);
    const now = ctx.clock();
    const missionName = (id: string | null) =>
      id === null ? t.central : (ctx.missions.missions.find((m) => m.id === id)?.name ?? id);
    const csrfToken = c.get('session').csrfToken;
    return c.html(
      <AdminPage context={c} title={t.title} section="staff" path="/desk/admin/staff">
        <PlainTable
          columns={[
            t.name,
            t.email,
            t.role,
            t.mission,
            t.state,
            t.secondFactor,
            t.lastSignIn,
            <span class="visually-hidden">{t.edit}</span>,
          ]}
        >
          {all.map((s) => (
            <tr>
              <td>{s.name}</td>
              <td>{s.email}</td>
              <td>{t[s.role]}</td>
              <td>{missionName(s.mission_id)}</td>
              <td>{stateText(t, s, now, lang)}</td>
              <td>{secondFactorText(t, s)}</td>
              <td>{s.last_sign_in_at ? formatDateTime(s.last_sign_in_at, lang) : t.never}</td>
              <td>
                <a href={`/desk/admin/staff/${s.id}`} aria-label={`${t.edit}: ${s.name}`}>
                  {t.edit}
                </a>
              </td>
            </tr>
          ))}
        </PlainTable>
        <FormCard
          id="staff-add"
          title={t.add}
          hint={t.addHint}
          action="/desk/admin/staff"
          csrfToken={csrfToken}
          submit={t.add}
        >
          <label for="new-email">{t.email}</label>
          <input id="new-email" name="email" type="email" maxlength={320} required autocomplete="off" />
          <label for="new-name">{t.name}</label>
          <input id="new-name" name="name" type="text" maxlength={200} required autocomplete="off" />
          <label for="new-role">{t.role}</label>
          <RoleSelect lang={lang} selected="agent" id="new-role" />
          <label for="new-mission">{t.mission}</label>
          <MissionSelect lang={lang} missions={ctx.missions.missions} selected={null} id="new-mission" />
        </FormCard>
      </AdminPage>,
    );
  });

  app.post('/admin/staff', async (c) => {
    const form = await readForm(c, newStaffForm);
    try {
      const { staff, password } = await createStaff(
        ctx.db,
        { email: form.email, name: form.name, role: form.role, missionId: form.mission },
        actorOf(c),
        ctx.clock(),
      );
      // A desk admin never chooses the password: createStaff generated one.
      return passwordPage(c, staff, password ?? '');
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.get('/admin/staff/:id', async (c) => {
    const staff = await findStaff(c.req.param('id'));
    const lang = c.get('lang');
    const t = staffAdminTexts[lang];
    const now = ctx.clock();
    const csrfToken = c.get('session').csrfToken;
    const base = `/desk/admin/staff/${staff.id}`;
    const message = t.done(c.req.query('done') ?? '');
    const action = (
      path: string,
      label: string,
      options: { danger?: boolean; hint?: string; field?: [string, string] } = {},
    ) => (
      <form method="post" action={`${base}/${path}`}>
        <CsrfField token={csrfToken} />
        {options.field ? <input type="hidden" name={options.field[0]} value={options.field[1]} /> : null}
        <button type="submit" class={options.danger ? 'danger' : 'secondary'}>
          {label}
        </button>
        {options.hint ? <p class="hint">{options.hint}</p> : null}
      </form>
    );
    return c.html(
      <AdminPage context={c} title={staff.name} section="staff" path={base}>
        {message ? <Flash kind="ok">{message}</Flash> : null}
        <div class="card">
          <dl class="facts">
            <dt>{t.email}</dt>
            <dd>{staff.email}</dd>
            <dt>{t.state}</dt>
            <dd>{stateText(t, staff, now, lang)}</dd>
            <dt>{t.secondFactor}</dt>
            <dd>{secondFactorText(t, staff)}</dd>
            <dt>{t.lastSignIn}</dt>
            <dd>{staff.last_sign_in_at ? formatDateTime(staff.last_sign_in_at, lang) : t.never}</dd>
          </dl>
        </div>
        <section class="card" aria-labelledby="staff-role">
          <h2 id="staff-role">{t.roleTitle}</h2>
          <form method="post" action={`${base}/role`} class="form-row">
            <CsrfField token={csrfToken} />
            <div>
              <label for="role">{t.role}</label>
              <RoleSelect lang={lang} selected={staff.role} id="role" />
            </div>
            <div>
              <label for="mission">{t.mission}</label>
              <MissionSelect
                lang={lang}
                missions={ctx.missions.missions}
                selected={staff.mission_id}
                id="mission"
              />
            </div>
            <div>
              <button type="submit">{t.save}</button>
            </div>
          </form>
        </section>
        <section class="card staff-actions">
          {action('reset-password', t.reset, { hint: t.resetHint })}
          {staff.locked_until && staff.locked_until > now ? action('unlock', t.unlock) : null}
          {staff.totp_required
            ? action('totp-required', t.stopRequiringTotp, { field: ['required', 'off'] })
            : action('totp-required', t.requireTotp, { field: ['required', 'on'], hint: t.requireTotpHint })}
          {staff.totp_secret ? action('remove-totp', t.removeTotp) : null}
          {staff.disabled_at
            ? action('enable', t.enable)
            : action('disable', t.disable, { danger: true, hint: t.disableHint })}
        </section>
        <p>
          <a href="/desk/admin/staff">{t.back}</a>
        </p>
      </AdminPage>,
    );
  });

  app.post('/admin/staff/:id/role', async (c) => {
    const staff = await findStaff(c.req.param('id'));
    const form = await readForm(c, roleForm);
    try {
      const changed = await updateStaff(
        ctx.db,
        staff.id,
        { role: form.role, missionId: form.mission },
        actorOf(c),
        ctx.clock(),
      );
      return c.redirect(done(staff.id, changed ? 'role' : 'unchanged'), 303);
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.post('/admin/staff/:id/reset-password', async (c) => {
    const staff = await findStaff(c.req.param('id'));
    try {
      const password = await resetPassword(ctx.db, staff.id, actorOf(c), ctx.clock());
      return passwordPage(c, staff, password);
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.post('/admin/staff/:id/totp-required', async (c) => {
    const staff = await findStaff(c.req.param('id'));
    const form = await readForm(c, totpForm);
    try {
      const changed = await setTotpRequired(
        ctx.db,
        staff.id,
        form.required === 'on',
        actorOf(c),
        ctx.clock(),
      );
      const what = form.required === 'on' ? 'totp_required' : 'totp_optional';
      return c.redirect(done(staff.id, changed ? what : 'unchanged'), 303);
    } catch (error) {
      return refusal(c, error);
    }
  });

  // The account changes with no form beyond the CSRF token: each a function of manage-staff.ts.
  const simple = [
    ['disable', disableStaff, 'disabled'],
    ['enable', enableStaff, 'enabled'],
    ['unlock', unlockStaff, 'unlocked'],
    ['remove-totp', removeTotp, 'totp_removed'],
  ] as const;
  for (const [path, change, what] of simple) {
    app.post(`/admin/staff/:id/${path}`, async (c) => {
      const staff = await findStaff(c.req.param('id'));
      try {
        const changed = await change(ctx.db, staff.id, actorOf(c), ctx.clock());
        return c.redirect(done(staff.id, changed ? what : 'unchanged'), 303);
      } catch (error) {
        return refusal(c, error);
      }
    });
  }

  return app;
}
