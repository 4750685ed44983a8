/**
 * Personal numbers (CPR-numre, DDMMYY-XXXX) in published text: found and masked before anything
 * harvested or imported is stored for the public. Pure.
 *
 * A candidate is ten digits written DDMMYY-XXXX (a hyphen or dash), DDMMYY XXXX (a space) or
 * DDMMYYXXXX, standing alone (no letter or digit right before or after it, and not part of a
 * longer number such as "1.203.241.234" or "12-010203-1234"), whose first six digits are a date
 * of the calendar: the century comes from the seventh digit as the CPR office assigns it, so
 * 29 February is checked against the right year; a replacement number (day + 60) counts only
 * beside a word. The date is not compared with today: tests use numbers "born" in 2030–2057,
 * which no person can have.
 *
 * "Near a word": one of the words CPR (also "cpr.nr.", "CPR-nummer", "CPR-nr", "cprnr"),
 * "personnummer" ("personnumre", "personnr", "person-nr") or "fødselsnummer", on the same line,
 * ending at most WORD_BEFORE characters before the number or starting at most WORD_AFTER
 * characters after it. A number that follows a number found this way within WORD_BEFORE
 * characters on the same line counts as near too ("CPR-numre: …, … og …").
 *
 * Confidence, and what is masked:
 * - `high`: near a word and the modulus-11 check holds;
 * - `medium`: near a word, modulus 11 fails (numbers issued since 2007 may fail it) — masked;
 * - `low`: no word nearby, but written DDMMYY-XXXX with a dash, a valid date and modulus 11 —
 *   masked too, and flagged so that an admin can see it (a look-alike is hidden rather than a
 *   real number shown).
 * Not masked: without a word, the forms with a space or without a separator (amounts in tables,
 * document ids, P-numbers) and a dashed number that fails modulus 11; anything whose first six
 * digits are not a date; case numbers ("24-004678", "00.01.00-A00-1-24", "2011-29298"), dates
 * ("15-03-2024", "15.03.2024"), phone numbers ("33 12 34 56", "3312 3456", "+45 33123456").
 */

export const CPR_CONFIDENCES = ['high', 'medium', 'low'] as const;

/**
 * The detector's version: raised whenever it finds more than before, so that the archive stored
 * until then is read again (src/use-cases/imports/rescan-personal-numbers.ts). 1: the first.
 */
export const CPR_DETECTOR_VERSION = 1;

export type CprConfidence = (typeof CPR_CONFIDENCES)[number];

/** What a masked number is replaced by, in every text the public may see. */
export const CPR_MASK = '[CPR-nummer skjult]';

/** Characters between a word's end and the number's start that still count as near. */
export const WORD_BEFORE = 30;
/** Characters between the number's end and a word's start that still count as near ("… (CPR)"). */
export const WORD_AFTER = 20;

export interface CprMatch {
  /** Where the number stands in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  confidence: CprConfidence;
  nearWord: boolean;
  modulus11: boolean;
}

const DASHES = '-\u2010\u2011\u2012\u2013';
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!\\p{N}[-./+:\u2010\u2011\u2012\u2013])(\\d{2})(\\d{2})(\\d{2})([${DASHES}]|[ \\u00a0])?(\\d{4})(?![\\p{L}\\p{N}])(?![-./:${DASHES.slice(1)}]\\p{N})`,
  'gu',
);
const WORD = /(?<![\p{L}\p{N}])(?:cpr|person[ -]?n(?:umme|um)?r|fødselsnummer)[\p{L}.-]*/giu;

/** The year a CPR number's date belongs to, from its two-digit year and the serial's first digit. */
function centuryYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Modulus 11 with the weights 4 3 2 7 6 5 4 3 2 1 (ten digits). */
export function passesModulus11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * weights[i];
  return sum % 11 === 0;
}

/** The date a CPR-shaped number's first six digits give ("2043-06-15"), or null; `replacement` allows day + 60. */
export function cprDate(digits: string, replacement = false): string | null {
  if (!/^\d{10}$/.test(digits)) return null;
  let day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = centuryYear(Number(digits.slice(4, 6)), Number(digits[6]));
  if (replacement && day > 60) day -= 60;
  if (!isDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The words near which a CPR-shaped number is taken for a personal number: their spans. */
function wordSpans(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether the gap text between two places is short enough and stays on one line. */
const nearby = (text: string, from: number, to: number, limit: number) =>
  to >= from && to - from <= limit && !/[\r\n]/.test(text.slice(from, to));

/** Every personal number in a text, in order, with its confidence (see the module's comment). */
export function findPersonalNumbers(text: string): CprMatch[] {
  if (!/\d{4}/.test(text)) return [];
  const words = wordSpans(text);
  const found: CprMatch[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[1] + m[2] + m[3] + m[5];
    const separator = m[4] ?? '';
    const nearWord =
      words.some((w) => nearby(text, w.end, start, WORD_BEFORE) || nearby(text, end, w.start, WORD_AFTER)) ||
      (lastEnd >= 0 && nearby(text, lastEnd, start, WORD_BEFORE) && found[found.length - 1].nearWord);
    if (cprDate(digits, nearWord) === null) continue;
    const modulus11 = passesModulus11(digits);
    let confidence: CprConfidence | null = null;
    if (nearWord) confidence = modulus11 ? 'high' : 'medium';
    else if (modulus11 && DASHES.includes(separator) && separator !== '') confidence = 'low';
    if (confidence === null) continue;
    found.push({ start, end, confidence, nearWord, modulus11 });
    lastEnd = end;
  }
  return found;
}

export interface MaskedText {
  text: string;
  /** Each number masked: its confidence and the masked text around it (for the admins). */
  found: Array<{ confidence: CprConfidence; context: string }>;
}

/** Characters of masked text shown on each side of a masked number. */
const CONTEXT = 40;

/** The text with every personal number replaced by CPR_MASK, and what was masked where. */
export function maskPersonalNumbers(text: string): MaskedText {
  const matches = findPersonalNumbers(text);
  if (matches.length === 0) return { text, found: [] };
  let out = '';
  let at = 0;
  const spans: Array<{ start: number; end: number; confidence: CprConfidence }> = [];
  for (const match of matches) {
    out += text.slice(at, match.start);
    spans.push({ start: out.length, end: out.length + CPR_MASK.length, confidence: match.confidence });
    out += CPR_MASK;
    at = match.end;
  }
  out += text.slice(at);
  return {
    text: out,
    found: spans.map((span) => ({ confidence: span.confidence, context: contextOf(out, span.start, span.end) })),
  };
}

/** The masked text around a span: up to CONTEXT characters each side, on its line, "…" where cut. */
function contextOf(text: string, start: number, end: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd, end + CONTEXT);
  const before = from > lineStart ? '…' : '';
  const after = to < lineEnd ? '…' : '';
  return `${before}${text.slice(from, to).trim()}${after}`.replace(/\s+/g, ' ');
}
