import { type Context, Hono } from 'hono';
import countries from 'i18n-iso-countries';
import type { Kysely } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { notifyMissionsChanged } from '../../missions/live-mission-directory.ts';
import { countryName } from '../../places/index.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { CsrfField, DoneFlash, Flash } from '../layout.tsx';
import { AdminPage, auditedChange, FormCard, guardSection, PlainTable } from './admin-page.tsx';

/** Texts of the missions pages. */
export const missionTexts = defineTexts({
  id: {
    title: 'Perwakilan',
    intro:
      'Perubahan di sini langsung dipakai untuk mengarahkan laporan baru dan untuk nomor darurat yang dikirim ke orang yang melapor.',
    id: 'Kode',
    idHint: 'Huruf kecil, angka dan tanda minus, misalnya kjri-johor-bahru. Tidak bisa diubah nanti.',
    name: 'Nama',
    city: 'Kota',
    country: 'Negara (kode 2 huruf, misalnya MY)',
    countryShort: 'Negara',
    hotline: 'Hotline pelindungan 24 jam',
    hotlineHint:
      'Format internasional, misalnya +60 12 345 6789. Kosongkan bila belum diperiksa: orang akan diberi hotline pusat.',
    noHotline: 'belum ada (hotline pusat dipakai)',
    coverage: 'Wilayah yang dicakup',
    coverageHint:
      'Negara saja berarti seluruh negara itu. Dengan nama negara bagian atau kota (seperti di daftar tempat), hanya wilayah itu.',
    area: 'Negara bagian / kota (boleh kosong)',
    wholeCountry: 'seluruh negara',
    addCoverage: 'Tambah wilayah',
    remove: 'Hapus',
    save: 'Simpan',
    add: 'Tambah perwakilan',
    edit: 'Ubah',
    back: 'Kembali ke daftar',
    saved: 'Perubahan disimpan dan sudah dipakai.',
    created: 'Perwakilan ditambahkan.',
    coverageAdded: 'Wilayah ditambahkan.',
    coverageRemoved: 'Wilayah dihapus.',
    noCoverage: 'Belum mencakup wilayah mana pun: laporan tidak akan diarahkan ke sini.',
  },
  en: {
    title: 'Missions',
    intro:
      'Changes here are used at once to route new reports and for the emergency numbers sent to the person reporting.',
    id: 'Code',
    idHint: 'Lower-case letters, digits and hyphens, e.g. kjri-johor-bahru. Cannot be changed later.',
    name: 'Name',
    city: 'City',
    country: 'Country (two-letter code, e.g. MY)',
    countryShort: 'Country',
    hotline: '24-hour protection hotline',
    hotlineHint:
      'International format, e.g. +60 12 345 6789. Leave empty until verified: people are given the central hotline.',
    noHotline: 'none yet (the central hotline is used)',
    coverage: 'Areas covered',
    coverageHint:
      'A country alone means the whole country. With a state or city name (as in the place list), only that area.',
    area: 'State / city (may be empty)',
    wholeCountry: 'whole country',
    addCoverage: 'Add area',
    remove: 'Remove',
    save: 'Save',
    add: 'Add mission',
    edit: 'Edit',
    back: 'Back to the list',
    saved: 'Saved, and in use already.',
    created: 'Mission added.',
    coverageAdded: 'Area added.',
    coverageRemoved: 'Area removed.',
    noCoverage: 'Covers no area yet: no report will be routed here.',
  },
});

// Control characters would garble pages and the messages that quote a mission's name.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, `at most ${max} characters`)
    .refine((v) => !/\p{Cc}/u.test(v), 'control characters');

const countryField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), 'not an ISO country code (two letters)');

/** A hotline as typed, to E.164 ('' stays empty: no verified hotline). */
const hotlineField = z
  .string()
  .trim()
  .max(40, 'too long')
  .transform((value, zctx) => {
    if (value === '') return null;
    const number = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
    if (!number?.isValid()) {
      zctx.addIssue({ code: 'custom', message: 'not a valid international number (E.164, starting with +)' });
      return z.NEVER;
    }
    return number.number;
  });

const missionFields = {
  name: text(120),
  city: text(120),
  country: countryField,
  hotline: hotlineField,
};
const newMissionForm = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens')
    .max(60, 'at most 60 characters'),
  ...missionFields,
});
const missionForm = z.object(missionFields);
const coverageForm = z.object({
  country: countryField,
  area: z
    .string()
    .trim()
    .max(100, 'at most 100 characters')
    .refine((v) => !/\p{Cc}/u.test(v), 'control characters')
    .transform((v) => (v === '' ? null : v)),
});

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

