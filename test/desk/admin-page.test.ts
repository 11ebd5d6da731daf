import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AdminPage } from '../../src/desk/admin/admin-page.tsx';
import type { DeskEnv } from '../../src/desk/desk-context.ts';
import type { StaffMember } from '../../src/staff/staff-roles.ts';

const admin: StaffMember = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@desk.test',
  name: 'Admin',
  role: 'admin',
  missionId: null,
  partnerId: null,
  language: 'id',
};

describe('AdminPage', () => {
  it('takes the page’s language, the signed-in admin and the CSRF token from the request', async () => {
    const app = new Hono<DeskEnv>();
    app.use('*', async (c, next) => {
      // The language the request chose, not the account's own: the page follows the request.
      c.set('lang', 'en');
      c.set('staff', admin);
      c.set('session', {
        tokenHash: 'h',
        csrfToken: 'csrf-token-of-this-session',
        secondFactorPending: false,
      });
      await next();
    });
    app.get('/desk/admin/canned', (c) =>
      c.html(
        AdminPage({ context: c, title: 'Canned replies', section: 'canned', path: '/desk/admin/canned' }),
      ),
    );
    const html = await (await app.request('/desk/admin/canned')).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta name="csrf-token" content="csrf-token-of-this-session"/>');
    expect(html).toContain('aria-label="Admin menu"');
    expect(html).toMatch(/<a href="\/desk\/admin\/canned" aria-current="page">Canned replies<\/a>/);
    expect(html).toContain('href="/desk/admin/audit"');
  });
});
