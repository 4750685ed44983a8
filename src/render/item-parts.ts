/**
 * Which of an item's printed sections carries what: the section that records its decision, and
 * whether sections list its absentees and attachments. Shared by the text and PDF renderers, so
 * that neither prints a decision twice nor leaves one out. Mirrors how the text reader takes a
 * decision: under a decision heading, or — for a closed item — as its first unheaded text.
 */
import type { AgendaItem, Section } from '../domain/meeting-document.js';
import { sectionKind } from '../domain/sections.js';

export function isDecisionHeading(heading: string): boolean {
  return sectionKind(heading) === 'decision';
}

/** The section that carries the item's decision, or null (no decision, or none of the sections prints it). */
export function decisionCarrier(item: AgendaItem): Section | null {
  const decision = item.decision;
  if (!decision) return null;
  const headed = item.sections.find((s) => isDecisionHeading(s.heading) && s.text === decision.text);
  if (headed) return headed;
  if (item.closed && !item.sections.some((s) => isDecisionHeading(s.heading))) {
    const unheaded = item.sections.find((s) => s.heading === '' && s.text !== '');
    if (unheaded?.text === decision.text) return unheaded;
  }
  return null;
}

/** Does a section list the item's absentees ("Fraværende", "Afbud" …)? */
export function listsAbsentees(section: Section): boolean {
  return sectionKind(section.heading) === 'absent';
}

/** Does a section list the item's attachments ("Bilag")? */
export function listsAttachments(section: Section): boolean {
  return sectionKind(section.heading) === 'attachments';
}
