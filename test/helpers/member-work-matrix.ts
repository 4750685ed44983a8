/**
 * The members' daily work in the authorization matrix (test/web/authorization-matrix.test.ts):
 * a round of draft minutes sent to this body's members, a meeting without items (sending its
 * draft is refused: nothing changes whoever asks), a pending and a declined request of this
 * body's member. A round and a request are read only by their member (404 for everyone else, so
 * their existence is not told); the secretariat's pages by this body's secretariat and admins.
 */
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { decideItemRequest } from '../../src/use-cases/member-work/decide-item-request.js';
import { requestItem } from '../../src/use-cases/member-work/request-item.js';
import { sendMinutesRound } from '../../src/use-cases/member-work/send-minutes-round.js';
import type { AccountsWorld, Expected, MatrixEntry, RoleName } from './accounts.js';

export interface MemberWorkFixture {
  roundId: number;
  roundMeetingId: number;
  emptyMeetingId: number;
  requestId: number;
  declinedRequestId: number;
}

const actor = COMMAND_LINE_ACTOR;

export async function seedMemberWorkFixture(world: AccountsWorld): Promise<MemberWorkFixture> {
  const db = world.handle.db;
  const bodyId = world.thisBody.id;
  const meeting = async (heldOn: string) => {
    const made = await createMeeting({
      db,
      bodyId,
      heldOn,
      startTime: '16:00',
      endTime: null,
      location: 'Matrix',
      kind: 'ordinary',
      actor,
    });
    if (!made.ok) throw new Error(made.reason);
    return made.meetingId;
  };
  const roundMeetingId = await meeting('2026-05-04');
  await addAgendaItem({ db, meetingId: roundMeetingId, template: 'case', title: 'Til godkendelse', actor });
  const secretariat = { isAdmin: true, roles: new Map() };
  const round = await sendMinutesRound({ db, meetingId: roundMeetingId, permissions: secretariat, actor });
  if (!round.ok) throw new Error(round.reason);
  const emptyMeetingId = await meeting('2026-05-05');
  const coming = await meeting('2099-01-06');
  const member = world.userIds['member of this body'];
  const ask = async (title: string) => {
    const made = await requestItem({
      db,
      bodyId,
      meetingId: coming,
      userId: member,
      title,
      reason: 'Matrix',
      permissions: { isAdmin: false, roles: new Map([[bodyId, 'member' as const]]) },
      actor,
    });
    if (!made.ok) throw new Error(made.reason);
    return made.requestId;
  };
  const requestId = await ask('Afventer');
  const declinedRequestId = await ask('Afvist');
  await decideItemRequest({
    db,
    requestId: declinedRequestId,
    decision: { accept: false, reason: 'Nej' },
    permissions: secretariat,
    actor,
  });
  return { roundId: round.roundId, roundMeetingId, emptyMeetingId, requestId, declinedRequestId };
}

const signedIn = (status: number): Expected => ({
  anonymous: 401,
  'member of this body': status,
  'member of another body': status,
  'secretariat of this body': status,
  'secretariat of another body': status,
  admin: status,
});

/** Only this body's member (the round's recipient, the requester); 404 for every other account. */
const theMember = (status: number): Expected => ({ ...signedIn(404), 'member of this body': status });

/** This body's secretariat and admins. */
const editors = (status: number): Expected => ({
  ...signedIn(403),
  'secretariat of this body': status,
  admin: status,
});

/** Those who read the body's closed items: its members, its secretariat, admins. */
const readers = (status: number): Expected => ({ ...editors(status), 'member of this body': status });

export function memberWorkMatrixEntries(fixture: () => MemberWorkFixture): MatrixEntry[] {
  const f = fixture;
  const at = (path: (fx: MemberWorkFixture) => string) => (_: AccountsWorld, _role: RoleName) => path(f());
  return [
    { method: 'GET', route: '/mig/referater', path: () => '/mig/referater', expected: signedIn(200) },
    {
      method: 'GET',
      route: '/mig/referater/:id',
      path: at((x) => `/mig/referater/${x.roundId}`),
      expected: theMember(200),
    },
    {
      method: 'POST',
      route: '/mig/referater/:id',
      path: at((x) => `/mig/referater/${x.roundId}`),
      body: () => ({}),
      expected: theMember(400),
    },
    { method: 'GET', route: '/mig/anmodninger', path: () => '/mig/anmodninger', expected: signedIn(200) },
    { method: 'GET', route: '/mig/anmodninger/ny', path: () => '/mig/anmodninger/ny', expected: signedIn(200) },
    {
      method: 'POST',
      route: '/mig/anmodninger',
      path: () => '/mig/anmodninger',
      body: () => ({}),
      expected: signedIn(400),
    },
    {
      method: 'GET',
      route: '/mig/anmodninger/:id',
      path: at((x) => `/mig/anmodninger/${x.requestId}`),
      expected: theMember(200),
    },
    // Private notes: for those who read the body's closed items; an empty form saves nothing.
    {
      method: 'GET',
      route: '/mig/noter/:id',
      path: at((x) => `/mig/noter/${x.roundMeetingId}`),
      expected: readers(200),
    },
    {
      method: 'POST',
      route: '/mig/noter/:id',
      path: at((x) => `/mig/noter/${x.roundMeetingId}`),
      body: () => ({}),
      expected: readers(303),
    },
    // The agenda as a PDF with one's notes (without the box ticked: to the meeting's PDF).
    {
      method: 'GET',
      route: '/mig/noter/:id/pdf',
      path: at((x) => `/mig/noter/${x.roundMeetingId}/pdf`),
      expected: readers(303),
    },
    {
      method: 'GET',
      route: '/sekretariat/moede/:id/godkendelse',
      path: at((x) => `/sekretariat/moede/${x.roundMeetingId}/godkendelse`),
      expected: editors(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/godkendelse',
      path: at((x) => `/sekretariat/moede/${x.emptyMeetingId}/godkendelse`),
      body: () => ({}),
      expected: editors(409),
    },
    {
      method: 'GET',
      route: '/sekretariat/moede/:id/anmodninger',
      path: at((x) => `/sekretariat/moede/${x.roundMeetingId}/anmodninger`),
      expected: editors(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/anmodning/:id/imoedekom',
      path: at((x) => `/sekretariat/anmodning/${x.declinedRequestId}/imoedekom`),
      body: () => ({}),
      expected: editors(409),
    },
    {
      method: 'POST',
      route: '/sekretariat/anmodning/:id/afvis',
      path: at((x) => `/sekretariat/anmodning/${x.requestId}/afvis`),
      body: () => ({ reason: ' ' }),
      expected: editors(400),
    },
    {
      method: 'GET',
      route: '/sekretariat/forretningsorden',
      path: () => '/sekretariat/forretningsorden',
      expected: { ...editors(200), 'secretariat of another body': 200 },
    },
    {
      method: 'POST',
      route: '/sekretariat/forretningsorden',
      path: () => '/sekretariat/forretningsorden',
      body: (w) => ({ organ: w.thisBody.slug, minutesApproval: 'x' }),
      expected: editors(400),
    },
  ];
}
