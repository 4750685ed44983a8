/**
 * Plans' and hearings' pure rules: which version is current (the newest adopted, else the newest,
 * labelled), versions in date order, a revision only after an adoption, a new version copying the
 * previous chapters, the diff between versions per chapter (changed, renamed, added, removed);
 * a hearing's phase, the reminder day in working days, a response's file is a PDF by content,
 * and what the public sees of a response.
 */
import { describe, expect, it } from 'vitest';
import { checkResponseFile, hearingPhase, publicResponse, reminderOn } from '../../src/domain/hearing.js';
import {
  chaptersForNewVersion,
  checkNewVersion,
  currentVersion,
  diffPlanVersions,
  nextVersionNumber,
} from '../../src/domain/plan.js';

const v = (number: number, status: 'draft' | 'hearing_draft' | 'adopted' | 'revised', versionOn: string) => ({
  number,
  status,
  versionOn,
});

describe('plan versions', () => {
  it('leads with the newest adopted version, else the newest, labelled not adopted', () => {
    expect(currentVersion([])).toBeNull();
    expect(currentVersion([v(1, 'draft', '2026-05-01'), v(2, 'hearing_draft', '2026-11-01')])).toEqual({
      version: v(2, 'hearing_draft', '2026-11-01'),
      isAdopted: false,
    });
    const versions = [v(1, 'adopted', '2026-05-01'), v(3, 'adopted', '2027-03-01'), v(4, 'draft', '2027-06-01')];
    expect(currentVersion(versions)).toEqual({ version: versions[1], isAdopted: true });
    expect(nextVersionNumber(versions)).toBe(5);
  });

  it('keeps versions in date order and revises only an adopted plan', () => {
    const versions = [v(1, 'draft', '2026-05-01')];
    expect(checkNewVersion(versions, { status: 'hearing_draft', versionOn: '2026-04-30' })).toBe(
      'date_before_previous',
    );
    expect(checkNewVersion(versions, { status: 'revised', versionOn: '2026-06-01' })).toBe('revised_without_adopted');
    expect(checkNewVersion(versions, { status: 'adopted', versionOn: '2026-05-01' })).toBeNull();
  });

  it('copies the previous chapters into a new version', () => {
    const previous = [{ theme: 'Mental sundhed', goals: 'Mål', description: 'Tekst' }];
    const copy = chaptersForNewVersion(previous);
    expect(copy).toEqual(previous);
    copy[0].goals = 'Ændret';
    expect(previous[0].goals).toBe('Mål');
    expect(chaptersForNewVersion(null)).toEqual([]);
  });

  it('diffs two versions chapter by chapter', () => {
    const from = [
      { theme: 'Kronisk sygdom', goals: 'Færre indlæggelser\nBedre overgange', description: 'A' },
      { theme: 'Gammelt tema', goals: 'x', description: '' },
      { theme: 'Mental sundhed', goals: 'Tidlig hjælp', description: 'B' },
    ];
    const to = [
      { theme: 'Kronisk sygdom', goals: 'Færre indlæggelser\nSammenhængende overgange', description: 'A' },
      { theme: 'Nyt navn', goals: 'x', description: '' },
      { theme: 'Mental sundhed', goals: 'Tidlig hjælp', description: 'B' },
      { theme: 'Det nære sundhedsvæsen', goals: 'Ny', description: '' },
    ];
    const diff = diffPlanVersions(from, to);
    expect(diff.map((d) => [d.theme, d.change, d.formerTheme])).toEqual([
      ['Kronisk sygdom', 'changed', null],
      ['Nyt navn', 'changed', 'Gammelt tema'],
      ['Mental sundhed', 'same', null],
      ['Det nære sundhedsvæsen', 'added', null],
    ]);
    expect(diff[0].goals).toEqual([
      { op: 'same', text: 'Færre indlæggelser' },
      { op: 'removed', text: 'Bedre overgange' },
      { op: 'added', text: 'Sammenhængende overgange' },
    ]);
    const removed = diffPlanVersions(from, [to[2]]);
    expect(removed.map((d) => [d.theme, d.change])).toEqual([
      ['Kronisk sygdom', 'removed'],
      ['Gammelt tema', 'removed'],
      ['Mental sundhed', 'same'],
    ]);
  });
});

describe('hearings', () => {
  it('is open from its start to its deadline, the deadline day included', () => {
    const h = { startsOn: '2026-11-02', deadlineOn: '2026-12-14' };
    expect(hearingPhase({ ...h, today: '2026-11-01' })).toBe('upcoming');
    expect(hearingPhase({ ...h, today: '2026-12-14' })).toBe('open');
    expect(hearingPhase({ ...h, today: '2026-12-15' })).toBe('closed');
  });

  it('reminds working days before the deadline, skipping weekends and holidays', () => {
    // Monday 14 December 2026, five working days back: Monday 7 December.
    expect(reminderOn('2026-12-14', 5)).toBe('2026-12-07');
    // Monday 4 January 2027, three working days back: 1 January and 31 December are closed days, so Monday 28 December.
    expect(reminderOn('2027-01-04', 3)).toBe('2026-12-28');
  });

  it('accepts a PDF by its content only', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(checkResponseFile(bytes('%PDF-1.7\n…'))).toBeNull();
    expect(checkResponseFile(bytes('Hej, dette er ikke en PDF'))).toBe('not_pdf');
    expect(checkResponseFile(new Uint8Array())).toBe('empty');
    expect(checkResponseFile(new Uint8Array(10 * 1024 * 1024 + 1))).toBe('too_large');
  });

  it('shows the public a published response whole, a withheld one by name and reason, a received one not at all', () => {
    const r = { name: 'Anna', organisation: 'Patientforeningen', text: 'Svar', withheldReason: null };
    expect(publicResponse({ ...r, state: 'received' as const })).toBeNull();
    expect(publicResponse({ ...r, state: 'published' as const })?.kind).toBe('published');
    expect(publicResponse({ ...r, state: 'withheld' as const, withheldReason: 'Personoplysninger' })).toEqual({
      kind: 'withheld',
      name: 'Anna',
      organisation: 'Patientforeningen',
      reason: 'Personoplysninger',
    });
  });
});
