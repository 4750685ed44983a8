/**
 * Meeting document → plain text in the layouts that First Agenda's published PDFs give after text
 * extraction (the family of ../shared/seeds/). The importer reads this text back to the same
 * document; the bench corpus generator and the `.txt` download use it.
 *
 * Layouts:
 * - "standard": participants with party letters, the case number on the line after the item
 *   heading, "Beslutning i <body> den DD-MM-YYYY", "Fraværende <names>" under an item. Its
 *   round trip is exact: the text reader reads it back to `printedDocument(document)`, which is
 *   the document itself whenever its sections carry its decision, absentees and attachments (as
 *   every document read from a text layout does).
 * - "decision-first": no participants line; the decision first, then attachments, then the case
 *   text again with CAPITALISED headings.
 * - "open-block": "N (Åben) Title", the body's name, "Sags ID:", "Dok ID:", "." for an empty
 *   section, absentee tables (name, title, role, (party)) and numbered attachments with DokID.
 * - "time-slots": like "standard" with time slots in the item headings "(14.30-15.00)" (the
 *   standard layout prints an item's time slot too, when it has one).
 *
 * What the standard layout cannot carry, because the text reader gives such lines another
 * meaning: section headings other than the standard ones (they are printed, and read back as
 * text of the section before), text lines that look like structure ("Punkt 3: …", a heading
 * word alone, "Fraværende <name>", a page stamp), case numbers without a digit, and a
 * participant's organisation or role that the reader's vocabulary does not know.
 */

import { parseCaseNumber } from '../../domain/case-number.js';
import { formatDate, WEEKDAYS, weekday } from '../../domain/danish-dates.js';
import type { AgendaItem, Attachment, MeetingDocument, Participant, Section } from '../../domain/meeting-document.js';
import { decisionCarrier, isDecisionHeading, listsAbsentees, listsAttachments } from '../item-parts.js';

