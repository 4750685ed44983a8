/**
 * Publishing an agenda or minutes tells the members and the secretariat of the body (not the one
 * who published, not members of other bodies), in the same transaction as the publication.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import type { AuditActor } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import { publishMinutes } from '../../src/use-cases/meetings/publish-minutes.js';
import { createBody } from '../../src/use-cases/people/create-body.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { publisherNamed } from '../helpers/publishers.js';

const cli: AuditActor = { userId: null, label: 'test' };

describe.each(TEST_DATABASES)('publication notifications on $name', (database) => {
  let handle: DbHandle;
  const users: Record<string, number> = {};

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    const publisherId = (await publisherNamed(handle.db, 'Region Syddanmark')).id;
    const here = await createBody({
      db: handle.db,
      name: 'Sundhedsråd Notiby',
      kind: 'health_council',
      publisherId,
      actor: cli,
    });
    const there = await createBody({
      db: handle.db,
      name: 'Sundhedsråd Andetsted',
      kind: 'health_council',
      publisherId,
      actor: cli,
    });
    if (!here.ok || !there.ok) throw new Error('bodies');
    for (const [key, bodyId, role] of [
      ['secretary', here.bodyId, 'secretariat'],
      ['member', here.bodyId, 'member'],
      ['outsider', there.bodyId, 'member'],
    ] as const) {
      const created = await createUser({ db: handle.db, email: `${key}@notiby.dk`, name: key, actor: cli });
      if (!created.ok) throw new Error(created.reason);
      users[key] = created.userId;
      await setUserRole({ db: handle.db, userId: created.userId, bodyId, role, actor: cli });
    }
    users.body = here.bodyId;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('notifies the body’s members once for the agenda and once for the minutes, never the publisher or others', async () => {
    const secretary: AuditActor = { userId: users.secretary, label: 'secretary@notiby.dk' };
    const meeting = await createMeeting({
      db: handle.db,
      bodyId: users.body,
      heldOn: '2027-05-03',
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor: secretary,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
    await addAgendaItem({ db: handle.db, meetingId: meeting.meetingId, template: 'approve_agenda', actor: secretary });
    expect((await publishAgenda({ db: handle.db, meetingId: meeting.meetingId, actor: secretary })).ok).toBe(true);
    const afterMeeting = new Date('2027-05-04T12:00:00Z'); // minutes only once the meeting has begun
    expect(
      (await publishMinutes({ db: handle.db, meetingId: meeting.meetingId, actor: secretary, now: afterMeeting })).ok,
    ).toBe(true);

    const rows = await handle.query<{ user_id: number; kind: string; link: string }>(
      'select user_id, kind, link from notifications order by kind, user_id',
    );
    expect(rows).toEqual([
      { user_id: users.member, kind: 'agenda_published', link: `/moede/${meeting.meetingId}` },
      { user_id: users.member, kind: 'minutes_published', link: `/moede/${meeting.meetingId}` },
    ]);
  });
});
