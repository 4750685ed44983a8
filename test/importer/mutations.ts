/**
 * What the property tests share: mutations of a source's lines (truncated, shuffled, dropped,
 * duplicated, noise inserted) that keep each line's page, and the checks every read must pass —
 * a document or a ReadError (an AppError through parseMinutes), never anything else, within a
 * bounded time, and a document that holds together.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { AppError } from '../../src/errors.js';
import type { Reader } from '../../src/importer/formats/reader.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import { ReadError, type Source } from '../../src/importer/source.js';

/** Every read, however mangled its input, ends within this (a hang is a failure). */
export const TIME_LIMIT_MS = 1500;

/** A source whose lines are `lines`, each from the page of the original line `from[i]`. */
export function withLines(source: Source, lines: readonly string[], from: readonly number[]): Source {
  const pages = source.pages ? from.map((i) => source.pages?.[i] ?? 1) : undefined;
  return { ...source, text: lines.join('\n'), lines: [...lines], pages, markup: undefined };
}

export interface LineMutation {
  name: string;
  /** Picks a mutation: the original line indexes to keep, in their new order. */
  arbitrary: (count: number) => fc.Arbitrary<number[]>;
}

const all = (count: number) => Array.from({ length: count }, (_, i) => i);

export const LINE_MUTATIONS: LineMutation[] = [
  {
    name: 'truncation at any line',
    arbitrary: (count) => fc.nat({ max: count }).map((n) => all(count).slice(0, n)),
  },
  {
    name: 'shuffled lines',
    arbitrary: (count) => fc.shuffledSubarray(all(count), { minLength: count }),
  },
  {
    name: 'dropped lines (headings included)',
    arbitrary: (count) =>
      fc.array(fc.nat({ max: Math.max(0, count - 1) }), { maxLength: 40 }).map((drops) => {
        const dropped = new Set(drops);
        return all(count).filter((i) => !dropped.has(i));
      }),
  },
  {
    name: 'duplicated lines',
    arbitrary: (count) =>
      fc.array(fc.nat({ max: Math.max(0, count - 1) }), { maxLength: 20 }).map((copies) => {
        const kept = all(count);
        for (const c of copies) kept.splice(c, 0, c);
        return kept;
      }),
  },
];

/** Lines that look like structure in one layout or another, and junk. */
export const NOISE = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Punkt 1:',
    'Punkt 99999: ',
    '1. Meddelelser',
    'Sagsnr.: 2024-1',
    'Beslutning',
    'Beslutning i X den 31-02-2026',
    'Fiktivt Udvalgs beslutning den 06.01.2031 Punkt 1',
    'Indholdsfortegnelse',
    'Lukket referat',
    '.....\t3',
    '\t\t\t',
    'Følgende deltog ikke i behandlingen af punktet:',
    'Afbud: Anne Test (A)',
    'Bilag',
    'Side 1 af 2',
    '\f',
    '\u0000',
  ),
);

/** Reads with one reader: a document or a ReadError, in bounded time; anything else fails. */
export function readChecked(reader: Reader, source: Source): MeetingDocument | null {
  const started = performance.now();
  let document: MeetingDocument | null = null;
  try {
    const score = reader.detect(source);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
    document = reader.read(source);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  if (document) expectWhole(document, source.lines.length);
  return document;
}

/** A document that holds together: a date, whole item numbers, lines within the source, warnings as text. */
export function expectWhole(document: MeetingDocument, lineCount: number): void {
  expect(document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(['referat', 'dagsorden']).toContain(document.documentType);
  expect(document.body.length).toBeGreaterThan(0);
  for (const item of document.items) {
    expect(Number.isInteger(item.number)).toBe(true);
    if (item.source) {
      expect(item.source.line).toBeGreaterThanOrEqual(1);
      expect(item.source.line).toBeLessThanOrEqual(Math.max(1, lineCount));
    }
  }
  for (const warning of document.warnings) expect(typeof warning).toBe('string');
}

/** Item numbers that do not rise are never silent: the document warns. */
export function expectRisingOrWarned(document: MeetingDocument | null): void {
  if (!document) return;
  const rising = document.items.every((item, i) => i === 0 || item.number > document.items[i - 1].number);
  if (!rising) expect(document.warnings.some((w) => w.includes('numrene stiger ikke'))).toBe(true);
}

/** Bytes with random chunks inserted: parseMinutes ends with a document or an AppError, in bounded time. */
export async function parseChecked(bytes: Uint8Array, fileName: string, limit = TIME_LIMIT_MS): Promise<void> {
  const started = performance.now();
  try {
    const document = await parseMinutes({ bytes, fileName });
    expectWhole(document, Number.POSITIVE_INFINITY);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
  }
  expect(performance.now() - started).toBeLessThan(limit);
}

/** Random chunks of bytes inserted at random places. */
export const BYTE_INSERTS = fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })), {
  maxLength: 20,
});

export function insertBytes(bytes: Uint8Array, inserts: readonly [number, Uint8Array][]): Uint8Array {
  let result = bytes;
  for (const [at, chunk] of inserts) {
    const i = at % (result.length + 1);
    const next = new Uint8Array(result.length + chunk.length);
    next.set(result.subarray(0, i));
    next.set(chunk, i);
    next.set(result.subarray(i), i + chunk.length);
    result = next;
  }
  return result;
}
