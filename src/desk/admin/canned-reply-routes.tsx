import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { CsrfField, DoneFlash } from '../layout.tsx';
import { AdminPage, auditedChange, FormCard, guardSection } from './admin-page.tsx';

/** Texts of the canned replies pages. */
export const cannedTexts = defineTexts({
  id: {
    title: 'Balasan siap pakai',
    intro:
      'Petugas memilih balasan ini di halaman laporan lalu boleh mengubahnya sebelum dikirim. Tulis pendek, hangat, dan mudah dimengerti.',
    indonesian: 'Bahasa Indonesia',
    english: 'Bahasa Inggris',
    language: 'Bahasa',
    replyTitle: 'Judul (hanya dilihat petugas)',
    body: 'Isi balasan',
    add: 'Tambah balasan',
    save: 'Simpan',
    edit: 'Ubah',
    remove: 'Hapus',
    editTitle: 'Ubah balasan siap pakai',
    none: 'Belum ada balasan.',
    created: 'Balasan ditambahkan.',
    updated: 'Balasan disimpan.',
    deleted: 'Balasan dihapus.',
    back: 'Kembali ke daftar',
  },
  en: {
    title: 'Canned replies',
    intro:
      'Staff pick these replies on a report and may change them before sending. Keep them short, warm and plain.',
    indonesian: 'Indonesian',
    english: 'English',
    language: 'Language',
    replyTitle: 'Title (seen by staff only)',
    body: 'Reply text',
    add: 'Add reply',
    save: 'Save',
    edit: 'Edit',
    remove: 'Delete',
    editTitle: 'Edit canned reply',
    none: 'No replies yet.',
    created: 'Reply added.',
    updated: 'Reply saved.',
    deleted: 'Reply deleted.',
    back: 'Back to the list',
  },
});

/** Longest reply body (a long reply fits every channel, split where the channel needs). */
const MAX_BODY = 4000;

// Control characters other than line breaks and tabs would garble the person's chat.
const noControl = (value: string) => !/[^\P{Cc}\t\n\r]/u.test(value);

const replyForm = z.object({
  language: z.enum(['id', 'en'], 'choose id or en'),
  title: z
    .string()
    .trim()
    .min(1, 'required')
    .max(100, 'at most 100 characters')
    .refine(noControl, 'control characters'),
  body: z
    .string()
    .trim()
    .min(1, 'required')
    .max(MAX_BODY, `at most ${MAX_BODY} characters`)
    .refine(noControl, 'control characters'),
});

type CannedReply = Selectable<DB['canned_replies']>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ReplyFields(props: { lang: DeskLanguage; reply?: CannedReply; id: string }) {
  const t = cannedTexts[props.lang];
  const language = props.reply?.language ?? 'id';
  return (
    <>
      <label for={`${props.id}-language`}>{t.language}</label>
      <select id={`${props.id}-language`} name="language">
        <option value="id" selected={language === 'id'}>
          {t.indonesian}
        </option>
        <option value="en" selected={language === 'en'}>
          {t.english}
        </option>
      </select>
      <label for={`${props.id}-title`}>{t.replyTitle}</label>
      <input
        id={`${props.id}-title`}
        name="title"
        type="text"
        maxlength={100}
        required
        value={props.reply?.title ?? ''}
      />
      <label for={`${props.id}-body`}>{t.body}</label>
      <textarea id={`${props.id}-body`} name="body" maxlength={MAX_BODY} required>
        {props.reply?.body ?? ''}
      </textarea>
    </>
  );
}

