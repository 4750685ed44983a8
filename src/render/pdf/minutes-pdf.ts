/**
 * Meeting document → PDF in the familiar layout of published agendas and minutes: a front page
 * (document type, body, the Danish date, place, participants), a table of contents with page
 * numbers, then one item after another, each on a new page, with its sections, the decision set
 * apart with its outcome, attachments and absentees; "Side X af Y" in the footer. In Danish or
 * English (Protokol's own words: messages/pdf.ts). A tagged PDF (tagging.ts): structure tree in
 * reading order, language, title, PDF/UA identification. Made with pdfmake and its bundled Roboto
 * (embedded, so æøå extract correctly); no file or URL is read but the fonts.
 *
 * It renders what it is given: a public document (closed items as number and title only, from
 * loadMeetingDocument) gives a public PDF. Closed items are marked "Lukket punkt" either way. A
 * member's notes are printed only when given (a member's own copy, never cached or shared).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { publicItemTitle } from '../../domain/agenda-item.js';
import type {
  Absentee,
  AgendaItem,
  Attachment,
  Decision,
  MeetingDocument,
  Participant,
  Section,
} from '../../domain/meeting-document.js';
import { LABELS, type Lang } from '../i18n.js';
import { decisionCarrier, listsAbsentees, listsAttachments } from '../item-parts.js';
import { PDF_MESSAGES, type PdfMessages } from '../messages/pdf.js';
import { COLOURS, type Content, type ContentObject, STYLES } from './content.js';
import { markdownContent } from './markdown-content.js';
import { installTagging, tagContent, tagNode } from './tagging.js';

// ---------------------------------------------------------------------------------------------
// pdfmake (CommonJS, without types): the little of it that is used here

interface PdfMake {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  createPdf(definition: ContentObject): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let configured: PdfMake | null = null;

/** pdfmake with the bundled Roboto, and access to nothing but the font files. */
function pdfMake(): PdfMake {
  if (configured) return configured;
  const pdfmake = require('pdfmake') as PdfMake;
  const fonts = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
  const fontFiles = new Set(Object.values(fonts.Roboto).map((file) => path.resolve(file)));
  pdfmake.addFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => fontFiles.has(path.resolve(file)));
  installTagging();
  configured = pdfmake;
  return pdfmake;
}

// ---------------------------------------------------------------------------------------------
// Front page

function personLine(person: { name: string; party?: string | null }, ...more: (string | null | undefined)[]): string {
  const name = person.party ? `${person.name} (${person.party})` : person.name;
  return [name, ...more.filter((value): value is string => Boolean(value))].join(', ');
}

function participantLine(participant: Participant): string {
  return personLine(participant, participant.organization, participant.role);
}

