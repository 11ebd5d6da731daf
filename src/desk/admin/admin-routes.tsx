import { Hono } from 'hono';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { can } from '../permissions.ts';
import { ADMIN_SECTIONS, AdminPage, adminTexts, allow } from './admin-page.tsx';
import { auditRoutes } from './audit-routes.tsx';
import { cannedReplyRoutes } from './canned-reply-routes.tsx';
import { channelRoutes } from './channel-routes.tsx';
import { missionAdminRoutes } from './mission-admin-routes.tsx';
import { staffAdminRoutes } from './staff-admin-routes.tsx';

/** `/desk/admin`: the admin area (admins only): staff, missions, canned replies, channels, the audit log. */
export function adminRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  app.get('/admin', allow('admin.staff'), (c) => {
    const lang = c.get('lang');
    const t = adminTexts[lang];
    const staff = c.get('staff');
    const hints = {
      staff: t.staffHint,
      missions: t.missionsHint,
      canned: t.cannedHint,
      channels: t.channelsHint,
      audit: t.auditHint,
    };
    return c.html(
      <AdminPage context={c} title={t.title} section={null} path="/desk/admin">
        <ul class="admin-sections">
          {ADMIN_SECTIONS.filter((s) => can(staff, s.action) === 'allowed').map((s) => (
            <li class="card">
              <a href={s.path}>{t[s.key]}</a>
              <p class="hint">{hints[s.key]}</p>
            </li>
          ))}
        </ul>
      </AdminPage>,
    );
  });
  for (const area of [staffAdminRoutes, missionAdminRoutes, cannedReplyRoutes, channelRoutes, auditRoutes]) {
    app.route('/', area(ctx));
  }
  return app;
}
