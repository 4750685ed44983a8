import { describe, expect, it } from 'vitest';
import {
  checkCompletion,
  dueLabel,
  dueValue,
  effectiveStepState,
  overdueAfter,
  parallelProgress,
  progressLabel,
  publicStepState,
  rejectionFlag,
  stepEffectOf,
} from '../../src/domain/process.js';
import { type BodyChoice, planTemplateSteps, processTemplate } from '../../src/domain/process-templates.js';

const due = (dueOn: string | null, dueMonth: string | null = null, dueMonthEnd: string | null = null) => ({
  dueOn,
  dueMonth,
  dueMonthEnd,
});

describe('a step’s status from its item’s decision', () => {
  it('approved and noted make it done, postponed asks for a new date, rejected flags the process', () => {
    expect(stepEffectOf('approved')).toEqual({ kind: 'done' });
    expect(stepEffectOf('noted')).toEqual({ kind: 'done' });
    expect(stepEffectOf('postponed')).toEqual({ kind: 'new_date_needed' });
    expect(stepEffectOf('rejected')).toEqual({ kind: 'rejected' });
    expect(rejectionFlag({ title: 'Behandling i KKR', bodyName: 'KKR Syddanmark' })).toBe(
      'Trinnet »Behandling i KKR« blev ikke godkendt af KKR Syddanmark.',
    );
  });

  it('a hearing step is done when its hearing’s memo is published', () => {
    expect(effectiveStepState({ status: 'scheduled', hearingMemoPublished: true })).toBe('done');
    expect(effectiveStepState({ status: 'scheduled', hearingMemoPublished: false })).toBe('scheduled');
  });
});

describe('overdue in Danish time', () => {
  it('a day: overdue from the day after (moved off a weekend or holiday first)', () => {
    const step = { ...due('2027-04-01'), status: 'planned' as const }; // a Thursday
    expect(publicStepState(step, '2027-04-01')).toBe('planned');
    expect(publicStepState(step, '2027-04-02')).toBe('overdue');
    // Easter Sunday 2027 is 28 March: due on 2. påskedag (29 March), it may be done on the 30th.
    const easter = { ...due('2027-03-29'), status: 'scheduled' as const };
    expect(overdueAfter(easter)).toBe('2027-03-30');
    expect(publicStepState(easter, '2027-03-30')).toBe('scheduled');
    expect(publicStepState(easter, '2027-03-31')).toBe('overdue');
  });

  it('a span of months: overdue after the last day of the last month', () => {
    const step = { ...due(null, '2026-08', '2026-09'), status: 'planned' as const };
    expect(overdueAfter(step)).toBe('2026-09-30');
    expect(publicStepState(step, '2026-09-30')).toBe('planned');
    expect(publicStepState(step, '2026-10-01')).toBe('overdue');
  });

  it('December: nytårsaftensdag, nytårsdag and a weekend move the last day to 4 January', () => {
    const step = { ...due(null, '2026-12'), status: 'planned' as const };
    expect(overdueAfter(step)).toBe('2027-01-04');
    expect(publicStepState(step, '2027-01-04')).toBe('planned');
    expect(publicStepState(step, '2027-01-05')).toBe('overdue');
  });

  it('done and skipped steps and steps without a due are never overdue', () => {
    expect(publicStepState({ ...due('2020-01-06'), status: 'done' }, '2026-01-01')).toBe('done');
    expect(publicStepState({ ...due('2020-01-06'), status: 'skipped' }, '2026-01-01')).toBe('skipped');
    expect(publicStepState({ ...due(null), status: 'planned' }, '2026-01-01')).toBe('planned');
  });
});

describe('labels of a due', () => {
  it('writes days and months as Danes do', () => {
    expect(dueLabel(due('2027-04-01'))).toBe('1. april 2027');
    expect(dueLabel(due(null, '2026-08', '2026-09'))).toBe('aug./sep. 2026');
    expect(dueLabel(due(null, '2026-06', '2026-10'))).toBe('jun.–okt. 2026');
    expect(dueLabel(due(null, '2026-11', '2027-01'))).toBe('nov. 2026–jan. 2027');
    expect(dueLabel(due(null, '2026-05'))).toBe('maj 2026');
    expect(dueValue(due(null, '2026-08', '2026-09'))).toBe('2026-08');
  });
});

