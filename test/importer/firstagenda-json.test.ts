/**
 * The First Agenda publication JSON reader: meeting facts, items, this meeting's decision (and
 * not "Sagens forløb"), closed items whose decision has no heading, absentees, detection, and
 * robustness against damaged input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { firstAgendaJsonReader as reader } from '../../src/importer/formats/firstagenda-json.js';
import { READERS } from '../../src/importer/formats/index.js';
import { ReadError, type Source } from '../../src/importer/source.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';

type Json = Record<string, unknown>;

const fixtureText = readFileSync(path.join(FIXTURES_ROOT, 'firstagenda-json/committee-minutes/source.json'), 'utf8');
const fixture = (): Json => JSON.parse(fixtureText);

function source(json: unknown): Promise<Source> {
  return extractSource(new TextEncoder().encode(JSON.stringify(json)), 'dagsorden.json');
}

function item(number: number, caption: string, html: string, extra: Json = {}): Json {
  return {
    Number: String(number),
    Caption: caption,
    CaseNumber: `30-00000${number}`,
    Felter: [{ Html: html }],
    Bilag: [],
    ...extra,
  };
}

function meeting(items: unknown[], moede: Json = {}): Json {
  return {
    Id: '12345678-0000-4000-8000-000000000000',
    Udvalg: { Navn: 'Fiktivt Udvalg' },
    Moede: { Dato: '2030-01-07T16:00:00+01:00', Sted: 'Lokale 1', Moededeltagere: [], ...moede },
    Dagsordenpunkter: items,
  };
}

describe('firstagenda-json: reading', () => {
  it('reads the meeting: body, date and time as written, place, participants, source id', async () => {
    const document = reader.read(await source(fixture()));
    expect(document.body).toBe('Sundheds- og Trivselsudvalget');
    expect(document.documentType).toBe('referat');
    expect(document.date).toBe('2025-02-10');
    expect(document.startTime).toBe('15:30');
    expect(document.location).toBe('Mødelokale 4, Prøveby Rådhus');
    expect(document.sourceId).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    expect(document.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
      ['Anne Testesen', null, false],
      ['Bente Prøvesen', null, true],
      ['Carl Eksempel', 'V', true],
      ['Dorthe Fiktiv', null, false],
    ]);
  });

  it('takes the decision from "Beslutning" and keeps "Sagens forløb" as a section only', async () => {
    const [first] = reader.read(await source(fixture())).items;
    expect(first.decision?.text).toBe('Godkendt med bemærkning om, at planen evalueres efter et år.');
    expect(first.decision?.outcome).toBe('approved');
    expect(first.sections.map((s) => s.heading)).toEqual([
      'Beslutning',
      'Sagsprocedure',
      'Resume',
      'Indstilling',
      'Sagsbeskrivelse',
      'Økonomiske konsekvenser',
      'Sagens forløb',
    ]);
    expect(first.sections.find((s) => s.heading === 'Sagens forløb')?.text).toContain('Udsat.');
    expect(first.attachments).toEqual([
      { title: 'Bilag 1. Fiktiv motionsplan', documentId: 'bbbbbbbb-0000-4000-8000-000000000001' },
    ]);
  });

  it('writes HTML as Markdown: paragraphs, "- " lists, links, tables', async () => {
    const document = reader.read(await source(fixture()));
    const description = document.items[0].sections.find((s) => s.heading === 'Sagsbeskrivelse')?.text;
    expect(description).toContain('- en [digital oversigt](https://example.invalid/motionsplan) over tilbuddene.');
    const recommendation = document.items[1].sections.find((s) => s.heading === 'Indstilling')?.text;
    expect(recommendation).toContain('| Plejecenter | Deltagere |\n| --- | --- |\n| Fiktivhjemmet | 24 |');
  });

  it('moves "Afbud: …" out of the decision into the item\'s absentees', async () => {
    const second = reader.read(await source(fixture())).items[1];
    expect(second.title).toBe('Sunde frokoster på plejecentre, status');
    expect(second.decision?.text).toBe('Ad 1) Taget til efterretning.\n\nAd 2) Godkendt.');
    expect(second.absent).toEqual([
      { name: 'Bente Prøvesen', party: null },
      { name: 'Carl Eksempel', party: 'V' },
    ]);
  });

  it('marks "Lukket: …" items closed and reads their heading-less text as the decision', async () => {
    const closed = reader.read(await source(fixture())).items[2];
    expect(closed.closed).toBe(true);
    expect(closed.title).toBe('Lukket: Fiktivt udbud af rengøring - godkendelse af materiale');
    expect(closed.decision?.text).toBe('Ad 1-2) anbefales.');
    expect(closed.documentId).toBeNull();
  });
});

describe('firstagenda-json: agendas, older layouts, what is missing', () => {
  it('records no decision when none is printed', async () => {
    const document = reader.read(await source(fixture()));
    expect(document.items[3].decision).toBeNull();
    expect(document.items.filter((i) => i.closed).map((i) => i.number)).toEqual([3]);
  });

  it('is an agenda when no item has a decision, and converts a UTC time to Danish time', async () => {
    const json = meeting(
      [item(1, 'Godkendelse af dagsorden', '<div><h3>Fremstilling</h3><h4>Resume</h4><p>Tekst.</p></div>')],
      {
        Dato: '2030-07-01T12:15:00Z',
      },
    );
    const document = reader.read(await source(json));
    expect(document.documentType).toBe('dagsorden');
    expect(document.date).toBe('2030-07-01');
    expect(document.startTime).toBe('14:15');
    expect(document.items[0].sections).toEqual([{ heading: 'Resume', text: 'Tekst.' }]);
  });

  it('reads the older layout with headings nested inside "Fremstilling"', async () => {
    const html =
      "<div><div><h3>Beslutning</h3><span><div>Taget til efterretning.</div></span></div><h3>Fremstilling</h3><span class='ukendt'><div><div><h3>Sagsprocedure</h3></div><div>Udvalget.</div><div><div><h3>Resume</h3></div><div>Kort   resumé.</div></div></div></span></div>";
    const document = reader.read(await source(meeting([item(1, 'Orientering', html)])));
    expect(document.items[0].decision?.outcome).toBe('noted');
    expect(document.items[0].sections.map((s) => [s.heading, s.text])).toEqual([
      ['Beslutning', 'Taget til efterretning.'],
      ['Sagsprocedure', 'Udvalget.'],
      ['Resume', 'Kort resumé.'],
    ]);
  });

  it('uses the names of named fields as headings', async () => {
    const named = item(1, 'Orientering', '', {
      Felter: [
        { Navn: 'Resume', Html: '<p>Kort.</p>' },
        { Navn: 'Beslutning', Html: '<p>Godkendt.</p>' },
        { Navn: 'Noter', Tekst: 'Ren tekst.' },
      ],
    });
    const [read] = reader.read(await source(meeting([named]))).items;
    expect(read.sections).toEqual([
      { heading: 'Resume', text: 'Kort.' },
      { heading: 'Beslutning', text: 'Godkendt.' },
      { heading: 'Noter', text: 'Ren tekst.' },
    ]);
    expect(read.decision?.text).toBe('Godkendt.');
  });

  it('treats a decision of only punctuation as none', async () => {
    const html = '<div><h3>Beslutning</h3><span>-</span><h3>Fremstilling</h3><h4>Resume</h4><p>Tekst.</p></div>';
    expect(reader.read(await source(meeting([item(1, 'Orientering', html)]))).items[0].decision).toBeNull();
  });
});

describe('firstagenda-json: what is missing', () => {
  it('skips items without number or title, with a warning', async () => {
    const document = reader.read(
      await source(meeting([item(1, 'Godt punkt', '<p>x</p>'), { Caption: 'Uden nummer' }, 'nonsens'])),
    );
    expect(document.items.map((i) => i.number)).toEqual([1]);
    expect(document.warnings).toHaveLength(2);
  });

  it('records where each item is in the JSON text', async () => {
    const text = JSON.stringify(
      meeting([item(1, 'Et', '<p>x</p>', { Id: 'item-one' }), item(2, 'To', '<p>y</p>', { Id: 'item-two' })]),
      null,
      2,
    );
    const src = await extractSource(new TextEncoder().encode(text), 'x.json');
    const [one, two] = reader.read(src).items;
    expect(src.lines[(one.source?.line ?? 0) - 1]).toContain('item-one');
    expect(src.lines[(two.source?.line ?? 0) - 1]).toContain('item-two');
  });

  it('throws ReadError when the body or the date is missing', async () => {
    expect(() => reader.read({ fileName: 'x.json', kind: 'json', text: '{}', lines: ['{}'], json: {} })).toThrow(
      ReadError,
    );
    const noBody = meeting([]);
    noBody.Udvalg = {};
    await expect(async () => reader.read(await source(noBody))).rejects.toThrow(ReadError);
    await expect(async () => reader.read(await source(meeting([], { Dato: 'i morgen' })))).rejects.toThrow(/dato/);
  });
});

describe('firstagenda-json: detection', () => {
  it('is sure of First Agenda JSON and of nothing else', async () => {
    expect(reader.detect(await source(fixture()))).toBeGreaterThanOrEqual(0.5);
    expect(reader.detect(await source({ hello: 'world' }))).toBe(0);
    expect(reader.detect(await source([1, 2, 3]))).toBe(0);
    const text = await extractSource(new TextEncoder().encode(fixtureText), 'dagsorden.txt');
    expect(text.kind).toBe('json'); // sniffed from the content, not the name
    for (const other of ['firstagenda-html/committee-minutes/source.html']) {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES_ROOT, other)));
      expect(reader.detect(await extractSource(bytes, path.basename(other)))).toBeLessThan(0.2);
    }
  });

  it('is picked by detection among all readers', async () => {
    const src = await source(fixture());
    const best = [...READERS].sort((a, b) => b.detect(src) - a.detect(src))[0];
    expect(best.name).toBe('firstagenda-json');
  });
});

describe('firstagenda-json: robustness', () => {
  /** Replaces the value at a random path of the JSON with a random JSON value. */
  function mutate(value: unknown, path: number[], replacement: unknown): unknown {
    if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as Json);
    if (entries.length === 0) return replacement;
    const [key, child] = entries[path[0] % entries.length];
    const copy: Json | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Json) };
    (copy as Record<string | number, unknown>)[key] = mutate(child, path.slice(1), replacement);
    return copy;
  }

  it('never fails other than with ReadError, whatever part of the JSON is replaced', async () => {
    const base = fixture();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(50), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), async (at, value) => {
        const src = await source(mutate(base, at, value));
        try {
          const document = reader.read(src);
          expect(typeof document.body).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
