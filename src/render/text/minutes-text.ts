/**
 * Meeting document → plain text in the layouts that First Agenda's published PDFs give after text
 * extraction (the family of ../shared/seeds/). The importer reads this text back to the same
 * document; the bench corpus generator and the `.txt` download use it.
 *
 * Layouts:
 * - "standard": participants with party letters, the case number on the line after the item
 *   heading, "Beslutning i <body> den DD-MM-YYYY", "Fraværende <names>" under an item.
 * - "decision-first": no participants line; the decision first, then attachments, then the case
 *   text again with CAPITALISED headings.
 * - "open-block": "N (Åben) Title", the body's name, "Sags ID:", "Dok ID:", "." for an empty
 *   section, absentee tables (name, title, role, (party)) and numbered attachments with DokID.
 * - "time-slots": like "standard" with time slots in the item headings "(14.30-15.00)".
 */

import { formatDate, WEEKDAYS, weekday } from '../../domain/danish-dates.js';
import type { AgendaItem, MeetingDocument, Section } from '../../domain/meeting-document.js';

export const TEXT_LAYOUTS = ['standard', 'decision-first', 'open-block', 'time-slots'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

function numericDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function participantLine(document: MeetingDocument): string | null {
  if (document.participants.length === 0) return null;
  const names = document.participants.map((p) => {
    const parts = [p.name];
    if (p.party) parts.push(p.party);
    else if (p.organization) parts.push(p.organization);
    const text = parts.join(', ');
    return p.absent ? `${text} (Fravær)` : text;
  });
  return `Mødedeltagere ${names.join(', ')}`;
}

function titleWithSlot(item: AgendaItem): string {
  return item.timeSlot ? `${item.title} (${item.timeSlot})` : item.title;
}

function tocLine(item: AgendaItem, page: number): string {
  const title = titleWithSlot(item);
  return title.length > 100 ? `${title.slice(0, 100)}\t${page}` : `${title}.....\t${page}`;
}

function sectionBlock(section: Section, { upper = false, emptyAsDot = false } = {}): string[] {
  const heading = upper ? section.heading.toUpperCase() : section.heading;
  const text = section.text.trim() || (emptyAsDot ? '.' : '');
  return text ? [heading, text] : [heading];
}

function isDecisionHeading(heading: string): boolean {
  return /^beslutning/i.test(heading.trim());
}

/** Renders the whole document in one layout. Blank lines separate every block, as in the seeds. */
export function renderMinutesText(document: MeetingDocument, layout: TextLayout = 'standard'): string {
  const blocks: string[] = [];
  const kind = document.documentType === 'referat' ? 'REFERAT' : 'DAGSORDEN';
  blocks.push(`${kind} ${document.body} d. ${numericDate(document.date)}`);
  const dayName = capitalise(WEEKDAYS[weekday(document.date)]);
  blocks.push(
    `Mødedato ${dayName} d. ${formatDate(document.date).replace(/^(\d)\./, '0$1.')}${document.startTime ? ` kl. ${document.startTime}` : ''}`,
  );
  if (document.location) blocks.push(`Mødested ${document.location}`);
  const participants = layout === 'decision-first' ? null : participantLine(document);
  if (participants) blocks.push(participants);
  blocks.push('Indholdsfortegnelse');
  blocks.push(document.items.map((item, i) => tocLine(item, 3 + i * 2)).join('\n'));
  for (const item of document.items) blocks.push(...renderItem(document, item, layout));
  return `\n\n${blocks.join('\n\n')}\n`;
}

function renderItem(document: MeetingDocument, item: AgendaItem, layout: TextLayout): string[] {
  const blocks: string[] = [];
  const heading = layout === 'time-slots' || item.timeSlot ? titleWithSlot(item) : item.title;
  blocks.push(`Punkt ${item.number}: ${heading}`);
  if (item.closed && item.sections.length === 0 && !item.decision) return blocks;
  if (item.caseNumber) blocks.push(item.caseNumber);
  const decisionText = item.decision?.text ?? null;
  const ordinary = item.sections.filter((s) => !isDecisionHeading(s.heading));

  if (layout === 'decision-first') {
    if (decisionText) blocks.push('Beslutning', decisionText);
    if (item.attachments.length > 0) blocks.push('Bilag', ...item.attachments.map((a) => a.title));
    for (const section of ordinary) blocks.push(...sectionBlock(section, { upper: true }));
    return blocks;
  }

  if (layout === 'open-block') {
    blocks.push(`${item.number} (${item.closed ? 'Lukket' : 'Åben'}) ${item.title}`, document.body);
    if (item.caseNumber) blocks.push(`Sags ID: ${item.caseNumber}`);
    if (item.documentId) blocks.push(`Dok ID: ${item.documentId}`);
    for (const section of ordinary) blocks.push(...sectionBlock(section, { emptyAsDot: true }));
    if (decisionText) blocks.push('Beslutning', decisionText);
    if (item.absent.length > 0) {
      blocks.push(
        'Fraværende',
        item.absent
          .map((a) => [a.name, a.title ?? '', a.role ?? '', a.party ? `(${a.party})` : ''].join('\t'))
          .join('\n'),
      );
    }
    blocks.push('Bilag');
    blocks.push(
      item.attachments.length > 0
        ? item.attachments
            .map(
              (a, i) =>
                `${i + 1}. ${a.title}${a.documentId ? ` (DokID: ${a.documentId}${a.caseNumber ? ` - ${a.caseNumber}` : ''})` : ''}`,
            )
            .join('\n')
        : '.',
    );
    return blocks;
  }

  for (const section of ordinary) blocks.push(...sectionBlock(section));
  if (decisionText) {
    blocks.push(`Beslutning i ${document.body} den ${numericDate(item.decision?.date ?? document.date)}`, decisionText);
  }
  if (item.absent.length > 0) blocks.push(`Fraværende ${item.absent.map((a) => a.name).join(', ')}`);
  if (item.attachments.length > 0) blocks.push('Bilag', ...item.attachments.map((a) => a.title));
  return blocks;
}