function frontPage(document: MeetingDocument, m: PdfMessages, lang: Lang): Content[] {
  const present = document.participants.filter((p) => !p.absent);
  const absent = document.participants.filter((p) => p.absent);
  const rows: Content[][] = [
    [{ text: m.meetingDate, style: 'label' }, m.meetingDateText(document.date, document.startTime)],
  ];
  if (document.location) rows.push([{ text: m.place, style: 'label' }, document.location]);
  if (present.length > 0) {
    rows.push([{ text: m.participants, style: 'label' }, { stack: present.map(participantLine) }]);
  }
  if (absent.length > 0) {
    rows.push([{ text: m.absent, style: 'label' }, { stack: absent.map(participantLine) }]);
  }
  const closed = document.items.filter((item) => item.closed).length;
  rows.push([{ text: m.items, style: 'label' }, m.itemCount(document.items.length, closed)]);
  return [
    { text: LABELS[lang].documentType[document.documentType].toUpperCase(), style: 'kind', margin: [0, 80, 0, 0] },
    { text: document.body, style: 'title' },
    {
      pdfHeaderColumn: true,
      table: { widths: [100, '*'], body: rows },
      layout: {
        hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
          i === 0 || i === node.table.body.length ? 0.8 : 0.3,
        vLineWidth: () => 0,
        hLineColor: () => COLOURS.rule,
        paddingTop: () => 6,
        paddingBottom: () => 6,
        paddingLeft: () => 0,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Items

function itemHeading(item: AgendaItem, m: PdfMessages): string {
  const title = publicItemTitle(item.title, item.closed);
  return `${m.item(item.number)}: ${title}${item.timeSlot ? ` (${item.timeSlot})` : ''}`;
}

function closedMark(item: AgendaItem, m: PdfMessages): Content {
  const empty = item.sections.length === 0 && !item.decision && item.attachments.length === 0;
  return {
    pdfLayoutOnly: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: m.closedItem, bold: true, color: COLOURS.closed },
              {
                text: empty ? m.closedEmpty : m.closedContent,
                fontSize: 9,
                color: COLOURS.closed,
              },
            ],
            fillColor: COLOURS.closedFill,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 2 : 0),
      vLineColor: () => COLOURS.closed,
      paddingLeft: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [0, 6, 0, 4],
  };
}

function outcomeLine(decision: Decision, m: PdfMessages, lang: Lang): Content {
  const outcomes = LABELS[lang].outcome;
  const parts: Content[] = [{ text: `${m.outcome}: `, bold: true }, outcomes[decision.outcome]];
  if (decision.parts.length > 1) {
    parts.push(
      { text: '   ' },
      decision.parts.map((part) => `${m.part(part.label)}: ${outcomes[part.outcome]}`).join(' · '),
    );
  }
  return { text: parts, fontSize: 9, color: COLOURS.decisionRule, margin: [0, 0, 0, 4] };
}

function decisionBox(heading: string, decision: Decision, m: PdfMessages, lang: Lang): Content {
  const text = markdownContent(decision.text);
  return {
    pdfLayoutOnly: true,
    table: {
      widths: ['*'],
      // A short decision is never split over two pages.
      dontBreakRows: isShort(decision.text),
      body: [
        [
          {
            stack: [
              { text: heading, pdfRole: 'H3', bold: true, fontSize: 11.5, margin: [0, 0, 0, 2] },
              outcomeLine(decision, m, lang),
              ...(text.length > 0 ? text : [{ text: m.noDecisionText, italics: true }]),
            ],
            fillColor: COLOURS.decision,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 2.5 : 0),
      vLineColor: () => COLOURS.decisionRule,
      paddingLeft: () => 10,
      paddingRight: () => 8,
      paddingTop: () => 8,
      paddingBottom: () => 4,
    },
    margin: [0, 12, 0, 6],
  };
}

function attachmentLine(attachment: Attachment): string {
  const ids = [attachment.documentId ? `DokID: ${attachment.documentId}` : null, attachment.caseNumber ?? null].filter(
    Boolean,
  );
  return ids.length > 0 ? `${attachment.title} (${ids.join(', ')})` : attachment.title;
}

function attachmentsBlock(heading: string, attachments: Attachment[]): Content[] {
  const list = { ol: attachments.map(attachmentLine), margin: [0, 0, 0, 6] };
  return [{ stack: [{ text: heading, style: 'sectionHeading' }, list], unbreakable: attachments.length <= 12 }];
}

function absenteeLine(absentee: Absentee): string {
  return personLine(absentee, absentee.title, absentee.role);
}

function absenteesBlock(heading: string, absent: Absentee[]): Content[] {
  const list = { ul: absent.map(absenteeLine), margin: [0, 0, 0, 6] };
  return [{ stack: [{ text: heading, style: 'sectionHeading' }, list], unbreakable: absent.length <= 12 }];
}

/** Small enough to move to the next page whole, so that a heading never ends a page alone. */
function isShort(text: string): boolean {
  return text.length <= 900 && text.split('\n').length <= 12;
}

function sectionBlock(section: Section): Content[] {
  const paragraphs = section.text.trim().split(/\n\s*\n/);
  const text = markdownContent(section.text);
  if (text.length === 0) text.push({ text: '–', color: COLOURS.muted, style: 'paragraph' });
  if (!section.heading) return text;
  const heading = { text: section.heading, style: 'sectionHeading' };
  // The heading and the first paragraph (or list) stay together.
  const [first, ...rest] = text;
  if (isShort(paragraphs[0] ?? '')) return [{ stack: [heading, first], unbreakable: true }, ...rest];
  return [heading, ...text];
}

/** A member's own notes under an item: set apart, and said to be private. */
function notesBox(note: string, m: PdfMessages): Content {
  const text = markdownContent(note);
  return {
    pdfLayoutOnly: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: m.myNotes, pdfRole: 'H3', bold: true, fontSize: 11.5, margin: [0, 0, 0, 2] },
              { text: m.myNotesLead, fontSize: 9, color: COLOURS.muted, margin: [0, 0, 0, 4] },
              ...text,
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => COLOURS.rule,
      vLineColor: () => COLOURS.rule,
      paddingLeft: () => 10,
      paddingRight: () => 8,
      paddingTop: () => 8,
      paddingBottom: () => 4,
    },
    margin: [0, 12, 0, 6],
  };
}

function itemContent(document: MeetingDocument, item: AgendaItem, options: Required<PdfOptions>): Content[] {
  const m = PDF_MESSAGES[options.lang];
  const lang = options.lang;
  const blocks: Content[] = [
    {
      text: itemHeading(item, m),
      style: 'itemHeading',
      tocItem: true,
      pageBreak: 'before',
      id: `punkt-${item.number}`,
    },
  ];
  const meta = [
    item.caseNumber ? `${m.caseNumber}: ${item.caseNumber}` : null,
    item.documentId ? `${m.documentId}: ${item.documentId}` : null,
  ].filter(Boolean);
  if (meta.length > 0) blocks.push({ text: meta.join('    '), style: 'meta' });
  if (item.closed) blocks.push(closedMark(item, m));

  const carrier = decisionCarrier(item);
  let attachmentsShown = false;
  let absenteesShown = false;
  for (const section of item.sections) {
    if (section === carrier && item.decision) {
      blocks.push(decisionBox(section.heading || m.decision, item.decision, m, lang));
    } else if (listsAttachments(section) && item.attachments.length > 0) {
      // The attachments as a numbered list with their ids, once (some layouts list them twice).
      if (!attachmentsShown) blocks.push(...attachmentsBlock(section.heading, item.attachments));
      attachmentsShown = true;
    } else if (listsAbsentees(section) && item.absent.length > 0) {
      if (!absenteesShown) blocks.push(...absenteesBlock(section.heading, item.absent));
      absenteesShown = true;
    } else {
      blocks.push(...sectionBlock(section));
    }
  }
  if (item.decision && !carrier) {
    const heading = item.decision.date ? m.decisionOf(document.body, m.date(item.decision.date)) : m.decision;
    blocks.push(decisionBox(heading, item.decision, m, lang));
  }
  if (item.absent.length > 0 && !absenteesShown) blocks.push(...absenteesBlock(m.absentees, item.absent));
  if (item.attachments.length > 0 && !attachmentsShown) {
    blocks.push(...attachmentsBlock(m.attachments, item.attachments));
  }
  const note = options.notes.get(item.number)?.trim();
  if (note) blocks.push(notesBox(note, m));
  // Each item is a section of the document: its heading, then its parts.
  return [{ stack: blocks, pdfRole: 'Sect' }];
}

// ---------------------------------------------------------------------------------------------
// The document

/** The PDF's language and, for a member's own copy, their notes by item number. */
export interface PdfOptions {
  lang?: Lang;
  /** A member's private notes by item number, printed under each item (never in a public PDF). */
  notes?: ReadonlyMap<number, string>;
}

function documentDefinition(document: MeetingDocument, options: Required<PdfOptions>): ContentObject {
  const m = PDF_MESSAGES[options.lang];
  const name = LABELS[options.lang].documentType[document.documentType];
  const when = m.date(document.date);
  const running = `${name} · ${document.body} · ${when}`;
  // The structure tree (headings, paragraphs, lists, tables, the contents) in reading order.
  const root = tagNode('Document');
  const content = tagContent(
    [
      ...frontPage(document, m, options.lang),
      {
        toc: {
          title: { text: m.contents, style: 'tocTitle' },
          textStyle: 'tocEntry',
          numberStyle: 'tocEntry',
          textMargin: [0, 0, 12, 5],
          outlines: true,
        },
        pageBreak: 'before',
      },
      ...document.items.flatMap((item) => itemContent(document, item, options)),
    ],
    root,
  );
  return {
    pageSize: 'A4',
    pageMargins: [56, 60, 56, 60],
    // A tagged PDF (PDF/UA-1 identified): language, title shown by viewers, structure tree.
    version: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    language: m.lang,
    displayTitle: true,
    info: {
      title: `${name}: ${document.body}, ${when}`,
      author: document.body,
      subject: m.subject(name, m.meetingDateText(document.date, document.startTime)),
      keywords: [name.toLowerCase(), document.body, when].join(', '),
      creator: 'Protokol',
      producer: 'Protokol',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: COLOURS.text },
    styles: STYLES,
    header: (currentPage: number) =>
      currentPage > 1 ? { text: running, style: 'footer', alignment: 'right', margin: [56, 28, 56, 0] } : null,
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: running, style: 'footer' },
        { text: m.page(currentPage, pageCount), style: 'footer', alignment: 'right', width: 'auto' },
      ],
      margin: [56, 24, 56, 0],
    }),
    content,
  };
}

/**
 * Renders the agenda or minutes as a tagged PDF (A4; Danish unless told otherwise). With a
 * member's notes, their notes follow each item: such a PDF is for that member alone.
 */
export async function renderMinutesPdf(document: MeetingDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const definition = documentDefinition(document, { lang: options.lang ?? 'da', notes: options.notes ?? new Map() });
  const buffer = await pdfMake().createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
