/**
 * Property tests: no mutation of a text fixture (truncation, shuffled, dropped or duplicated
 * lines, random characters and bytes inserted) makes the text reader throw anything but a
 * ReadError, or parseMinutes anything but an AppError, and none takes more than about a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { AppError } from '../../src/errors.js';
import { textFirstAgenda } from '../../src/importer/formats/text-firstagenda.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import { ReadError, type Source } from '../../src/importer/source.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/minutes');
const TEXTS = readdirSync(ROOT)
  .filter((layout) => layout.startsWith('text-'))
  .flatMap((layout) => readdirSync(path.join(ROOT, layout)).map((c) => path.join(ROOT, layout, c, 'source.txt')))
  .map((file) => readFileSync(file, 'utf8'));

const TIME_LIMIT_MS = 1000;

function source(text: string): Source {
  return { fileName: 'muteret.txt', kind: 'text', text, lines: text.split('\n') };
}

/** Reads with the text reader: a document, or a ReadError; anything else fails the property. */
function readChecked(text: string): MeetingDocument | null {
  const started = performance.now();
  let document: MeetingDocument | null = null;
  try {
    const score = textFirstAgenda.detect(source(text));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
    document = textFirstAgenda.read(source(text));
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  if (document) {
    expect(document.items.length).toBeGreaterThan(0);
    expect(document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const lineCount = text.split('\n').length;
    for (const item of document.items) {
      expect(Number.isInteger(item.number)).toBe(true);
      expect(item.source?.line).toBeGreaterThanOrEqual(1);
      expect(item.source?.line).toBeLessThanOrEqual(lineCount);
    }
  }
  return document;
}

const fixture = fc.constantFrom(...TEXTS);
const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Punkt 1:',
    'Punkt 99999: ',
    'Beslutning',
    'Beslutning i X den 31-02-2026',
    'Indholdsfortegnelse',
    '.....\t3',
    '\t\t\t',
    '(',
    'Fraværende ',
    'Navn\tOrganisation',
    '1 (Åben) ',
    'Side 1 af 2',
    '\f',
    '\u0000',
    '\uFFFD',
  ),
);

const lines = (text: string) => text.split('\n');

describe('text reader under mutation', () => {
  it('survives truncation anywhere', () => {
    fc.assert(
      fc.property(fixture, fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        readChecked(text.slice(0, Math.floor(text.length * at)));
      }),
      { numRuns: 150 },
    );
  });

  it('survives shuffled lines', () => {
    fc.assert(
      fc.property(
        fixture.chain((text) => fc.shuffledSubarray(lines(text), { minLength: lines(text).length })),
        (shuffled) => {
          readChecked(shuffled.join('\n'));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('survives dropped lines (headings included)', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.nat(), { maxLength: 40 }), (text, drops) => {
        const all = lines(text);
        const dropped = new Set(drops.map((d) => d % all.length));
        readChecked(all.filter((_line, i) => !dropped.has(i)).join('\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('survives duplicated lines', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.nat(), { maxLength: 20 }), (text, copies) => {
        const all = lines(text);
        for (const c of copies) all.splice(c % all.length, 0, all[c % all.length]);
        readChecked(all.join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('survives random characters inserted', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.tuple(fc.nat(), noise), { minLength: 1, maxLength: 30 }), (text, inserts) => {
        let mutated = text;
        for (const [at, what] of inserts) {
          const i = at % (mutated.length + 1);
          mutated = mutated.slice(0, i) + what + mutated.slice(i);
        }
        readChecked(mutated);
      }),
      { numRuns: 150 },
    );
  });

  it('survives arbitrary text and long pathological lines', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.array(noise, { maxLength: 200 }).map((parts) => parts.join('\n')),
          fc
            .tuple(
              fc.constantFrom('.', ' ', '\t', '(', '1', 'a ', '-', 'Punkt 1: '),
              fc.integer({ min: 1, max: 200_000 }),
            )
            .map(([unit, n]) => `REFERAT Testråd d. 01-01-2026\n\nPunkt 1: Test\n\nBeslutning\n\n${unit.repeat(n)}\n`),
        ),
        (text) => {
          readChecked(text);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('parseMinutes under mutation', () => {
  it('throws only AppError, for random bytes in a fixture', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })), { maxLength: 20 }),
        async (text, inserts) => {
          let bytes = new TextEncoder().encode(text);
          for (const [at, chunk] of inserts) {
            const i = at % (bytes.length + 1);
            const next = new Uint8Array(bytes.length + chunk.length);
            next.set(bytes.subarray(0, i));
            next.set(chunk, i);
            next.set(bytes.subarray(i), i + chunk.length);
            bytes = next;
          }
          const started = performance.now();
          try {
            await parseMinutes({ bytes, fileName: 'muteret.txt' });
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
          }
          expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
        },
      ),
      { numRuns: 100 },
    );
  });
});
