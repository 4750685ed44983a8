/**
 * Headings of the plain-text layouts: item headings ("Punkt 3: …", "Pkt. 3 - …", "3 (Åben) …",
 * "3. …" where the contents list the title) and section headings on a line of their own
 * ("Resumé", "Beslutning", "Beslutning i Sundhedsråd X den 23-03-2026"). Pure; linear.
 */
import { findDanishDate } from '../../../domain/danish-dates.js';
import type { DecisionMark } from '../../draft.js';
import { collapseSpace, foldHeading, foldTitle, stripHeadingMarks } from '../../fold.js';
import type { Line } from '../../lines.js';
import { titlesAgree } from '../../titles.js';
import { isTocLike, type TocEntry } from '../../toc.js';
import { DECISION_HEADINGS, SECTION_HEADINGS } from '../../vocabulary.js';
import { stripTrailingDate } from './header.js';

export type HeadingStyle = 'punkt' | 'punkt-loose' | 'subheader' | 'numbered';

export interface ItemHeading {
  /** 0-based line of the heading. */
  line: number;
  number: number;
  /** What follows the number on the heading line: the title's first part. */
  text: string;
  style: HeadingStyle;
}

export const PUNKT = /^(?:punkt|pkt\.?)\s*(\d{1,5})\s*:\s*(.*)$/i;
const PUNKT_LOOSE = /^(?:punkt|pkt\.?)\s*(\d{1,5})\s*[.\-–]\s+(\S.*)$/i;
/** "1 (Åben) Godkendelse af dagsorden": a sub-heading in some layouts, the heading in others. */
export const SUBHEADER = /^(\d{1,5})\s+\((åben|åbent|lukket|lukket punkt)\)\s*(.*)$/i;
const NUMBERED = /^(\d{1,5})\.\s+(\S.*)$/;

const STYLES: ReadonlyArray<readonly [HeadingStyle, RegExp]> = [
  ['punkt', PUNKT],
  ['punkt-loose', PUNKT_LOOSE],
  ['subheader', SUBHEADER],
  ['numbered', NUMBERED],
];

/** "Punkt 3: Titel" (and the looser forms) → number and title part; null when not a heading. */
export function matchItemHeading(text: string, style: HeadingStyle = 'punkt'): { number: number; text: string } | null {
  if (text.length > 2000) return null;
  const pattern = STYLES.find(([name]) => name === style)?.[1] ?? PUNKT;
  const match = pattern.exec(text);
  if (!match) return null;
  if (isTocLike(text)) return null;
  const rest = style === 'subheader' ? match[3] : match[2];
  return { number: Number(match[1]), text: rest.trim() };
}

/** The headings of one style, from line `from` on. */
function headingsOfStyle(
  lines: readonly Line[],
  from: number,
  toc: readonly TocEntry[],
  style: HeadingStyle,
): ItemHeading[] {
  const found: ItemHeading[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line.noise || line.trimmed === '') continue;
    const first = line.trimmed.charCodeAt(0);
    // Cheap pre-check: every style starts with "P"/"p" or a digit.
    if (!(first === 80 || first === 112 || (first >= 48 && first <= 57))) continue;
    const match = matchItemHeading(line.trimmed, style);
    if (!match) continue;
    if (style === 'numbered' && !toc.some((entry) => titlesAgree(match.text, entry.title))) continue;
    const previous = found[found.length - 1];
    if (previous && previous.number === match.number && foldTitle(previous.text) === foldTitle(match.text)) continue;
    found.push({ line: i, number: match.number, text: match.text, style });
  }
  return found;
}

/**
 * The item headings of a document. The first style that occurs wins ("Punkt N:" before the
 * others); plain "N. Titel" lines count only when the table of contents lists the same title,
 * since numbered lists look the same. A heading repeated as a running page header is dropped.
 */
export function findItemHeadings(lines: readonly Line[], from: number, toc: readonly TocEntry[]): ItemHeading[] {
  for (const [style] of STYLES) {
    if (style === 'numbered' && toc.length === 0) continue;
    const found = headingsOfStyle(lines, from, toc, style);
    if (found.length > 0) return found;
  }
  return [];
}

const SECTION_SET = new Set<string>(SECTION_HEADINGS);
const MAX_PLAIN_HEADING = Math.max(...SECTION_HEADINGS.map((h) => h.length)) + 8;
const DECISION_SET = new Set<string>(DECISION_HEADINGS);

export interface HeadingInfo {
  /** As printed, without Markdown marks. */
  heading: string;
  folded: string;
  /** Set when the heading records a decision: its printed date and body, when it names them. */
  decision: DecisionMark | null;
}

/** "beslutning i <organ>" (what is left of a dated decision heading without its date). */
const DATED_DECISION_START = /^beslutning(?:er)?(?:\s+(?:i|på|fra|af|for)\s+(.+))?$/;
/** "<organ>s beslutning". */
const DATED_DECISION_END = /^(.+?)\s+beslutning(?:er)?$/;

/**
 * A section heading on a line of its own: one of the standard headings, or a dated decision
 * heading ("Beslutning i Sundhedsråd X den 23-03-2026", "Magistratens beslutning den 1. oktober
 * 2025"). Anything with more after it (a colon and text, a sentence) is not a heading.
 */
export function classifyHeading(text: string): HeadingInfo | null {
  if (text.length > 160 || text.length < 3) return null;
  // Standard headings are short; longer ones are dated decision headings.
  if (text.length > MAX_PLAIN_HEADING && !text.includes('eslutning') && !text.includes('ESLUTNING')) return null;
  const heading = stripHeadingMarks(text);
  const folded = foldHeading(heading);
  if (SECTION_SET.has(folded)) {
    return { heading, folded, decision: DECISION_SET.has(folded) ? { date: null, body: null } : null };
  }
  if (!folded.includes('beslutning') || /[.:;]$/.test(folded)) return null;
  const date = findDanishDate(heading);
  if (!date) return null;
  // The date must end the heading ("… den 23-03-2026", perhaps "kl. 17.30"): else it is a sentence.
  const undated = stripTrailingDate(heading);
  if (undated === collapseSpace(heading)) return null;
  const rest = foldHeading(undated);
  const start = DATED_DECISION_START.exec(rest);
  const end = start ? null : DATED_DECISION_END.exec(rest);
  if (!start && !end) return null;
  return { heading, folded, decision: { date, body: (start ? start[1] : end?.[1]) ?? null } };
}
