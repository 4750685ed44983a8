/**
 * Snippets with highlighted words, computed from an item's search text. Pure. A word is a hit
 * when it starts with one of the query's stems (PostgreSQL's danish lexemes: "beslutning" marks
 * "beslutningerne") or contains one of its terms ("sundhedsplan" marks "nærsundhedsplan").
 * The result is plain segments; the view escapes them and wraps hits in <mark>.
 */

export interface SnippetSegment {
  text: string;
  isHit: boolean;
}

export interface HighlightTerms {
  /** Lexemes from to_tsvector('danish', query). */
  stems: string[];
  /** Lower-case words and phrases of the query. */
  terms: string[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function isHit(word: string, { stems, terms }: HighlightTerms): boolean {
  const lower = word.toLowerCase();
  if (stems.some((stem) => (stem.length >= 3 ? lower.startsWith(stem) : lower === stem))) return true;
  return terms.some((term) => !term.includes(' ') && term.length >= 3 && lower.includes(term));
}

/** Marks the hits of a short text (a title) without cutting it. */
export function highlightText(text: string, terms: HighlightTerms): SnippetSegment[] {
  return mark(text, 0, text.length, terms);
}

/**
 * A window of about `words` words around the first hit in `text` (its start when nothing hits),
 * with "…" where it was cut.
 */
export function makeSnippet(text: string, terms: HighlightTerms, words = 32): SnippetSegment[] {
  // "Resumé\nTekst …" reads as "Resumé: Tekst …" once the lines are joined.
  const flat = text
    .replace(/(^|\n\s*\n)([^\n.:]{1,40})\n/g, '$1$2: ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat === '') return [];
  const matches = [...flat.matchAll(WORD)];
  if (matches.length === 0) return [{ text: flat.slice(0, 240), isHit: false }];
  let first = matches.findIndex((m) => isHit(m[0], terms));
  if (first < 0) first = 0;
  const startWord = Math.max(0, first - Math.floor(words / 3));
  const endWord = Math.min(matches.length - 1, startWord + words - 1);
  const start = startWord === 0 ? 0 : matches[startWord].index!;
  const endMatch = matches[endWord];
  const end = endWord === matches.length - 1 ? flat.length : endMatch.index! + endMatch[0].length;
  const segments = mark(flat, start, end, terms);
  if (start > 0) segments.unshift({ text: '… ', isHit: false });
  if (end < flat.length) segments.push({ text: ' …', isHit: false });
  return merge(segments);
}

function mark(text: string, start: number, end: number, terms: HighlightTerms): SnippetSegment[] {
  const part = text.slice(start, end);
  const segments: SnippetSegment[] = [];
  let at = 0;
  for (const match of part.matchAll(WORD)) {
    if (!isHit(match[0], terms)) continue;
    if (match.index! > at) segments.push({ text: part.slice(at, match.index), isHit: false });
    segments.push({ text: match[0], isHit: true });
    at = match.index! + match[0].length;
  }
  if (at < part.length) segments.push({ text: part.slice(at), isHit: false });
  return merge(segments);
}

function merge(segments: SnippetSegment[]): SnippetSegment[] {
  const merged: SnippetSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && !last.isHit && !segment.isHit) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
