/**
 * This meeting's decision of each item. Readers mark the sections whose heading records a
 * decision ("Beslutning", "Beslutning i Sundhedsråd X den 23-03-2026", "Udvalgets beslutning den
 * 04.12.2012"), with the date and body the heading names; here one of them is chosen:
 *
 * 1. the last one dated the meeting day that names this body (or no body), one with text first;
 * 2. else the first undated one with text;
 * 3. else the last one dated the meeting day (naming the body otherwise, "Sundhedsrådet");
 * 4. else none: decisions dated other days, or quoted under "Sagsforløb", are other meetings'
 *    (kept as sections, with a warning when only such decisions are printed).
 *
 * A closed item without a decision heading may print its outcome without one: its first text.
 * The decision's text loses the lines naming absentees ("Afbud: …"), which become the item's
 * absentees; outcome, parts and dissents follow from the text (domain/decision.ts). A decision
 * section that is a table of people is the item's participants, not a decision.
 */
import { makeDecision } from '../../domain/decision.js';
import type { DraftDocument, DraftItem, DraftSection } from '../draft.js';
import { foldHeading, sameBody } from '../fold.js';
import { splitAbsenteeLines } from '../people.js';
import { HISTORY_HEADINGS } from '../vocabulary.js';
import type { Refiner } from './refiner.js';

const HISTORY = new Set<string>(HISTORY_HEADINGS);

/** Text worth recording: a letter or a digit (a lone "." or "-" is no decision). */
function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function chooseSection(item: DraftItem, draft: DraftDocument): DraftSection | null {
  const marked = item.sections.filter((s) => s.decision !== null && !HISTORY.has(foldHeading(s.heading)));
  const today = marked.filter((s) => s.decision?.date === draft.date);
  const ours = today.filter((s) => !s.decision?.body || sameBody(s.decision.body, draft.body));
  const oursWithText = ours.filter((s) => hasContent(s.text));
  if (oursWithText.length > 0) return oursWithText[oursWithText.length - 1];
  if (ours.length > 0) return ours[ours.length - 1];
  const undated = marked.find((s) => !s.decision?.date && hasContent(s.text));
  if (undated) return undated;
  if (today.length > 0) return today[today.length - 1];
  const other = marked.find((s) => s.decision?.date && hasContent(s.text));
  if (other) {
    item.warnings.push(
      `Punkt ${item.number}: beslutningen »${other.heading}« har ikke mødets dato (${draft.date}); den er ikke brugt som mødets beslutning.`,
    );
  }
  return null;
}

function decide(item: DraftItem, draft: DraftDocument): void {
  const chosen = chooseSection(item, draft);
  if (chosen?.people && chosen.people.length > 0) {
    item.tableParticipants = chosen.people;
    return;
  }
  const source =
    chosen ?? (item.closed ? (item.sections.find((s) => s.heading === '' && hasContent(s.text)) ?? null) : null);
  if (!source) return;
  const { text, absent } = splitAbsenteeLines(source.text);
  item.absent.push(...absent);
  // A decision heading of this meeting records a decision even when nothing is printed under it.
  if (chosen || hasContent(text)) item.decision = makeDecision(text, chosen?.decision?.date ?? null);
}

export const decisions: Refiner = {
  name: 'decisions',
  refine(draft) {
    for (const item of draft.items) decide(item, draft);
  },
};
