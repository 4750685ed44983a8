/**
 * Section text as the readers store it (a small Markdown: paragraphs split by blank lines, "- "
 * and "1. " lists, <https://…> and [text](https://…) links) → HTML. Everything is text to JSX, so
 * it is escaped; only http(s) links become links. `marks`: a member's own highlighted passages,
 * shown in <mark> (domain/highlights.ts finds them in each run of text).
 */
import type { Child } from 'hono/jsx';
import { markedSegments } from '../../domain/highlights.js';

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;
const LINK = /<(https?:\/\/[^\s>]+)>|\[([^\]]{1,300})\]\((https?:\/\/[^\s)]+)\)/g;

export function Markdown({ text, marks = [] }: { text: string; marks?: readonly string[] }) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return <>{blocks.map((block) => renderBlock(block, marks))}</>;
}

function renderBlock(block: string, marks: readonly string[]): Child {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines.every((line) => BULLET.test(line))) {
    return (
      <ul>
        {lines.map((line) => (
          <li>{inline(line.replace(BULLET, ''), marks)}</li>
        ))}
      </ul>
    );
  }
  if (lines.length > 0 && lines.every((line) => NUMBERED.test(line))) {
    return (
      <ol>
        {lines.map((line) => (
          <li>{inline(line.replace(NUMBERED, ''), marks)}</li>
        ))}
      </ol>
    );
  }
  if (lines.length > 1 && lines.some((line) => line.includes('\t'))) {
    return (
      <p class="preserve-lines">
        {lines.map((line, i) => [i > 0 ? <br /> : null, inline(line.replace(/\t+/g, ' · '), marks)])}
      </p>
    );
  }
  return <p>{inline(lines.join(' '), marks)}</p>;
}

/** A run of text with the marked passages in <mark>. */
function marked(text: string, marks: readonly string[]): Child {
  if (marks.length === 0) return text;
  return markedSegments(text, marks).map((segment) =>
    segment.isMarked ? <mark class="member-highlight">{segment.text}</mark> : segment.text,
  );
}

function inline(text: string, marks: readonly string[]): Child[] {
  const parts: Child[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const url = match[1] ?? match[3];
    const label = match[2] ?? url;
    if (match.index! > at) parts.push(marked(text.slice(at, match.index), marks));
    parts.push(<a href={url}>{marked(label, marks)}</a>);
    at = match.index! + match[0].length;
  }
  if (at < text.length) parts.push(marked(text.slice(at), marks));
  return parts;
}
