/**
 * The admins' users (app.request), on both databases: creating a user (who gets a link by mail),
 * setting a role, and the audit log of who did what before and after — append-only in the database.
 */
import { describe, expect, it } from 'vitest';
import { getPage, postForm, sessionFor } from '../helpers/accounts.js';
import { ADMIN, useAccountsWeb } from '../helpers/accounts-web.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('admin: users and the audit log, on $name', (database) => {
  const web = useAccountsWeb(database);

  describe('admin pages and the audit log', () => {
    it('creates a user (who gets a link by mail), sets a role, and logs who did what before and after', async () => {
      const admin = await sessionFor(web.world.handle, web.world.userIds.admin);
      const mailsBefore = web.smtp.received.length;
      const created = await postForm(web.app, admin.jar, '/admin/brugere', {
        _csrf: admin.csrf,
        name: 'Ny Sekretær',
        email: 'Ny.Sekretaer@Example.dk',
      });
      expect(created.response.status).toBe(303);
      const location = created.response.headers.get('location')!;
      expect(location).toMatch(/^\/admin\/brugere\/\d+\?oprettet=1$/);
      const userId = Number(/\/(\d+)\?/.exec(location)![1]);
      const mail = (await web.smtp.waitFor(mailsBefore + 1))[mailsBefore];
      expect(mail.to).toEqual(['ny.sekretaer@example.dk']);
      expect(mail.text).toContain('https://protokol.example.dk/nulstil-kodeord/');

      const again = await postForm(web.app, admin.jar, '/admin/brugere', {
        _csrf: admin.csrf,
        name: 'Igen',
        email: 'ny.sekretaer@example.dk',
      });
      expect(again.response.status).toBe(400);
      expect(again.text).toContain('Der findes allerede en bruger med den e-mailadresse.');

      const page = await getPage(web.app, admin.jar, location);
      expect(page.text).toContain('Brugeren er oprettet');
      const role = await postForm(web.app, admin.jar, `/admin/brugere/${userId}/rolle`, {
        _csrf: admin.csrf,
        body: String(web.world.thisBody.id),
        role: 'secretariat',
      });
      expect(role.response.status).toBe(303);
      await postForm(web.app, admin.jar, `/admin/brugere/${userId}/rolle`, {
        _csrf: admin.csrf,
        body: String(web.world.thisBody.id),
        role: 'member',
      });
      const bad = await postForm(web.app, admin.jar, `/admin/brugere/${userId}/rolle`, {
        _csrf: admin.csrf,
        body: String(web.world.thisBody.id),
        role: 'admin',
      });
      expect(bad.response.status).toBe(400);
      expect((await getPage(web.app, admin.jar, '/admin/brugere/999999')).response.status).toBe(404);

      const entries = await web.world.handle.query<{
        action: string;
        actor_user_id: number;
        actor_label: string;
        before: unknown;
        after: unknown;
      }>(
        'select action, actor_user_id, actor_label, before, after from audit_log where entity_id in ($1, $2) order by id',
        [String(userId), `${userId}:${web.world.thisBody.id}`],
      );
      expect(entries.map((e) => e.action)).toEqual(['user.create', 'user_role.set', 'user_role.set']);
      for (const entry of entries) {
        expect(entry.actor_user_id).toBe(web.world.userIds.admin);
        expect(entry.actor_label).toBe(ADMIN);
      }
      const slug = web.world.thisBody.slug;
      expect(entries[1].before).toBeNull();
      expect(entries[1].after).toEqual({ user: 'ny.sekretaer@example.dk', body: slug, role: 'secretariat' });
      expect(entries[2].before).toEqual({ user: 'ny.sekretaer@example.dk', body: slug, role: 'secretariat' });
      expect(entries[2].after).toEqual({ user: 'ny.sekretaer@example.dk', body: slug, role: 'member' });

      const log = await getPage(web.app, admin.jar, '/admin/log');
      expect(log.response.status).toBe(200);
      expect(log.text).toContain('user_role.set');
      expect(log.text).toContain('ny.sekretaer@example.dk');
    });

    it('keeps the audit log append-only in the database', async () => {
      await expect(web.world.handle.query("update audit_log set action = 'x'")).rejects.toThrow(/append-only/);
      await expect(web.world.handle.query('delete from audit_log')).rejects.toThrow(/append-only/);
      await expect(web.world.handle.query('truncate audit_log')).rejects.toThrow(/append-only/);
      const [{ n }] = await web.world.handle.query<{ n: number }>('select count(*)::int as n from audit_log');
      expect(n).toBeGreaterThan(0);
    });
  });
});
