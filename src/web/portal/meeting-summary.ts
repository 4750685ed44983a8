/**
 * The meeting's decisions at a glance, from the items as the page already shows them: a closed
 * item whose content the viewer may not read gives "Lukket punkt" and nothing more — not even the
 * public title the item's own heading carries.
 */
import type { DecisionSummaryEntry } from '../../render/html/decision-summary.js';
import type { ItemView } from '../../render/html/item-content.js';
import { LABELS } from '../../render/i18n.js';

const LINE_LENGTH = 160;

/** The decision's first line as plain text, cut at a word within LINE_LENGTH characters. */
export function firstLine(text: string): string | null {
  const line = text
    .split('\n')
    .map((part) =>
      part
        .replace(/^\s*(?:[-*+]|\d+[.)]|#+|>)\s*/, '')
        .replace(/[*_`]+/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .trim(),
    )
    .find((part) => part !== '');
  if (!line) return null;
  if (line.length <= LINE_LENGTH) return line;
  const cut = line.slice(0, LINE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > LINE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}

/** The decision's first line, unless it only repeats the outcome ("Godkendt."). */
function decisionLine(decision: NonNullable<ItemView['decision']>): string | null {
  const line = firstLine(decision.text);
  const bare = line?.replace(/[\s.!]+$/, '').toLowerCase();
  return bare === LABELS.da.outcome[decision.outcome].toLowerCase() ? null : line;
}

/** One entry per item, in the page's order; null when no item has a decision (an agenda). */
export function presentDecisionSummary(items: ItemView[]): DecisionSummaryEntry[] | null {
  if (!items.some((item) => item.decision)) return null;
  return items.map((item) => {
    const hidden = item.isClosed && !item.showsClosedContent;
    return {
      number: item.number,
      anchor: item.anchor,
      title: hidden ? null : item.title,
      outcome: hidden ? null : (item.decision?.outcome ?? null),
      line: hidden || !item.decision ? null : decisionLine(item.decision),
      isClosed: item.isClosed,
    };
  });
}
