/**
 * What the golden fixtures are there to show, asserted on their expected.json (golden.test.ts
 * checks that every source parses to exactly its golden): the text layouts' items, decisions,
 * time slots and people, and titles that wrap at a hyphen with the case number after them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';
import { loadGolden } from './golden.js';

describe('text layouts: what the fixtures are there to show', () => {
  const load = (name: string) => loadGolden(path.join(FIXTURES_ROOT, name));

  it('reads an agenda ("DAGSORDEN") with running numbers, a time slot and a wrapped title', () => {
    const document = load('text-sundhedsraad/dagsorden');
    expect(document.documentType).toBe('dagsorden');
    expect(document.items.map((item) => item.number)).toEqual([715, 716, 717, 718]);
    const wrapped = document.items[1];
    expect(wrapped.title).toBe(
      'Godkendelse af kvalitetsstandard for den fiktive ordning om træning i eget hjem for borgere over 65 år',
    );
    expect(wrapped.timeSlot).toBe('9.15-9.45');
    expect(document.items.every((item) => item.decision === null)).toBe(true);
    expect(document.items[2]).toMatchObject({ title: 'Udbud af fiktive hjælpemidler', closed: true });
  });

  it('ignores an earlier dated decision and takes the one of the meeting day', () => {
    const document = load('text-sundhedsraad/tidligere-beslutning');
    expect(document.items[1].decision).toMatchObject({ text: 'Taget til efterretning.', date: '2026-06-09' });
    expect(document.items[3].decision).toBeNull();
    expect(document.warnings.join('\n')).toContain('har ikke mødets dato');
  });

  it('reads a closed "Lukket: <titel>" item whose outcome has no heading', () => {
    const item = load('text-sundhedsraad/tidligere-beslutning').items[2];
    expect(item).toMatchObject({ title: 'Lukket: Køb af fiktiv ejendom til sundhedshus', closed: true });
    expect(item.decision?.outcome).toBe('approved');
  });

  it('records parts ("Ad 1 / Ad 2") and dissents', () => {
    const parts = load('text-ssu/referat').items[1].decision?.parts ?? [];
    expect(parts.map((part) => part.label)).toEqual(['1', '2']);
    const dissents = load('text-direktoerkreds/referat').items[2].decision?.dissents ?? [];
    expect(dissents).toEqual(['Testkøbing Kommune og Prøvelund Kommune bakker ikke op om indstillingen.']);
  });

  it('warns when the table of contents and a heading disagree, and keeps the heading', () => {
    const document = load('text-direktoerkreds/referat');
    expect(document.items[3].title).toBe('Orientering fra Koordineringsforum Eksempelregionen');
    expect(document.warnings).toHaveLength(1);
    expect(document.warnings[0]).toContain('overskriften er brugt');
  });

  it('keeps time slots out of titles and reads absentees per item', () => {
    const document = load('text-klynge/referat');
    expect(document.items[1]).toMatchObject({
      title: 'Orientering om forberedelser til den fiktive reform',
      timeSlot: '14.30-15.00',
    });
    expect(document.items.every((item) => item.absent.some((a) => a.name === 'Ejnar Eventyr'))).toBe(true);
    expect(document.participants.find((p) => p.name === 'Ejnar Eventyr')).toMatchObject({
      organization: 'PLO',
      absent: true,
    });
  });

  it('ignores "Beslutning:" inside a proposal and another body\'s decision of the same day', () => {
    const item = load('text-klynge/store-bogstaver').items[1];
    expect(item.decision).toMatchObject({ outcome: 'rejected', date: null });
    expect(item.decision?.dissents).toEqual(['Formand Åge Attrap (A) stemte imod.']);
  });

  it('reads the participants of a "Deltagere" item, broken table columns included', () => {
    const document = load('text-faellesmoede/referat');
    expect(document.participants).toHaveLength(7);
    expect(document.participants[6]).toMatchObject({ name: 'Yrsa Ytring', organization: 'Region Eksempel' });
    expect(document.items[0].decision).toBeNull();
  });
});

describe('titles that wrap at a hyphen, and the case number after them', () => {
  const load = (name: string) => loadGolden(path.join(FIXTURES_ROOT, name));

  it('joins "2030-" / "fremskrivning" as one compound and reads the EMN case number after it (PDF)', () => {
    const document = load('firstagenda-pdf/wrapped-titles');
    expect(document.items.map((item) => [item.title, item.caseNumber])).toEqual([
      ['Godkendelse af dagsordenen', '26/30001'],
      ['Godkendelse af sundhedsrådets 2030-fremskrivning af kapaciteten i nærsundhedsplanen', 'EMN-2025-012345'],
      ['Orientering fra Sundheds- og Omsorgsudvalget i Prøvekyst Kommune', 'EMN-2025-012346'],
      ['Drøftelse af input til Rammeaftale 2027-2028 for det fiktive samarbejde', '26/30004'],
    ]);
    expect(document.items[1].sections[0]).toEqual({
      heading: 'Resumé',
      text: 'Sundhedsrådet skal godkende en opdigtet fremskrivning af kapaciteten frem mod 2030.',
    });
    expect(document.warnings).toEqual([]);
  });

  it('joins wrapped titles without a table of contents, up to the case number (text)', () => {
    const items = load('text-sundhedsraad/orddeling').items;
    expect(items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsordenen', '26/40001'],
      [2, 'Drøftelse af sundhedsrådets 2030-fremskrivning af behovet for plejeboliger', 'EMN-2025-012345'],
      [3, 'Orientering fra Sundheds- og Omsorgsudvalget om hjemmebesøg', 'EMN-2025-012346'],
      [4, 'Status på sundhedshusene Prøvekyst Nord og Prøvekyst Syd', 'EMN-2025-012347'],
      [5, 'Godkendelse af den reviderede fremskrivning af kapaciteten på genoptræningsområdet', '26/40005'],
      [6, 'Input til Rammeaftale 2027-2028 for det fiktive samarbejde', '26/40006'],
    ]);
    expect(items.every((item) => item.sections.every((section) => section.heading !== ''))).toBe(true);
  });
});