/** `/desk/admin/canned`: the ready-made replies staff start from, in Indonesian and English (admins only). */
export function cannedReplyRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  guardSection(app, '/admin/canned', 'admin.canned');

  const findReply = async (id: string) => {
    const reply = UUID.test(id)
      ? await ctx.db.selectFrom('canned_replies').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
    if (!reply) throw new HttpProblem(404, 'no such canned reply');
    return reply;
  };

  app.get('/admin/canned', async (c) => {
    const lang = c.get('lang');
    const t = cannedTexts[lang];
    const replies = await ctx.db
      .selectFrom('canned_replies')
      .selectAll()
      .orderBy('language')
      .orderBy('title')
      .execute();
    const csrfToken = c.get('session').csrfToken;
    return c.html(
      <AdminPage context={c} title={t.title} section="canned" path="/desk/admin/canned">
        <DoneFlash
          done={c.req.query('done')}
          messages={{ created: t.created, updated: t.updated, deleted: t.deleted }}
        />
        <p>{t.intro}</p>
        {(['id', 'en'] as const).map((language) => {
          const ofLanguage = replies.filter((r) => r.language === language);
          return (
            <section class="card" aria-labelledby={`canned-${language}`}>
              <h2 id={`canned-${language}`}>{language === 'id' ? t.indonesian : t.english}</h2>
              {ofLanguage.length === 0 ? <p class="muted">{t.none}</p> : null}
              <ul class="canned-list">
                {ofLanguage.map((reply) => (
                  <li>
                    <strong>{reply.title}</strong>
                    <p class="canned-body" lang={reply.language}>
                      {reply.body}
                    </p>
                    <a href={`/desk/admin/canned/${reply.id}`}>{t.edit}</a>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        <FormCard
          id="canned-add"
          title={t.add}
          action="/desk/admin/canned"
          csrfToken={csrfToken}
          submit={t.add}
        >
          <ReplyFields lang={lang} id="new" />
        </FormCard>
      </AdminPage>,
    );
  });

  app.post('/admin/canned', async (c) => {
    const form = await readForm(c, replyForm);
    const id = randomUUID();
    await auditedChange(
      ctx.db,
      c,
      { action: 'canned_reply.created', subject: id, detail: { language: form.language, title: form.title } },
      (trx) =>
        trx
          .insertInto('canned_replies')
          .values({
            ...form,
            id,
            updated_by: c.get('staff').id,
            created_at: ctx.clock(),
            updated_at: ctx.clock(),
          })
          .execute(),
    );
    return c.redirect('/desk/admin/canned?done=created', 303);
  });

  app.get('/admin/canned/:id', async (c) => {
    const reply = await findReply(c.req.param('id'));
    const lang = c.get('lang');
    const t = cannedTexts[lang];
    const csrfToken = c.get('session').csrfToken;
    return c.html(
      <AdminPage context={c} title={t.editTitle} section="canned" path={`/desk/admin/canned/${reply.id}`}>
        <div class="card">
          <form method="post" action={`/desk/admin/canned/${reply.id}`}>
            <CsrfField token={csrfToken} />
            <ReplyFields lang={lang} reply={reply} id="edit" />
            <p>
              <button type="submit">{t.save}</button>
            </p>
          </form>
          <form method="post" action={`/desk/admin/canned/${reply.id}/delete`}>
            <CsrfField token={csrfToken} />
            <button type="submit" class="danger">
              {t.remove}
            </button>
          </form>
        </div>
        <p>
          <a href="/desk/admin/canned">{t.back}</a>
        </p>
      </AdminPage>,
    );
  });

  app.post('/admin/canned/:id', async (c) => {
    const reply = await findReply(c.req.param('id'));
    const form = await readForm(c, replyForm);
    const entry = {
      action: 'canned_reply.updated',
      subject: reply.id,
      detail: { language: form.language, title: form.title, previous_title: reply.title },
    };
    await auditedChange(ctx.db, c, entry, async (trx) => {
      const changed = await trx
        .updateTable('canned_replies')
        .set({ ...form, updated_by: c.get('staff').id, updated_at: ctx.clock() })
        .where('id', '=', reply.id)
        .returning('id')
        .executeTakeFirst();
      if (!changed) throw new HttpProblem(404, 'no such canned reply');
    });
    return c.redirect('/desk/admin/canned?done=updated', 303);
  });

  app.post('/admin/canned/:id/delete', async (c) => {
    const reply = await findReply(c.req.param('id'));
    const entry = {
      action: 'canned_reply.deleted',
      subject: reply.id,
      detail: { language: reply.language, title: reply.title },
    };
    await auditedChange(ctx.db, c, entry, async (trx) => {
      const gone = await trx
        .deleteFrom('canned_replies')
        .where('id', '=', reply.id)
        .returning('id')
        .executeTakeFirst();
      if (!gone) throw new HttpProblem(404, 'no such canned reply');
    });
    return c.redirect('/desk/admin/canned?done=deleted', 303);
  });

  return app;
}
