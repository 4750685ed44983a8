/**
 * Section text as the readers store it (a small Markdown: paragraphs split by blank lines, "- "
 * and "1. " lists, <https://…> and [text](https://…) links) → HTML. Everything is text to JSX, so
 * it is escaped; only http(s) links become links.
 */
import type { Child } from 'hono/jsx';

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;
const LINK = /<(https?:\/\/[^\s>]+)>|\[([^\]]{1,300})\]\((https?:\/\/[^\s)]+)\)/g;

export function Markdown({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return <>{blocks.map((block) => renderBlock(block))}</>;
}

function renderBlock(block: string): Child {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines.every((line) => BULLET.test(line))) {
    return (
      <ul>
        {lines.map((line) => (
          <li>{inline(line.replace(BULLET, ''))}</li>
        ))}
      </ul>
    );
  }
  if (lines.length > 0 && lines.every((line) => NUMBERED.test(line))) {
    return (
      <ol>
        {lines.map((line) => (
          <li>{inline(line.replace(NUMBERED, ''))}</li>
        ))}
      </ol>
    );
  }
  if (lines.length > 1 && lines.some((line) => line.includes('\t'))) {
    return (
      <p class="preserve-lines">
        {lines.map((line, i) => [i > 0 ? <br /> : null, inline(line.replace(/\t+/g, ' · '))])}
      </p>
    );
  }
  return <p>{inline(lines.join(' '))}</p>;
}

function inline(text: string): Child[] {
  const parts: Child[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const url = match[1] ?? match[3];
    const label = match[2] ?? url;
    if (match.index! > at) parts.push(text.slice(at, match.index));
    parts.push(<a href={url}>{label}</a>);
    at = match.index! + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
