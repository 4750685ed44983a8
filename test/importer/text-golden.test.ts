/**
 * Golden files for the plain-text layouts (First Agenda PDF text and its family): every
 * test/fixtures/minutes/text-<layout>/<case>/source.txt must parse, by detection, with the
 * text-firstagenda reader to its expected.json. After a deliberate change, regenerate and review
 * the diff:
 *
 *   node bin/regenerate-golden.js text-sundhedsraad text-direktoerkreds text-ssu text-faellesmoede text-klynge
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/minutes');

const fixtures = readdirSync(ROOT, { withFileTypes: true })
  .filter((layout) => layout.isDirectory() && layout.name.startsWith('text-'))
  .flatMap((layout) =>
    readdirSync(path.join(ROOT, layout.name), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ name: `${layout.name}/${entry.name}`, dir: path.join(ROOT, layout.name, entry.name) })),
  )
  .filter((fixture) => existsSync(path.join(fixture.dir, 'source.txt')));

async function parseFixture(dir: string): Promise<MeetingDocument> {
  const bytes = new Uint8Array(readFileSync(path.join(dir, 'source.txt')));
  return parseMinutes({ bytes, fileName: 'source.txt' });
}

function expected(dir: string): MeetingDocument {
  return JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
}

describe('text layouts: golden fixtures', () => {
  it('covers the five layout families', () => {
    const layouts = new Set(fixtures.map((f) => f.name.split('/')[0]));
    for (const layout of ['text-sundhedsraad', 'text-direktoerkreds', 'text-ssu', 'text-faellesmoede', 'text-klynge']) {
      expect(layouts).toContain(layout);
    }
  });

  it.each(fixtures.map((f) => [f.name, f.dir] as const))('%s parses to expected.json', async (_name, dir) => {
    const document = await parseFixture(dir);
    expect(document.format).toBe('text-firstagenda');
    expect(JSON.parse(JSON.stringify(document))).toEqual(expected(dir));
  });
});

describe('text layouts: what the fixtures are there to show', () => {
  const load = (name: string) => expected(path.join(ROOT, name));

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
