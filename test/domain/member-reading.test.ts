/**
 * Reading on the go, the pure rules: a highlight's passage as kept and found again in an item's
 * text (list markers, link syntax and line breaks as a browser's selection leaves them), where
 * it is marked in a run of text, and what changed in a meeting since a member's last read.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  highlightableTexts,
  isQuoteFound,
  keptQuote,
  markedSegments,
  normalizeQuote,
  readableText,
} from '../../src/domain/highlights.js';
import type { AgendaItem, MeetingDocument } from '../../src/domain/meeting-document.js';
import { changesSince, readingFingerprint, readingStateOf } from '../../src/domain/meeting-reading.js';

const checksum = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('highlights', () => {
  it('keeps a passage with its lines, each line’s whitespace collapsed', () => {
    expect(keptQuote('  Rådet   godkender\r\n\r\n  planen \t for 2027 ')).toBe('Rådet godkender\nplanen for 2027');
    expect(normalizeQuote(' a \n\n b ')).toBe('a b');
    expect(keptQuote(' \n \n')).toBe('');
  });

  it('finds a passage as a reader selected it: without list markers and link syntax, across paragraphs', () => {
    const text =
      'Indledning om planen.\n\n- Første punkt\n- Andet punkt\n\nSe [planen](https://x.dk/p) og <https://y.dk>.';
    expect(readableText([text])).toBe('Indledning om planen. Første punkt Andet punkt Se planen og https://y.dk.');
    expect(isQuoteFound('Første punkt\nAndet punkt', [text])).toBe(true);
    expect(isQuoteFound('planen.\n\nFørste', [text])).toBe(true);
    expect(isQuoteFound('Se planen og', [text])).toBe(true);
    expect(isQuoteFound('- Første punkt', [text])).toBe(false); // the marker is not in what is read
    expect(isQuoteFound('Tredje punkt', [text])).toBe(false);
    expect(isQuoteFound('   ', [text])).toBe(false);
  });

  it('highlights only sections and the decision', () => {
    expect(highlightableTexts({ sections: [{ text: 'A' }, { text: 'B' }], decision: { text: 'Godkendt.' } })).toEqual([
      'A',
      'B',
      'Godkendt.',
    ]);
    expect(highlightableTexts({ sections: [], decision: null })).toEqual([]);
  });

  it('marks every occurrence, merges overlaps, matches a line break as a space and escapes the pattern', () => {
    expect(markedSegments('Godkendt. Godkendt.', ['Godkendt.'])).toEqual([
      { text: 'Godkendt.', isMarked: true },
      { text: ' ', isMarked: false },
      { text: 'Godkendt.', isMarked: true },
    ]);
    expect(markedSegments('abc def ghi', ['abc def', 'def ghi'])).toEqual([{ text: 'abc def ghi', isMarked: true }]);
    expect(markedSegments('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', isMarked: false },
      { text: '(b)', isMarked: true },
      { text: ' c', isMarked: false },
    ]);
    expect(markedSegments('ingen her', ['ikke'])).toEqual([{ text: 'ingen her', isMarked: false }]);
  });

  it('marks each line of a passage across paragraphs in its own run', () => {
    const quote = keptQuote('slutningen af første\n\nbegyndelsen af andet');
    expect(markedSegments('Her er slutningen af første', [quote]).filter((s) => s.isMarked)).toEqual([
      { text: 'slutningen af første', isMarked: true },
    ]);
    expect(markedSegments('begyndelsen af andet afsnit', [quote])[0]).toEqual({
      text: 'begyndelsen af andet',
      isMarked: true,
    });
  });
});

const item = (number: number, text: string, attachments: string[] = []): AgendaItem => ({
  number,
  title: `Punkt ${number}`,
  timeSlot: null,
  caseNumber: null,
  documentId: null,
  closed: false,
  sections: [{ heading: 'Sagsfremstilling', text }],
  decision: null,
  attachments: attachments.map((title) => ({ title, documentId: null, caseNumber: null })),
  absent: [],
});
const meeting = (items: AgendaItem[]): MeetingDocument => ({
  body: 'Sundhedsråd Fjordby',
  documentType: 'dagsorden',
  date: '2026-06-01',
  startTime: '16:00',
  location: null,
  participants: [],
  items,
  warnings: [],
});

describe('what changed since the last read', () => {
  const before = meeting([item(1, 'Tekst', ['Bilag A']), item(2, 'Uændret'), item(3, 'Udgår')]);
  const seen = readingStateOf(before, 1, checksum);

  it('keeps checksums, never the text', () => {
    expect(JSON.stringify(seen)).not.toContain('Tekst');
    expect(JSON.stringify(seen)).not.toContain('Bilag A');
    expect(Object.keys(seen.items)).toEqual(['1', '2', '3']);
    expect(seen.attachments).toHaveLength(1);
    expect(seen.versionNumber).toBe(1);
  });

  it('is all new before the first read, and nothing after it', () => {
    const first = changesSince(null, before, seen, checksum);
    expect(first.isFirstRead).toBe(true);
    expect(first.items.map((i) => [i.number, i.isNew, i.newAttachments])).toEqual([
      [1, true, ['Bilag A']],
      [2, true, []],
      [3, true, []],
    ]);
    const none = changesSince(seen, before, seen, checksum);
    expect(none).toEqual({ isFirstRead: false, items: [], removedNumbers: [] });
  });

  it('tells a changed text, a new item, a new attachment and an item gone', () => {
    const after = meeting([item(1, 'Ny tekst', ['Bilag A', 'Bilag B']), item(2, 'Uændret'), item(4, 'Ny')]);
    const now = readingStateOf(after, 2, checksum);
    const changes = changesSince(seen, after, now, checksum);
    expect(changes.items).toEqual([
      { number: 1, title: 'Punkt 1', isNew: false, isChanged: true, newAttachments: ['Bilag B'] },
      { number: 4, title: 'Punkt 4', isNew: true, isChanged: false, newAttachments: [] },
    ]);
    expect(changes.removedNumbers).toEqual([3]);
  });

  it('has one fingerprint per state: equal when nothing changed, whatever the attachments’ order', () => {
    const again = readingStateOf(before, 1, checksum);
    expect(readingFingerprint(again, checksum)).toBe(readingFingerprint(seen, checksum));
    const reordered = { ...seen, attachments: [...seen.attachments].reverse() };
    expect(readingFingerprint(reordered, checksum)).toBe(readingFingerprint(seen, checksum));
    const newer = readingStateOf(before, 2, checksum);
    expect(readingFingerprint(newer, checksum)).not.toBe(readingFingerprint(seen, checksum));
  });
});
