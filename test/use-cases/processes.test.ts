/**
 * Processes (forløb) on PGlite and PostgreSQL: a nærsundhedsplan started from the template (its
 * steps, gates and follow-ups), steps scheduled on meetings whose published minutes set their status
 * (approved → done, postponed → open with a new date needed, rejected → the process flagged), the
 * adoption refused while its gates are open (naming the missing steps) and recorded with an
 * override reason, a hearing step done by its hearing's published memo, and who may keep a process.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { loadProcess } from '../../src/db/stores/processes.js';
import { isStepOverdue } from '../../src/domain/process.js';
import type { Actor } from '../../src/domain/roles.js';
import type { AuditActor } from '../../src/use-cases/audit/record-audit-entry.js';
import { loadDemoData, removeDemoData } from '../../src/use-cases/imports/load-demo-data.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import { publishMinutes } from '../../src/use-cases/meetings/publish-minutes.js';
import { recordDecision } from '../../src/use-cases/meetings/record-decision.js';
import { exportArchive } from '../../src/use-cases/open-data/export-archive.js';
import { createBody } from '../../src/use-cases/people/create-body.js';
import { completeProcessStep } from '../../src/use-cases/processes/complete-process-step.js';
import { saveProcessStep } from '../../src/use-cases/processes/save-process-step.js';
import { scheduleProcessStep } from '../../src/use-cases/processes/schedule-process-step.js';
import { skipProcessStep } from '../../src/use-cases/processes/skip-process-step.js';
import { startProcess } from '../../src/use-cases/processes/start-process.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { publisherNamed } from '../helpers/publishers.js';

const auditActor: AuditActor = { userId: null, label: 'sekretariat@proeveby.dk' };
const AFTER = new Date('2026-09-01T12:00:00Z');

describe.each(TEST_DATABASES)('processes on $name', (database) => {
  let handle: DbHandle;
  let bodyId: number;
  let otherBodyId: number;
  let secretariat: Actor;
  let processId: number;

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    const publisherId = (await publisherNamed(handle.db, 'Region Syddanmark')).id;
    const body = async (name: string) => {
      const made = await createBody({ db: handle.db, name, kind: 'health_council', publisherId, actor: auditActor });
      if (!made.ok) throw new Error(made.reason);
      return made.bodyId;
    };
    bodyId = await body('Sundhedsråd Forløbby');
    otherBodyId = await body('Sundhedsråd Andetsted');
    secretariat = { isAdmin: false, roles: new Map([[bodyId, 'secretariat']]) };
  });
  afterAll(async () => {
    await handle?.close();
  });

  const load = async () => (await loadProcess(handle.db, processId))!;
  const stepNamed = async (title: string) => (await load()).steps.find((s) => s.title === title)!;
  const actors = () => ({ actor: secretariat, auditActor });

  /** A meeting of the body on 20 May 2026 with the step scheduled on it, the agenda published and the decision recorded. */
  const treat = async (title: string, decision: string) => {
    const meeting = await createMeeting({
      db: handle.db,
      bodyId,
      heldOn: '2026-05-20',
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor: auditActor,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
    const step = await stepNamed(title);
    const scheduled = await scheduleProcessStep({
      db: handle.db,
      stepId: step.id,
      target: { meetingId: meeting.meetingId },
      ...actors(),
    });
    if (!scheduled.ok || scheduled.draftItemId === null) throw new Error(JSON.stringify(scheduled));
    expect((await stepNamed(title)).status).toBe('scheduled');
    await publishAgenda({ db: handle.db, meetingId: meeting.meetingId, actor: auditActor });
    const published = await stepNamed(title);
    expect(published.itemId).not.toBeNull();
    const [item] = await handle.query<{ title: string }>('select title from agenda_items where id = $1', [
      published.itemId,
    ]);
    expect(item.title).toBe(`Nærsundhedsplan 2027: ${title}`);
    await recordDecision({
      db: handle.db,
      itemId: scheduled.draftItemId,
      revision: 1,
      decision: { text: decision, outcome: null, dissents: null, decidedOn: null },
      absentees: [],
      actor: auditActor,
    });
    expect(
      await publishMinutes({ db: handle.db, meetingId: meeting.meetingId, actor: auditActor, now: AFTER }),
    ).toMatchObject({
      ok: true,
    });
    return stepNamed(title);
  };

  it('starts a nærsundhedsplan from the template with its phases, gates and a follow-up per step', async () => {
    const refused = await startProcess({
      db: handle.db,
      templateKey: 'naersundhedsplan',
      startsOn: '2026-05-01',
      ownerBodyId: otherBodyId,
      actor: secretariat,
      auditActor,
    });
    expect(refused).toEqual({ ok: false, problems: [{ field: 'owner', reason: 'not_allowed' }] });
    const started = await startProcess({
      db: handle.db,
      templateKey: 'naersundhedsplan',
      startsOn: '2026-05-01',
      ownerBodyId: bodyId,
      picks: new Map([['patients', [{ outsideName: 'Patient- og pårørendeudvalget i Region Syddanmark' }]]]),
      ...actors(),
    });
    if (!started.ok) throw new Error(JSON.stringify(started));
    processId = started.processId;
    const { process, phases, steps } = await load();
    expect(process.title).toBe('Nærsundhedsplan 2027');
    expect(phases).toHaveLength(6);
    expect(steps).toHaveLength(8);
    const adoption = steps.find((s) => s.action === 'adoption')!;
    expect(adoption.dueOn).toBe('2027-04-01');
    expect(adoption.requires).toHaveLength(3);
    expect(steps.find((s) => s.title === 'Patient- og pårørendeudvalget hørt')?.bodyName).toBe(
      'Patient- og pårørendeudvalget i Region Syddanmark',
    );
    const followUps = await handle.query<{ due_on: string; state: string }>(
      `select to_char(f.due_on, 'YYYY-MM-DD') as due_on, f.state from follow_ups f join process_steps s on s.id = f.process_step_id
       where s.process_id = $1 order by s.position`,
      [processId],
    );
    expect(followUps).toHaveLength(8);
    expect(followUps[1]).toEqual({ due_on: '2026-10-31', state: 'open' }); // juni–oktober: the last day of October
  });

  it('an approved item makes its step done and closes its follow-up', async () => {
    const step = await treat('Procesplan og visioner', 'Godkendt.');
    expect(step).toMatchObject({ status: 'done', completedOn: expect.any(String), outcome: 'approved' });
    const [followUp] = await handle.query<{ state: string }>(
      'select state from follow_ups where process_step_id = $1',
      [step.id],
    );
    expect(followUp.state).toBe('done');
  });

  it('a postponed item opens its step again, no longer scheduled', async () => {
    const step = await treat('Indholdsdrøftelser af temaerne', 'Sagen udsættes til næste møde.');
    expect(step).toMatchObject({ status: 'planned', meetingId: null, outcome: 'postponed' });
  });

  it('a rejected item flags the process, naming the step', async () => {
    const step = await treat('Udkast udarbejdet', 'Indstillingen blev ikke godkendt.');
    expect(step.status).toBe('scheduled');
    expect((await load()).process.flaggedReason).toBe(
      'Trinnet »Udkast udarbejdet« blev ikke godkendt af Sundhedsråd Forløbby.',
    );
    // Dealt with (here: skipped with a reason), the flag is cleared.
    await skipProcessStep({ db: handle.db, stepId: step.id, reason: 'Udkastet laves om i næste fase.', ...actors() });
    expect((await load()).process.flaggedReason).toBeNull();
  });

  it('refuses the adoption while its gates are open, naming them; an override is kept with its reason', async () => {
    const adoption = await stepNamed('Vedtagelse af nærsundhedsplanen');
    const refused = await completeProcessStep({ db: handle.db, stepId: adoption.id, ...actors() });
    expect(refused).toEqual({
      ok: false,
      reason: 'gate',
      missing: ['Høring af udkast', 'Patient- og pårørendeudvalget hørt', 'Rådgivning fra Sundhedsstyrelsen'],
      message:
        '»Vedtagelse af nærsundhedsplanen« kan ikke markeres som gennemført, før disse trin er gennemført: »Høring af udkast«, »Patient- og pårørendeudvalget hørt« og »Rådgivning fra Sundhedsstyrelsen«.',
    });
    // The hearing's memo published makes the hearing step done; the advice skipped with a reason counts as met.
    const hearing = await stepNamed('Høring af udkast');
    await handle.query(
      `insert into hearings (body_id, title, process_step_id, starts_on, deadline_on, memo_published_at)
       values ($1, 'Høring', $2, '2026-11-01', '2026-12-15', now())`,
      [bodyId, hearing.id],
    );
    const advice = await stepNamed('Rådgivning fra Sundhedsstyrelsen');
    expect(await skipProcessStep({ db: handle.db, stepId: advice.id, reason: '  ', ...actors() })).toEqual({
      ok: false,
      reason: 'reason_missing',
    });
    expect(
      await skipProcessStep({ db: handle.db, stepId: advice.id, reason: 'Rådgivningen kom mundtligt.', ...actors() }),
    ).toMatchObject({ ok: true });
    const still = await completeProcessStep({ db: handle.db, stepId: adoption.id, ...actors() });
    expect(still).toMatchObject({ ok: false, reason: 'gate', missing: ['Patient- og pårørendeudvalget hørt'] });

    const overridden = await completeProcessStep({
      db: handle.db,
      stepId: adoption.id,
      overrideReason: 'Udvalget har svaret skriftligt uden for Protokol.',
      ...actors(),
      now: new Date('2027-03-20T10:00:00Z'),
    });
    expect(overridden).toEqual({ ok: true, processId, overridden: true });
    expect(await stepNamed('Vedtagelse af nærsundhedsplanen')).toMatchObject({
      status: 'done',
      completedOn: '2027-03-20',
      overrideReason: 'Udvalget har svaret skriftligt uden for Protokol.',
      overriddenAt: expect.any(Date),
    });
    const audit = await handle.query<{ action: string }>(
      `select action from audit_log where entity = 'process_step' and entity_id = $1 order by id`,
      [String(adoption.id)],
    );
    expect(audit.map((a) => a.action)).toEqual(['process_step.override']);
  });

  it('adds a step refused per field, then saved with a due month span', async () => {
    const bad = await saveProcessStep({
      db: handle.db,
      processId,
      stepId: null,
      values: {
        title: '',
        action: 'discussion',
        bodyId: null,
        outsideBodyName: null,
        parallelGroup: null,
        dueOn: null,
        dueMonth: '2026-09',
        dueMonthEnd: '2026-08',
        phaseId: null,
        requires: [],
      },
      ...actors(),
    });
    expect(bad).toMatchObject({
      ok: false,
      reason: 'invalid',
      problems: [
        { field: 'title', reason: 'missing' },
        { field: 'body', reason: 'missing' },
        { field: 'dueMonthEnd', reason: 'before_start' },
      ],
    });
    const saved = await saveProcessStep({
      db: handle.db,
      processId,
      stepId: null,
      values: {
        title: 'Drøftelse i KKR',
        action: 'discussion',
        bodyId: null,
        outsideBodyName: 'KKR Syddanmark',
        parallelGroup: null,
        dueOn: null,
        dueMonth: '2026-08',
        dueMonthEnd: '2026-09',
        phaseId: null,
        requires: [],
      },
      ...actors(),
    });
    expect(saved).toMatchObject({ ok: true });
    const [followUp] = await handle.query<{ due_on: string }>(
      `select to_char(due_on, 'YYYY-MM-DD') as due_on from follow_ups where process_step_id = $1`,
      [(saved as { stepId: number }).stepId],
    );
    expect(followUp.due_on).toBe('2026-09-30');
  });
});

