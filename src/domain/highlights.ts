/**
 * A member's highlighted passages of an item's text: the quote as it is kept (whitespace
 * collapsed), whether it is still found in the item's text after a change, and where it stands in
 * a run of text, for <mark>. The item's text is its sections' and decision's small Markdown
 * (render/html/markdown.tsx); a passage selected in a browser has no list markers and no link
 * syntax, so those are left out before looking for it. Pure.
 */

/** The longest passage kept, in characters. */
export const QUOTE_MAX = 1_000;
/** The shortest: a letter or two marks nothing worth finding again. */
export const QUOTE_MIN = 3;
/** The most highlights a member keeps on one item. */
export const HIGHLIGHTS_PER_ITEM_MAX = 50;

/** Whitespace (line breaks from a selection across paragraphs too) collapsed to single spaces, trimmed. */
export function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A passage as it is kept: each line's whitespace collapsed, blank lines gone, the lines (a
 * selection across paragraphs or list entries) joined by one line break, so each line can be
 * marked in its own paragraph.
 */
export function keptQuote(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map(normalizeQuote)
    .filter((line) => line !== '')
    .join('\n');
}

const BULLET = /^\s*(?:[-*•]|\d{1,3}[.)])\s+/gm;
const LINK = /<(https?:\/\/[^\s>]+)>|\[([^\]]{1,300})\]\((https?:\/\/[^\s)]+)\)/g;

/** An item's texts as a reader sees them: list markers and link syntax gone, whitespace collapsed. */
export function readableText(texts: readonly string[]): string {
  return normalizeQuote(
    texts
      .map((text) =>
        text
          .replace(BULLET, '')
          .replace(LINK, (_whole, bare: string | undefined, label: string | undefined) => bare ?? label ?? '')
          .replace(/\t+/g, ' · '),
      )
      .join('\n'),
  );
}

/** The texts of an item that can be highlighted (and are marked): its sections' and its decision's. */
export function highlightableTexts(item: {
  sections: readonly { text: string }[];
  decision: { text: string } | null;
}): string[] {
  return [...item.sections.map((section) => section.text), ...(item.decision ? [item.decision.text] : [])];
}

/** Whether the passage is still in the item's texts. */
export function isQuoteFound(quote: string, texts: readonly string[]): boolean {
  const wanted = normalizeQuote(quote);
  return wanted !== '' && readableText(texts).includes(wanted);
}

/** A quote as a pattern that any run of whitespace matches, so a line break in the text still matches a space. */
function quotePattern(quote: string): RegExp | null {
  const words = normalizeQuote(quote)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length === 0 ? null : new RegExp(words.join('\\s+'), 'g');
}

/**
 * A run of text cut where the quotes stand, for <mark>: the parts in order, each marked or not.
 * Overlapping quotes are merged. A quote that spans a paragraph break or a link is marked where
 * its parts fall within one run.
 */
export function markedSegments(text: string, quotes: readonly string[]): { text: string; isMarked: boolean }[] {
  const ranges: [number, number][] = [];
  const parts = quotes
    .filter((quote) => quote.includes('\n'))
    .flatMap((quote) => quote.split('\n'))
    .filter((part) => normalizeQuote(part).length >= QUOTE_MIN);
  for (const quote of [...quotes, ...parts]) {
    const pattern = quotePattern(quote);
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length]);
    }
  }
  if (ranges.length === 0) return [{ text, isMarked: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const segments: { text: string; isMarked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), isMarked: false });
    segments.push({ text: text.slice(start, end), isMarked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), isMarked: false });
  return segments;
}
