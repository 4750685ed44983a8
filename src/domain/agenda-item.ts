/**
 * What the public may see of an agenda item. A closed item ("Lukket") shows its number and its
 * title marked as closed, nothing else: not its sections, decision, attachments, absentees or case.
 */

/** "Lukket" stays "Lukket", "Lukket: Salg af …" stays as it is, anything else gets "Lukket: " in front. */
export function closedItemTitle(title: string): string {
  const trimmed = title.trim();
  if (/^lukket\b/i.test(trimmed)) return trimmed;
  return trimmed === '' ? 'Lukket' : `Lukket: ${trimmed}`;
}

/** The title to show the public: open items as printed, closed items marked as closed. */
export function publicItemTitle(title: string, isClosed: boolean): string {
  return isClosed ? closedItemTitle(title) : title;
}
