/**
 * Markup of published agendas → Markdown-ish text (paragraphs separated by a blank line, "- "
 * lists, "1. " numbered lists, links as [text](url), tables as Markdown tables) and into
 * heading-led chunks, which the readers turn into sections. Pure.
 */
import { markupBlocks } from './blocks.js';
import type { MarkupElement } from './tree.js';

export interface HtmlChunk {
  /** The heading as printed ("" for an empty heading tag); null for text before the first heading. */
  heading: string | null;
  /** Heading level (1–6), 0 for text before the first heading. */
  level: number;
  /** Markdown. */
  text: string;
}

/**
 * Editors misuse heading tags for bold text: a "heading" that is long, holds more than one
 * sentence, or is a sentence of two or more words ending in ".", ",", ":" or ";" is a paragraph.
 */
function isHeadingLike(text: string): boolean {
  if (text.length > 90) return false;
  if (/[.!?]\s+\S/.test(text)) return false;
  return !(/[.,:;]$/.test(text) && text.split(/\s+/).length >= 2);
}

export function markupToMarkdown(root: MarkupElement): string {
  return markupBlocks(root, { links: true })
    .map((block) => block.text)
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * Splits an HTML fragment at its headings. Text before the first heading gets `heading: null`;
 * an empty heading tag starts a chunk with heading "". Chunks with neither heading nor text are
 * left out.
 */
export function markupChunks(root: MarkupElement): HtmlChunk[] {
  const chunks: HtmlChunk[] = [];
  let current: { heading: string | null; level: number; paragraphs: string[] } = {
    heading: null,
    level: 0,
    paragraphs: [],
  };
  const close = () => {
    const text = current.paragraphs.join('\n\n').trim();
    if (current.heading || text !== '') chunks.push({ heading: current.heading, level: current.level, text });
  };
  for (const block of markupBlocks(root, { links: true })) {
    if (block.type === 'heading' && isHeadingLike(block.text)) {
      close();
      current = { heading: block.text.replace(/:$/, '').trim(), level: block.level, paragraphs: [] };
    } else if (block.text !== '') {
      current.paragraphs.push(block.text);
    }
  }
  close();
  return chunks;
}
