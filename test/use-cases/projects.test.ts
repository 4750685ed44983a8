/**
 * Grants and projects on PGlite and PostgreSQL: a project registered on a frame's part and one on
 * an outside pool; granting over the part refused with the amount left (the frame's committed
 * amount is the granted projects'); the lifecycle linked to decisions (a closed item named by
 * number only), a skipped step refused naming the allowed ones; status reports due become
 * follow-ups the deadline scan sees, a report received closes its follow-up and is put on a coming
 * meeting as a draft item in one action; the secretariat of another body refused; the demo set's
 * three projects loaded and removed with it (refused, naming it, while a real project uses the demo frame).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { findFrame } from '../../src/db/queries/frames.js';
import { findProject, listProjects } from '../../src/db/queries/projects.js';
import { listOpenFollowUpsDueBy } from '../../src/db/stores/follow-ups.js';
import { listDraftItems } from '../../src/db/stores/meetings.js';
import type { Actor } from '../../src/domain/roles.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { loadDemoData, removeDemoData } from '../../src/use-cases/imports/load-demo-data.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { moveProject } from '../../src/use-cases/projects/move-project.js';
import { putReportOnAgenda } from '../../src/use-cases/projects/put-report-on-agenda.js';
import { receiveReport } from '../../src/use-cases/projects/receive-report.js';
import { registerProject } from '../../src/use-cases/projects/register-project.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { COUNCILS, seedFrame } from '../helpers/frames.js';
import { LEAK_FIXTURE } from '../helpers/portal.js';
import { TEST_PUBLISHER } from '../helpers/publishers.js';

const admin: Actor = { isAdmin: true, roles: new Map() };
const audit = COMMAND_LINE_ACTOR;

describe.each(TEST_DATABASES)('grants and projects on $name', (database) => {
  let handle: DbHandle;
  let council: number;
  let frameId: number;
  let openItem: { id: number; title: string };
  let closedItem: { id: number; title: string };
  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    await importMeetings({ db: handle.db, paths: [LEAK_FIXTURE], publisher: TEST_PUBLISHER });
    [openItem] = await handle.query<{ id: number; title: string }>(
      'select id, title from agenda_items where not is_closed order by id limit 1',
    );
    [closedItem] = await handle.query<{ id: number; title: string }>(
      'select id, title from agenda_items where is_closed order by id limit 1',
    );
    const [{ id: region }] = await handle.query<{ id: number }>(
      `select id from organisations where slug = 'region-syddanmark'`,
    );
    [{ id: council }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [COUNCILS[0]]);
    ({ frameId } = await seedFrame(handle.db, { ownerId: region, decidingBodyId: council }));
  });
  afterAll(async () => {
    await handle?.close();
  });

  const register = (name: string, appliedOre: bigint, actor: Actor | null = admin) =>
    registerProject({
      db: handle.db,
      name,
      purpose: 'Kultur og sundhed.',
      source: { kind: 'frame', frameId, position: 0 }, // Sønderjylland: 487.500 kr.
      bodyIds: [council],
      appliedOn: '2026-02-01',
      appliedOre,
      ownFundingOre: 0n,
      startsOn: '2026-04-01',
      endsOn: '2028-04-01',
      actor,
      auditActor: audit,
    });
  const move = (
    projectId: number,
    to: Parameters<typeof moveProject>[0]['to'],
    extra: Partial<Parameters<typeof moveProject>[0]> = {},
  ) =>
    moveProject({
      db: handle.db,
      projectId,
      to,
      decidedOn: '2026-03-16',
      decisionItemId: null,
      note: null,
      actor: admin,
      auditActor: audit,
      ...extra,
    });

  let singing: number;

  it('refuses a grant over what is left of the part, naming the amount left', async () => {
    const first = await register('Fællessang', 40_000_000n);
    const second = await register('Kunst på recept', 10_000_000n);
    if (!first.ok || !second.ok) throw new Error('not registered');
    singing = first.projectId;
    expect(await move(first.projectId, 'granted', { decisionItemId: openItem.id })).toEqual({
      ok: true,
      reportsAdded: 0,
    });
    expect(await move(second.projectId, 'granted')).toEqual({
      ok: false,
      reason: 'over_committed',
      leftOre: 8_750_000n,
      recipient: 'Sundhedsråd Sønderjylland',
    });
    expect(await move(second.projectId, 'granted', { grantedOre: 8_750_000n })).toMatchObject({ ok: true });
    const frame = await findFrame(handle.db, frameId);
    expect(frame?.allocations[0]).toMatchObject({ amountOre: 48_750_000n, committedOre: 48_750_000n });
    expect(frame?.allocations[1].committedOre).toBe(0n);
  });

  it('moves through the lifecycle linked to decisions; status reports due become follow-ups', async () => {
    expect(await move(singing, 'evaluated')).toEqual({
      ok: false,
      reason: 'not_allowed_transition',
      current: 'granted',
      allowed: ['running', 'stopped'],
    });
    const running = await move(singing, 'running', { decidedOn: '2026-04-01', decisionItemId: closedItem.id });
    expect(running).toEqual({ ok: true, reportsAdded: 2 });
    const extended = await move(singing, 'extended', { decidedOn: '2027-11-01', extendedTo: '2029-04-01' });
    expect(extended).toEqual({ ok: true, reportsAdded: 1 });
    expect(await move(singing, 'extended', { extendedTo: '2028-01-01' })).toEqual({
      ok: false,
      reason: 'extension_not_later',
    });
    const project = await findProject(handle.db, singing);
    expect(project?.status).toBe('extended');
    expect(project?.transitions.map((t) => [t.from, t.to, t.decidedOn])).toEqual([
      [null, 'applied', '2026-02-01'],
      ['applied', 'granted', '2026-03-16'],
      ['granted', 'running', '2026-04-01'],
      ['running', 'extended', '2027-11-01'],
    ]);
    expect(project?.transitions[1].decision).toMatchObject({
      itemId: openItem.id,
      title: openItem.title,
      isClosed: false,
    });
    expect(project?.transitions[2].decision).toMatchObject({ itemId: closedItem.id, title: null, isClosed: true });
    expect(project?.reports.map((r) => [r.dueOn, r.followUp?.state])).toEqual([
      ['2027-04-01', 'open'],
      ['2028-04-01', 'open'],
      ['2029-04-01', 'open'],
    ]);
    const due = await listOpenFollowUpsDueBy(handle.db, '2027-04-01');
    expect(due.filter((f) => f.what.includes('Fællessang')).map((f) => [f.dueOn, f.bodyId])).toEqual([
      ['2027-04-01', council],
    ]);
  });

  it('records a report received (its follow-up done) and puts it on a coming meeting in one action', async () => {
    const project = await findProject(handle.db, singing);
    const report = project!.reports[0];
    const [{ id: otherBody }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [
      COUNCILS[1],
    ]);
    const meetingOf = async (bodyId: number) => {
      const created = await createMeeting({
        db: handle.db,
        bodyId,
        heldOn: '2099-05-04',
        startTime: '16:00',
        endTime: null,
        location: 'Rådhuset',
        kind: 'ordinary',
        actor: audit,
      });
      if (!created.ok) throw new Error(created.reason);
      return created.meetingId;
    };
    const meeting = await meetingOf(council);
    const put = (meetingId: number) =>
      putReportOnAgenda({
        db: handle.db,
        projectId: singing,
        reportId: report.id,
        meetingId,
        today: '2027-04-02',
        actor: admin,
        auditActor: audit,
      });
    expect(await put(meeting)).toEqual({ ok: false, reason: 'not_received' });
    const received = await receiveReport({
      db: handle.db,
      projectId: singing,
      reportId: report.id,
      receivedOn: '2027-03-28',
      body: 'Der synges nu på 12 plejecentre.',
      documentUrl: null,
      actor: admin,
      auditActor: audit,
    });
    expect(received).toEqual({ ok: true });
    expect((await findProject(handle.db, singing))?.reports[0]).toMatchObject({
      receivedOn: '2027-03-28',
      followUp: { state: 'done' },
    });
    expect(await put(await meetingOf(otherBody))).toEqual({ ok: false, reason: 'meeting_of_other_body' });
    const onAgenda = await put(meeting);
    expect(onAgenda).toMatchObject({ ok: true, number: 1 });
    const [item] = await listDraftItems(handle.db, meeting);
    expect(item.title).toBe('Statusrapport: Fællessang');
    expect(JSON.stringify(item.sections)).toContain('er modtaget 28. marts 2027');
    expect(await put(meeting)).toEqual({ ok: false, reason: 'already_on_agenda' });
    const [{ n }] = await handle.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action like 'project.%'`,
    );
    expect(n).toBeGreaterThanOrEqual(8);
  });

  it('registers a grant from an outside pool, and refuses the secretariat of another body', async () => {
    const pool = await registerProject({
      db: handle.db,
      name: 'Klyngesamarbejde',
      purpose: 'Multisyge borgere.',
      source: { kind: 'pool', poolName: "Fonden for Almen Praksis' pulje" },
      bodyIds: [council],
      appliedOn: '2025-04-01',
      appliedOre: 81_820_000n,
      ownFundingOre: 20_000_000n,
      startsOn: null,
      endsOn: null,
      actor: admin,
      auditActor: audit,
    });
    if (!pool.ok) throw new Error(JSON.stringify(pool.problems));
    expect(await move(pool.projectId, 'granted')).toMatchObject({ ok: true });
    expect(await move(pool.projectId, 'running')).toEqual({ ok: false, reason: 'missing_start' });
    expect((await findProject(handle.db, pool.projectId))?.grantedOre).toBe(81_820_000n);
    const other: Actor = { isAdmin: false, roles: new Map([[council + 1, 'secretariat']]) };
    const refused = await register('Andet', 100n, other);
    expect(refused.ok ? [] : refused.problems).toEqual([{ field: 'bodies', reason: 'not_allowed' }]);
    const blank = await registerProject({
      db: handle.db,
      name: ' ',
      purpose: 'x',
      source: { kind: 'frame', frameId, position: 9 },
      bodyIds: [],
      appliedOn: '2026-01-01',
      appliedOre: -1n,
      ownFundingOre: 0n,
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
      actor: admin,
      auditActor: audit,
    });
    expect(blank.ok ? [] : blank.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'name:missing',
      'bodies:missing',
      'applied:negative',
      'endsOn:before_start',
      'source:not_found',
    ]);
  });

  it('loads the three demo projects with the demo set and removes them with it', async () => {
    await loadDemoData({ db: handle.db });
    const demo = await handle.query<{ id: number; status: string; pool_name: string | null; granted_ore: string }>(
      'select id, status, pool_name, granted_ore::text from projects where is_fictitious order by id',
    );
    expect(demo.map((p) => p.status)).toEqual(['running', 'in_operation', 'extended']);
    const [{ id: demoFrameId }] = await handle.query<{ id: number }>('select id from frames where is_fictitious');
    const demoPart = (await findFrame(handle.db, demoFrameId))?.allocations.find((a) => a.spentOre > 0n);
    expect(demoPart).toMatchObject({ committedOre: 45_000_000n, spentOre: 27_000_000n });
    expect(demo[2]).toMatchObject({ pool_name: "Fonden for Almen Praksis' pulje", granted_ore: '81820000' });
    const pool = await findProject(handle.db, demo[2].id);
    expect(pool?.bodies).toHaveLength(2);
    expect(pool?.reports[0].receivedOn).toBe('2026-08-25');
    await loadDemoData({ db: handle.db });
    expect(await handle.query('select id from projects where is_fictitious')).toHaveLength(3);
    const page = await listProjects(handle.db, { limit: 2 });
    expect(page.hasMore).toBe(true);
    // A real project on the demo frame: the removal is refused before anything goes, naming it.
    const demoFrame = demoFrameId;
    const real = await registerProject({
      db: handle.db,
      name: 'Rigtigt projekt på demorammen',
      purpose: 'Et rigtigt projekt.',
      source: { kind: 'frame', frameId: demoFrame, position: 0 },
      bodyIds: [council],
      appliedOn: '2026-02-01',
      appliedOre: 1_000_000n,
      ownFundingOre: 0n,
      startsOn: null,
      endsOn: null,
      actor: admin,
      auditActor: audit,
    });
    if (!real.ok) throw new Error(JSON.stringify(real));
    await expect(removeDemoData({ db: handle.db })).rejects.toThrow(
      `projektet »Rigtigt projekt på demorammen« (/projekt/${real.projectId}) trækker på demorammen`,
    );
    expect(await handle.query('select id from projects where is_fictitious')).toHaveLength(3);
    await handle.query('delete from projects where id = $1', [real.projectId]);
    await removeDemoData({ db: handle.db });
    expect(await handle.query('select id from projects where is_fictitious')).toHaveLength(0);
    expect(await handle.query('select id from frames where is_fictitious')).toHaveLength(0);
  });
});