async function coverageOwner(db: Kysely<DB>, country: string, area: string | null): Promise<string> {
  const row = await db
    .selectFrom('mission_coverage')
    .innerJoin('missions', 'missions.id', 'mission_coverage.mission_id')
    .select('missions.name')
    .where('mission_coverage.country', '=', country)
    .where((eb) =>
      area === null ? eb('mission_coverage.area', 'is', null) : eb('mission_coverage.area', '=', area),
    )
    .executeTakeFirst();
  return row?.name ?? 'another mission';
}

function MissionFields(props: {
  lang: DeskLanguage;
  mission?: { name: string; city: string; country: string; hotline: string | null };
}) {
  const t = missionTexts[props.lang];
  return (
    <>
      <label for="name">{t.name}</label>
      <input id="name" name="name" type="text" maxlength={120} required value={props.mission?.name ?? ''} />
      <label for="city">{t.city}</label>
      <input id="city" name="city" type="text" maxlength={120} required value={props.mission?.city ?? ''} />
      <label for="country">{t.country}</label>
      <input
        id="country"
        name="country"
        type="text"
        maxlength={2}
        required
        autocomplete="off"
        value={props.mission?.country ?? ''}
      />
      <label for="hotline">{t.hotline}</label>
      <input
        id="hotline"
        name="hotline"
        type="tel"
        maxlength={40}
        aria-describedby="hotline-hint"
        value={props.mission?.hotline ?? ''}
      />
      <p class="hint" id="hotline-hint">
        {t.hotlineHint}
      </p>
    </>
  );
}

/**
 * `/desk/admin/missions`: missions, their hotlines and what they cover (admins only). Every change commits
 * with its audit entry and a MISSIONS_CHANGED notification, then this process reloads its directory at once
 * (others reload on the notification), so routing and emergency help use it from the next message on.
 */
