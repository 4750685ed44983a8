/**
 * One agenda item as lines of plain text, for comparing two published versions line by line:
 * title, time slot, case, each section's heading and text, the decision with its outcome and
 * dissents, attachments and absentees. Blank lines are left out. Pure.
 */
import type { AgendaItem } from '../../domain/meeting-document.js';
import { LABELS } from '../i18n.js';

export function itemLines(item: AgendaItem): string[] {
  const lines: string[] = [item.title];
  if (item.timeSlot) lines.push(`Tidspunkt: ${item.timeSlot}`);
  if (item.caseNumber) lines.push(`Sag: ${item.caseNumber}`);
  const text = (value: string) => value.split(/\r?\n/).map((line) => line.trimEnd());
  for (const section of item.sections) {
    lines.push(`${section.heading}:`, ...text(section.text));
  }
  if (item.decision) {
    lines.push(`Beslutning (${LABELS.da.outcome[item.decision.outcome]}):`, ...text(item.decision.text));
    for (const dissent of item.decision.dissents) lines.push(`Mindretal/forbehold: ${dissent}`);
  }
  if (item.attachments.length > 0) {
    lines.push('Bilag:', ...item.attachments.map((attachment) => `- ${attachment.title}`));
  }
  if (item.absent.length > 0) {
    lines.push(
      'Fraværende:',
      ...item.absent.map((absentee) => `- ${absentee.name}${absentee.role ? `, ${absentee.role}` : ''}`),
    );
  }
  return lines.filter((line) => line.trim() !== '');
}
