/**
 * The message catalogue's labels (src/render/i18n.ts): every domain code has a name in Danish and
 * in English, and the Danish ones are the words the pages have always shown.
 */
import { describe, expect, it } from 'vitest';
import { LABELS, type Labels } from '../../src/render/i18n.js';
import { meetingTitle } from '../../src/render/meeting-title.js';

describe('labels', () => {
  it('name every code in both languages, with no empty text', () => {
    const tables = Object.keys(LABELS.da) as (keyof Labels)[];
    expect(Object.keys(LABELS.en).sort()).toEqual([...tables].sort());
    for (const table of tables) {
      const da = LABELS.da[table] as Record<string, string>;
      const en = LABELS.en[table] as Record<string, string>;
      expect(Object.keys(en).sort(), table).toEqual(Object.keys(da).sort());
      for (const text of [...Object.values(da), ...Object.values(en)]) expect(text.trim(), table).not.toBe('');
    }
  });

  it('has the Danish question states and refusals', () => {
    expect(LABELS.da.questionState).toEqual({
      received: 'Modtaget',
      assigned: 'Under behandling',
      answered: 'Besvaret',
      declined: 'Afvist',
      outside_scheme: 'Uden for ordningen',
    });
    expect(LABELS.da.questionRefusal['already-answered']).toBe('Spørgsmålet er allerede besvaret.');
  });

  it('has the Danish deadline statuses', () => {
    expect(LABELS.da.deadlineStatus.overdue).toBe('Fristen er overskredet');
  });
});

describe('meeting title', () => {
  it('reads as Danish minutes are titled', () => {
    expect(
      meetingTitle({
        documentType: 'referat',
        bodyName: 'Sundhedsråd Sønderjylland',
        heldOn: '2026-03-23',
        startTime: '17:30',
      }),
    ).toBe('Referat, Sundhedsråd Sønderjylland, mandag d. 23. marts 2026 kl. 17.30');
    expect(
      meetingTitle({
        documentType: 'dagsorden',
        bodyName: 'Sundhedsråd Fjordby',
        heldOn: '2027-02-22',
        startTime: null,
      }),
    ).toBe('Dagsorden, Sundhedsråd Fjordby, mandag d. 22. februar 2027');
    expect(meetingTitle({ documentType: null, bodyName: 'X', heldOn: '2026-01-01', startTime: null })).toBe(
      'Møde, X, torsdag d. 1. januar 2026',
    );
  });
});