export function missionAdminRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  guardSection(app, '/admin/missions', 'admin.missions');

  /** A change to the missions tables: audited, announced to every process, and reloaded here at once. */
  const changeMissions = async (
    c: Context<DeskEnv>,
    entry: Parameters<typeof auditedChange>[2],
    work: (trx: Kysely<DB>) => Promise<unknown>,
  ) => {
    await auditedChange(ctx.db, c, entry, async (trx) => {
      await work(trx);
      await notifyMissionsChanged(trx);
    });
    await ctx.reloadMissions();
  };

  const findMission = async (id: string) => {
    const mission = await ctx.db.selectFrom('missions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!mission) throw new HttpProblem(404, 'no such mission');
    return mission;
  };

  app.get('/admin/missions', async (c) => {
    const lang = c.get('lang');
    const t = missionTexts[lang];
    const [missions, coverage] = await Promise.all([
      ctx.db.selectFrom('missions').selectAll().orderBy('country').orderBy('name').execute(),
      ctx.db.selectFrom('mission_coverage').selectAll().orderBy('country').orderBy('area').execute(),
    ]);
    const csrfToken = c.get('session').csrfToken;
    const coverageText = (missionId: string) =>
      coverage
        .filter((row) => row.mission_id === missionId)
        .map((row) => (row.area ? `${row.area} (${row.country})` : countryName(row.country, lang)))
        .join(', ');
    return c.html(
      <AdminPage context={c} title={t.title} section="missions" path="/desk/admin/missions">
        {c.req.query('done') === 'created' ? <Flash kind="ok">{t.created}</Flash> : null}
        <p>{t.intro}</p>
        <PlainTable
          columns={[t.name, t.city, t.hotline, t.coverage, <span class="visually-hidden">{t.edit}</span>]}
        >
          {missions.map((m) => (
            <tr>
              <td>{m.name}</td>
              <td>{`${m.city}, ${countryName(m.country, lang)}`}</td>
              <td>{m.hotline ?? <span class="missing">{t.noHotline}</span>}</td>
              <td>{coverageText(m.id) || <span class="missing">{t.noCoverage}</span>}</td>
              <td>
                <a href={`/desk/admin/missions/${m.id}`} aria-label={`${t.edit}: ${m.name}`}>
                  {t.edit}
                </a>
              </td>
            </tr>
          ))}
        </PlainTable>
        <FormCard
          id="mission-add"
          title={t.add}
          action="/desk/admin/missions"
          csrfToken={csrfToken}
          submit={t.add}
        >
          <label for="id">{t.id}</label>
          <input id="id" name="id" type="text" maxlength={60} required aria-describedby="id-hint" />
          <p class="hint" id="id-hint">
            {t.idHint}
          </p>
          <MissionFields lang={lang} />
        </FormCard>
      </AdminPage>,
    );
  });

  app.post('/admin/missions', async (c) => {
    const form = await readForm(c, newMissionForm);
    const { id, ...detail } = form;
    try {
      await changeMissions(c, { action: 'mission.created', subject: id, detail }, (trx) =>
        trx
          .insertInto('missions')
          .values({ ...form, updated_at: ctx.clock() })
          .execute(),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new HttpProblem(400, `id: a mission "${form.id}" exists already`);
      throw error;
    }
    return c.redirect(`/desk/admin/missions/${form.id}?done=created`, 303);
  });

  app.get('/admin/missions/:id', async (c) => {
    const mission = await findMission(c.req.param('id'));
    const coverage = await ctx.db
      .selectFrom('mission_coverage')
      .selectAll()
      .where('mission_id', '=', mission.id)
      .orderBy('country')
      .orderBy('area')
      .execute();
    const lang = c.get('lang');
    const t = missionTexts[lang];
    const csrfToken = c.get('session').csrfToken;
    const base = `/desk/admin/missions/${mission.id}`;
    return c.html(
      <AdminPage context={c} title={mission.name} section="missions" path={base}>
        <DoneFlash
          done={c.req.query('done')}
          messages={{
            saved: t.saved,
            created: t.created,
            covered: t.coverageAdded,
            uncovered: t.coverageRemoved,
          }}
        />
        <div class="card">
          <p class="muted">
            {t.id}: <code>{mission.id}</code>
          </p>
          <form method="post" action={base}>
            <CsrfField token={csrfToken} />
            <MissionFields lang={lang} mission={mission} />
            <p>
              <button type="submit">{t.save}</button>
            </p>
          </form>
        </div>
        <section class="card" aria-labelledby="coverage">
          <h2 id="coverage">{t.coverage}</h2>
          <p class="hint">{t.coverageHint}</p>
          {coverage.length === 0 ? <p class="missing">{t.noCoverage}</p> : null}
          <ul class="coverage-list">
            {coverage.map((row) => (
              <li>
                <form method="post" action={`${base}/coverage/remove`} class="inline">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="country" value={row.country} />
                  <input type="hidden" name="area" value={row.area ?? ''} />
                  {`${countryName(row.country, lang)} (${row.country}) · ${row.area ?? t.wholeCountry}`}{' '}
                  <button type="submit" class="link">
                    {t.remove}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <form method="post" action={`${base}/coverage`} class="form-row">
            <CsrfField token={csrfToken} />
            <div>
              <label for="coverage-country">{t.countryShort}</label>
              <input
                id="coverage-country"
                name="country"
                type="text"
                maxlength={2}
                required
                autocomplete="off"
              />
            </div>
            <div>
              <label for="coverage-area">{t.area}</label>
              <input id="coverage-area" name="area" type="text" maxlength={100} autocomplete="off" />
            </div>
            <div>
              <button type="submit">{t.addCoverage}</button>
            </div>
          </form>
        </section>
        <p>
          <a href="/desk/admin/missions">{t.back}</a>
        </p>
      </AdminPage>,
    );
  });

  app.post('/admin/missions/:id', async (c) => {
    const mission = await findMission(c.req.param('id'));
    const form = await readForm(c, missionForm);
    const changes = (['name', 'city', 'country', 'hotline'] as const).filter((k) => mission[k] !== form[k]);
    if (changes.length > 0) {
      const detail = Object.fromEntries(changes.map((k) => [k, { from: mission[k], to: form[k] }]));
      await changeMissions(c, { action: 'mission.updated', subject: mission.id, detail }, (trx) =>
        trx
          .updateTable('missions')
          .set({ ...form, updated_at: ctx.clock() })
          .where('id', '=', mission.id)
          .execute(),
      );
    }
    return c.redirect(`/desk/admin/missions/${mission.id}?done=saved`, 303);
  });

  app.post('/admin/missions/:id/coverage', async (c) => {
    const mission = await findMission(c.req.param('id'));
    const form = await readForm(c, coverageForm);
    try {
      await changeMissions(
        c,
        { action: 'mission.coverage_added', subject: mission.id, detail: form },
        (trx) =>
          trx
            .insertInto('mission_coverage')
            .values({ mission_id: mission.id, ...form })
            .execute(),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const owner = await coverageOwner(ctx.db, form.country, form.area);
      throw new HttpProblem(400, `coverage: ${form.area ?? form.country} is covered by ${owner} already`);
    }
    return c.redirect(`/desk/admin/missions/${mission.id}?done=covered`, 303);
  });

  app.post('/admin/missions/:id/coverage/remove', async (c) => {
    const mission = await findMission(c.req.param('id'));
    const form = await readForm(c, coverageForm);
    await changeMissions(
      c,
      { action: 'mission.coverage_removed', subject: mission.id, detail: form },
      async (trx) => {
        const removed = await trx
          .deleteFrom('mission_coverage')
          .where('mission_id', '=', mission.id)
          .where('country', '=', form.country)
          .where((eb) => (form.area === null ? eb('area', 'is', null) : eb('area', '=', form.area)))
          .returning('country')
          .executeTakeFirst();
        if (!removed) throw new HttpProblem(404, 'this mission does not cover that area');
      },
    );
    return c.redirect(`/desk/admin/missions/${mission.id}?done=uncovered`, 303);
  });

  return app;
}