export const TEXT_LAYOUTS = ['standard', 'decision-first', 'open-block', 'time-slots'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

function numericDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The header

/** "Anne Holm, V, Aabenraa Kommune (formand) (Fravær)": the order the text reader takes apart. */
function participantText(participant: Participant): string {
  const parts = [participant.name];
  if (participant.party) parts.push(participant.party);
  if (participant.organization) parts.push(participant.organization);
  let text = parts.join(', ');
  if (participant.role) text += ` (${participant.role})`;
  return participant.absent ? `${text} (Fravær)` : text;
}

function participantLine(document: MeetingDocument): string | null {
  if (document.participants.length === 0) return null;
  return `Mødedeltagere ${document.participants.map(participantText).join(', ')}`;
}

function dateLine(document: MeetingDocument): string {
  const dayName = capitalise(WEEKDAYS[weekday(document.date)]);
  const date = formatDate(document.date).replace(/^(\d)\./, '0$1.');
  return `Mødedato ${dayName} d. ${date}${document.startTime ? ` kl. ${document.startTime}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Item titles

/** Mirrors the reader: a title that starts with the word "Lukket" marks the item closed by itself. */
function saysClosed(title: string): boolean {
  return /^lukket(?:$|[\s:.\-–])/i.test(title.trim());
}

/** The title as printed: "(Lukket)" when the title does not say so itself, then the time slot. */
function printedTitle(item: AgendaItem): string {
  const marker = item.closed && !saysClosed(item.title) ? ' (Lukket)' : '';
  return `${item.title}${marker}${item.timeSlot ? ` (${item.timeSlot})` : ''}`;
}

function tocLine(item: AgendaItem, page: number): string {
  const title = printedTitle(item);
  return title.length > 100 ? `${title.slice(0, 100)}\t${page}` : `${title}.....\t${page}`;
}

/** The case number on a line of its own when the reader recognises it so, else with its label. */
function caseNumberLine(caseNumber: string): string {
  return parseCaseNumber(caseNumber) === caseNumber ? caseNumber : `Sags ID: ${caseNumber}`;
}

// ---------------------------------------------------------------------------------------------
// The printed form: every decision, absentee list and attachment list carried by a section

function decisionHeading(document: MeetingDocument, date: string | null): string {
  return date ? `Beslutning i ${document.body} den ${numericDate(date)}` : 'Beslutning';
}

function attachmentLine(attachment: Attachment): string {
  if (!attachment.documentId) return attachment.title;
  const caseNumber = attachment.caseNumber ? ` - ${attachment.caseNumber}` : '';
  return `${attachment.title} (DokID: ${attachment.documentId}${caseNumber})`;
}

function absenteeText(item: AgendaItem): string {
  if (item.absent.some((a) => a.title)) {
    return item.absent
      .map((a) => [a.name, a.title ?? '', a.role ?? '', a.party ? `(${a.party})` : ''].filter(Boolean).join('\t'))
      .join('\n');
  }
  return item.absent
    .map((a) => {
      const text = a.party ? `${a.name}, ${a.party}` : a.name;
      return a.role ? `${text} (${a.role})` : text;
    })
    .join(', ');
}

/**
 * The item's sections as the standard layout prints them: its own sections as they are, then —
 * for a decision, absentees or attachments that no section carries — a section for each
 * ("Beslutning i <body> den <date>", "Fraværende", "Bilag").
 */
export function printedSections(document: MeetingDocument, item: AgendaItem): Section[] {
  const sections = [...item.sections];
  if (item.decision && !decisionCarrier(item)) {
    sections.push({ heading: decisionHeading(document, item.decision.date), text: item.decision.text });
  }
  if (item.absent.length > 0 && !item.sections.some(listsAbsentees)) {
    sections.push({ heading: 'Fraværende', text: absenteeText(item) });
  }
  if (item.attachments.length > 0 && !item.sections.some(listsAttachments)) {
    sections.push({ heading: 'Bilag', text: item.attachments.map(attachmentLine).join('\n\n') });
  }
  return sections;
}

/**
 * The document as the standard layout prints it, and so as the text reader reads it back: each
 * item's sections completed by `printedSections`. A document read from a text layout is its own
 * printed form.
 */
export function printedDocument(document: MeetingDocument): MeetingDocument {
  return {
    ...document,
    items: document.items.map((item) => ({ ...item, sections: printedSections(document, item) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** "Fraværende Michael Haslund, PLO" on one line, as the seeds print it. */
const ONE_LINE_ABSENT = /^(Fraværende|FRAVÆRENDE|Afbud fra|AFBUD FRA|Afbud|AFBUD|Fravær|FRAVÆR)$/;

function sectionBlocks(section: Section, { upper = false, emptyAsDot = false } = {}): string[] {
  const heading = upper ? section.heading.toUpperCase() : section.heading;
  const text = section.text.trim() || (emptyAsDot && heading ? '.' : '');
  if (!upper && ONE_LINE_ABSENT.test(heading) && /^\p{Lu}[^\n\t]{0,299}$/u.test(text)) return [`${heading} ${text}`];
  return [heading, text].filter((block) => block !== '');
}

/** Renders the whole document in one layout. Blank lines separate every block, as in the seeds. */
export function renderMinutesText(document: MeetingDocument, layout: TextLayout = 'standard'): string {
  const blocks: string[] = [];
  const kind = document.documentType === 'referat' ? 'REFERAT' : 'DAGSORDEN';
  blocks.push(`${kind} ${document.body} d. ${numericDate(document.date)}`);
  blocks.push(dateLine(document));
  if (document.location) blocks.push(`Mødested ${document.location}`);
  const participants = layout === 'decision-first' ? null : participantLine(document);
  if (participants) blocks.push(participants);
  blocks.push('Indholdsfortegnelse');
  blocks.push(document.items.map((item, i) => tocLine(item, 3 + i * 2)).join('\n'));
  for (const item of document.items) blocks.push(...renderItem(document, item, layout).filter((block) => block !== ''));
  return `\n\n${blocks.join('\n\n')}\n`;
}

function renderItem(document: MeetingDocument, item: AgendaItem, layout: TextLayout): string[] {
  if (layout === 'decision-first') return decisionFirstItem(item);
  if (layout === 'open-block') return openBlockItem(document, item);
  const blocks = [`Punkt ${item.number}: ${printedTitle(item)}`];
  if (item.caseNumber) blocks.push(caseNumberLine(item.caseNumber));
  if (item.documentId) blocks.push(`Dok ID: ${item.documentId}`);
  for (const section of printedSections(document, item)) blocks.push(...sectionBlocks(section));
  return blocks;
}

/** The sections other than the one carrying the decision (which these layouts print apart). */
function sectionsWithoutDecision(item: AgendaItem): Section[] {
  const carrier = decisionCarrier(item);
  return item.sections.filter((s) => s !== carrier && !isDecisionHeading(s.heading));
}

function decisionFirstItem(item: AgendaItem): string[] {
  const blocks = [`Punkt ${item.number}: ${printedTitle(item)}`];
  if (item.caseNumber) blocks.push(caseNumberLine(item.caseNumber));
  if (item.decision) blocks.push('Beslutning', item.decision.text);
  if (item.attachments.length > 0) blocks.push('Bilag', ...item.attachments.map((a) => a.title));
  for (const section of sectionsWithoutDecision(item)) blocks.push(...sectionBlocks(section, { upper: true }));
  return blocks;
}

function openBlockItem(document: MeetingDocument, item: AgendaItem): string[] {
  const title = item.timeSlot ? `${item.title} (${item.timeSlot})` : item.title;
  const blocks = [`Punkt ${item.number}: ${title}`];
  blocks.push(`${item.number} (${item.closed ? 'Lukket' : 'Åben'}) ${item.title}`, document.body);
  if (item.caseNumber) blocks.push(`Sags ID: ${item.caseNumber}`);
  if (item.documentId) blocks.push(`Dok ID: ${item.documentId}`);
  // Absentees and attachments are printed from the item's lists below, in this layout's tables.
  const ordinary = sectionsWithoutDecision(item).filter((s) => !listsAbsentees(s) && !listsAttachments(s));
  for (const section of ordinary) blocks.push(...sectionBlocks(section, { emptyAsDot: true }));
  if (item.decision) blocks.push('Beslutning', item.decision.text);
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