describe.each(TEST_DATABASES)('the demo processes on $name', (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('loads the nærsundhedsplan (steps done by the demo minutes) and a framework agreement with the regional council overdue', async () => {
    await loadDemoData({ db: handle.db });
    const processes = await handle.query<{ id: number; title: string; is_fictitious: boolean }>(
      'select id, title, is_fictitious from processes order by id',
    );
    expect(processes.map((p) => [p.title, p.is_fictitious])).toEqual([
      ['Nærsundhedsplan 2027–2030 for Fjordby-området', true],
      ['Rammeaftale 2027–2028', true],
    ]);
    const plan = (await loadProcess(handle.db, processes[0].id))!;
    expect(plan.steps.find((s) => s.title === 'Procesplan og visioner')).toMatchObject({
      status: 'done',
      outcome: 'approved',
    });
    const chain = (await loadProcess(handle.db, processes[1].id))!;
    const open = chain.steps.filter((s) => s.status !== 'done').map((s) => s.bodyName);
    expect(open).toEqual(['Regionsrådet i Region Syddanmark', 'Sundhedsråd Fjordby']);
    const overdue = chain.steps.filter((s) => isStepOverdue(s, '2026-12-07')).map((s) => s.bodyName);
    expect(overdue).toEqual(['Regionsrådet i Region Syddanmark']);
    // In the export: the plan with its versions, each process with its steps, the hearing.
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    const counts = await exportArchive({ db: handle.db, target: { format: 'ndjson', out } });
    expect(counts).toMatchObject({ plans: 1, processes: 2, hearings: 1 });
    const records = chunks
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string } & Record<string, unknown>);
    const [planRecord] = records.filter((r) => r.type === 'plan');
    expect(planRecord).toMatchObject({ kind: 'local_health_plan', deadline: '2027-04-01', isFictitious: true });
    expect((planRecord.versions as { status: string }[]).map((v) => v.status)).toEqual(['draft', 'hearing_draft']);
    const chainRecord = records.find((r) => r.type === 'process' && r.title === 'Rammeaftale 2027–2028')!;
    const steps = chainRecord.steps as { status: string; body: string | null; due: string | null }[];
    expect(steps.length).toBe(chain.steps.length);
    expect(steps.filter((step) => step.status === 'overdue')).toHaveLength(1);
    expect(steps.every((step) => step.due === null || /^\d{4}-\d{2}(-\d{2})?$/.test(step.due))).toBe(true);
    expect(records.filter((r) => r.type === 'hearing')).toEqual([
      expect.objectContaining({ publishedResponses: 3, memoPublished: true, isFictitious: true }),
    ]);
    await removeDemoData({ db: handle.db });
    expect(await handle.query('select id from processes')).toEqual([]);
  });
});
