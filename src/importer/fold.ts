/**
 * Text folding: the one place that says how printed text is compared, keyed and joined. Readers,
 * refiners and extraction all fold through here, so that "RESUMÉ" and "Resumé", "Sundheds- og
 * Forebyggelsesudvalgets" and "…udvalget", or a title in the contents and the same title cut
 * short are the same thing everywhere. Pure; every function is linear in its input.
 */

const SPACING = /\s\s|[\t\n\r\f\v\u00A0]/;

/** Every run of whitespace (non-breaking spaces included) as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whitespace as a browser folds it in running text: runs become one space (not trimmed).
 * With `keepTabs`, tab characters survive (DOCX tab stops separate table cells).
 */
export function foldHtmlSpace(text: string, keepTabs = false): string {
  if (keepTabs) return FOLDS_KEEPING_TABS.test(text) ? text.replace(/[ \n\r\f\v\u00a0\u200b]+/g, ' ') : text;
  return FOLDS.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, ' ') : text;
}

// Text that folding would change: a space that is not " ", or two spaces. Most text nodes have neither.
const FOLDS = /[^\S ]|\u200b| {2}/;
const FOLDS_KEEPING_TABS = /[\n\r\f\v\u00a0\u200b]| {2}/;

/** A heading without the Markdown marks around it ("## Resumé", "**Beslutning**"); trimmed. */
export function stripHeadingMarks(text: string): string {
  let value = text.trim();
  if (value.startsWith('#')) value = value.replace(/^#+\s*/, '');
  if (value.startsWith('**') && value.endsWith('**') && value.length > 4) value = value.slice(2, -2).trim();
  return value;
}

/**
 * Headings, labels and vocabulary words as compared: without Markdown marks, lower case, "é" as
 * "e", whitespace collapsed. Everything in vocabulary.ts is written folded this way.
 */
export function foldHeading(text: string): string {
  let value = stripHeadingMarks(text).toLowerCase();
  if (value.includes('é')) value = value.replace(/é/g, 'e');
  return SPACING.test(value) ? value.replace(/\s+/g, ' ') : value;
}

const FANCY = /[”“„«»’‘`´–—‐‑]/;
const TRAILING = ' \t.…:';

/** Titles as compared: lower case, one space, straight quotes and dashes, no final dot or colon. */
export function foldTitle(text: string): string {
  let value = text.toLowerCase();
  if (FANCY.test(value)) {
    value = value
      .replace(/[”“„«»"]/g, '"')
      .replace(/[’‘`´]/g, "'")
      .replace(/[–—‐‑]/g, '-');
  }
  if (SPACING.test(value)) value = value.replace(/\s+/g, ' ');
  let end = value.length;
  while (end > 0 && TRAILING.includes(value[end - 1])) end--;
  return value.slice(0, end).trim();
}

/**
 * The name of a body as compared: "Sundheds- og Forebyggelsesudvalgets" and "Sundheds- og
 * Forebyggelsesudvalget" fold to the same key (letters and digits, one space, no genitive "s").
 */
export function bodyKey(name: string): string {
  return foldHeading(name)
    .replace(/[^a-zæøå0-9]+/g, ' ')
    .trim()
    .replace(/s$/, '');
}

/** Does a body named in a heading ("Sundhedsrådets beslutning") name this meeting's body? */
export function sameBody(named: string, body: string): boolean {
  const a = bodyKey(named);
  const b = bodyKey(body);
  if (a === '' || b === '') return false;
  return a.includes(b) || b.includes(a);
}

/** Attachment titles as compared: no file extension, "æøå" spelled out, letters and digits only. */
export function attachmentKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\.(pdf|docx?|xlsx?|pptx?|txt|odt)$/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A line of page furniture as compared across pages: digits (page numbers) do not count. */
export function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Words after a hyphen at a line end that show the hyphen is a real one ("Sundheds- og Omsorgsudvalget"). */
const CONJUNCTION = /^(og|eller|samt|til|som)\b/;
const LETTER_HYPHEN = /\p{L}-$/u;
const DIGIT_HYPHEN = /\d-$/;

/**
 * Joins a line to the next one it wraps onto. A hyphen at the end decides how:
 * - before "og", "eller", "samt", "til", "som" it is a real hyphen of a shortened compound and
 *   keeps its space: "Sundheds-" + "og Omsorgsudvalget" → "Sundheds- og Omsorgsudvalget";
 * - after a digit, or before a digit, it binds a compound: "2030-" + "fremskrivning" →
 *   "2030-fremskrivning", "2027-" + "2028" → "2027-2028", "COVID-" + "19" → "COVID-19";
 * - after a letter and before a lower-case letter it was a hyphenation: "fremskriv-" + "ning"
 *   → "fremskrivning";
 * - anything else (a dash after a space, a capital after the hyphen) is joined with a space.
 */
export function joinWrapped(line: string, next: string): string {
  if (line === '') return next;
  if (next === '' || !line.endsWith('-') || CONJUNCTION.test(next)) return `${line} ${next}`;
  const tail = line.slice(-2);
  if (DIGIT_HYPHEN.test(tail) && /^[\p{L}\d]/u.test(next)) return `${line}${next}`;
  if (LETTER_HYPHEN.test(tail) && /^\d/.test(next)) return `${line}${next}`;
  if (LETTER_HYPHEN.test(tail) && /^\p{Ll}/u.test(next)) return `${line.slice(0, -1)}${next}`;
  return `${line} ${next}`;
}
