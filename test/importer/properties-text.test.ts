/**
 * Property tests for the text reader: no mutation of a text fixture (truncation, shuffled,
 * dropped or duplicated lines, random characters and bytes inserted, long pathological lines)
 * makes it throw anything but a ReadError, or parseMinutes anything but an AppError, and none
 * takes long; item headings lost or out of order come with a warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFirstAgenda } from '../../src/importer/formats/text-firstagenda.js';
import type { Source } from '../../src/importer/source.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';
import {
  BYTE_INSERTS,
  expectRisingOrWarned,
  insertBytes,
  LINE_MUTATIONS,
  NOISE,
  parseChecked,
  readChecked,
} from './mutations.js';

const TEXTS = readdirSync(FIXTURES_ROOT)
  .filter((layout) => layout.startsWith('text-'))
  .flatMap((layout) =>
    readdirSync(path.join(FIXTURES_ROOT, layout)).map((c) => path.join(FIXTURES_ROOT, layout, c, 'source.txt')),
  )
  .map((file) => readFileSync(file, 'utf8'));

function source(text: string): Source {
  return { fileName: 'muteret.txt', kind: 'text', text, lines: text.split('\n') };
}

/** Reads with the text reader; a document it gives always has items. */
function read(text: string) {
  const document = readChecked(textFirstAgenda, source(text));
  if (document) expect(document.items.length).toBeGreaterThan(0);
  return document;
}

const fixture = fc.constantFrom(...TEXTS);
const lines = (text: string) => text.split('\n');

describe('text reader under mutation', () => {
  it('survives truncation anywhere', () => {
    fc.assert(
      fc.property(fixture, fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        read(text.slice(0, Math.floor(text.length * at)));
      }),
      { numRuns: 150 },
    );
  });

  it.each(LINE_MUTATIONS.map((m) => [m.name, m] as const))('survives %s', (_label, mutation) => {
    fc.assert(
      fc.property(
        fixture.chain((text) => fc.tuple(fc.constant(lines(text)), mutation.arbitrary(lines(text).length))),
        ([all, kept]) => {
          expectRisingOrWarned(read(kept.map((i) => all[i]).join('\n')));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('warns when an item heading is lost where the contents list it', () => {
    const withContents = TEXTS.filter((text) => /^Indholdsfortegnelse$/m.test(text));
    expect(withContents.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...withContents), fc.nat(), (text, pick) => {
        const all = lines(text);
        const headings = all.map((line, i) => (/^Punkt \d+:/.test(line) ? i : -1)).filter((i) => i >= 0);
        const lost = headings[pick % headings.length];
        const document = read(all.filter((_, i) => i !== lost).join('\n'));
        if (document) expect(document.warnings.some((w) => w.startsWith('Indholdsfortegnelsen har'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('survives random characters inserted', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.tuple(fc.nat(), NOISE), { minLength: 1, maxLength: 30 }), (text, inserts) => {
        let mutated = text;
        for (const [at, what] of inserts) {
          const i = at % (mutated.length + 1);
          mutated = mutated.slice(0, i) + what + mutated.slice(i);
        }
        read(mutated);
      }),
      { numRuns: 150 },
    );
  });

  it('survives arbitrary text and long pathological lines', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.array(NOISE, { maxLength: 200 }).map((parts) => parts.join('\n')),
          fc
            .tuple(
              fc.constantFrom('.', ' ', '\t', '(', '1', 'a ', '-', 'Punkt 1: ', '2030-'),
              fc.integer({ min: 1, max: 200_000 }),
            )
            .map(([unit, n]) => `REFERAT Testråd d. 01-01-2026\n\nPunkt 1: Test\n\nBeslutning\n\n${unit.repeat(n)}\n`),
        ),
        (text) => {
          read(text);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('parseMinutes under mutation', () => {
  it('throws only AppError, for random bytes in a fixture', async () => {
    await fc.assert(
      fc.asyncProperty(fixture, BYTE_INSERTS, async (text, inserts) => {
        await parseChecked(insertBytes(new TextEncoder().encode(text), inserts), 'muteret.txt');
      }),
      { numRuns: 100 },
    );
  });
});