describe('gates', () => {
  const adoption = { id: 8, title: 'Vedtagelse', status: 'scheduled' as const };
  const required = [
    { id: 5, title: 'Høring af udkast', status: 'scheduled' as const, hearingMemoPublished: false },
    { id: 6, title: 'Patient- og pårørendeudvalget hørt', status: 'done' as const },
    { id: 7, title: 'Rådgivning fra Sundhedsstyrelsen', status: 'planned' as const },
  ];

  it('refuses while a required step is open, naming the missing steps', () => {
    const check = checkCompletion({ step: adoption, required });
    expect(check).toMatchObject({ ok: false, reason: 'gate' });
    if (check.ok || check.reason !== 'gate') throw new Error('expected a gate');
    expect(check.missing.map((s) => s.id)).toEqual([5, 7]);
    expect(check.message).toBe(
      '»Vedtagelse« kan ikke markeres som gennemført, før disse trin er gennemført: »Høring af udkast« og »Rådgivning fra Sundhedsstyrelsen«.',
    );
  });

  it('an override reason lets it through; a published memo and a skipped step count as met', () => {
    expect(checkCompletion({ step: adoption, required, overrideReason: 'Fristen nås ikke ellers' })).toEqual({
      ok: true,
      overridden: true,
    });
    expect(checkCompletion({ step: adoption, required, overrideReason: '   ' }).ok).toBe(false);
    const met = [
      { ...required[0], hearingMemoPublished: true },
      required[1],
      { ...required[2], status: 'skipped' as const },
    ];
    expect(checkCompletion({ step: adoption, required: met })).toEqual({ ok: true, overridden: false });
    expect(checkCompletion({ step: { ...adoption, status: 'done' }, required: met })).toEqual({
      ok: false,
      reason: 'already_done',
    });
  });
});

describe('parallel groups and templates', () => {
  it('counts the done steps of a group, skipped ones left out', () => {
    const steps = Array.from({ length: 22 }, (_, i) => ({
      id: i,
      title: 'Vedtagelse',
      status: i < 21 ? ('done' as const) : ('planned' as const),
      parallelGroup: 'Vedtagelse',
    }));
    const [progress] = parallelProgress(steps);
    expect(progressLabel(progress)).toBe('21 af 22');
    steps[21].status = 'done';
    expect(progressLabel(parallelProgress(steps)[0])).toBe('22 af 22');
  });

  it('the framework agreement gives one step per council and the sending on requires them all', () => {
    const owner: BodyChoice = { kind: 'body', id: 1, name: 'KKR Syddanmark' };
    const councils: BodyChoice[] = [
      { kind: 'body', id: 2, name: 'Kommunalbestyrelsen i Fjordby' },
      { kind: 'outside', name: 'Regionsrådet' },
    ];
    const template = processTemplate('rammeaftale', '2026-01-01');
    const steps = planTemplateSteps(template, new Map([['councils', councils]]), owner);
    const council = steps.filter((s) => s.parallelGroup === 'Vedtagelse');
    expect(council.map((s) => s.body)).toEqual(councils);
    expect(steps.find((s) => s.key === 'send')?.requires).toEqual(['councils#1', 'councils#2']);
    expect(steps.find((s) => s.key === 'sdf')?.body).toEqual({ kind: 'outside', name: 'Socialdirektørforum' });
    expect(steps.find((s) => s.key === 'k22')?.due).toEqual(due(null, '2026-08', '2026-09'));
  });

  it('the nærsundhedsplan’s adoption by 1 April requires the hearing, the patients’ committee and the advice', () => {
    const template = processTemplate('naersundhedsplan', '2026-05-01');
    expect(template.phases.map((p) => p.title)).toContain('Politisk konference');
    const adoption = template.steps.find((s) => s.key === 'adoption');
    expect(adoption?.due.dueOn).toBe('2027-04-01');
    expect(adoption?.requires).toEqual(['hearing', 'patients', 'advice']);
  });
});

describe('a due as typed', () => {
  it('reads days, months and spans of months', async () => {
    const { parseDueInput } = await import('../../src/domain/process.js');
    expect(parseDueInput('1.4.2027')).toEqual(due('2027-04-01'));
    expect(parseDueInput('2027-04-01')).toEqual(due('2027-04-01'));
    expect(parseDueInput('aug./sep. 2026')).toEqual(due(null, '2026-08', '2026-09'));
    expect(parseDueInput('juni–oktober 2026')).toEqual(due(null, '2026-06', '2026-10'));
    expect(parseDueInput('nov. 2026–jan. 2027')).toEqual(due(null, '2026-11', '2027-01'));
    expect(parseDueInput('2026-08/2026-09')).toEqual(due(null, '2026-08', '2026-09'));
    expect(parseDueInput('august 2026')).toEqual(due(null, '2026-08'));
    expect(parseDueInput('')).toEqual(due(null));
    expect(parseDueInput('snart')).toBeNull();
    expect(parseDueInput('okt./aug. 2026')).toBeNull();
  });
});
