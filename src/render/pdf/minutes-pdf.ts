/**
 * Meeting document → PDF in the familiar layout of published agendas and minutes: a front page
 * (document type, body, the Danish date, place, participants), a table of contents with page
 * numbers, then one item after another, each on a new page, with its sections, the decision set
 * apart with its outcome, attachments and absentees; "Side X af Y" in the footer. Made with
 * pdfmake and its bundled Roboto (embedded, so æøå extract correctly); no file or URL is read
 * but the fonts.
 *
 * It renders what it is given: a public document (closed items as number and title only, from
 * loadMeetingDocument) gives a public PDF. Closed items are marked "Lukket punkt" either way.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { publicItemTitle } from '../../domain/agenda-item.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type {
  Absentee,
  AgendaItem,
  Attachment,
  Decision,
  MeetingDocument,
  Participant,
  Section,
} from '../../domain/meeting-document.js';
import { LABELS } from '../i18n.js';
import { decisionCarrier, listsAbsentees, listsAttachments } from '../item-parts.js';
import { COLOURS, type Content, type ContentObject, STYLES } from './content.js';
import { markdownContent } from './markdown-content.js';

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

function frontPage(document: MeetingDocument): Content[] {
  const present = document.participants.filter((p) => !p.absent);
  const absent = document.participants.filter((p) => p.absent);
  const rows: Content[][] = [
    [{ text: 'Mødedato', style: 'label' }, formatMeetingDate(document.date, document.startTime)],
  ];
  if (document.location) rows.push([{ text: 'Mødested', style: 'label' }, document.location]);
  if (present.length > 0) {
    rows.push([{ text: 'Mødedeltagere', style: 'label' }, { stack: present.map(participantLine) }]);
  }
  if (absent.length > 0) {
    rows.push([{ text: 'Fraværende', style: 'label' }, { stack: absent.map(participantLine) }]);
  }
  const closed = document.items.filter((item) => item.closed).length;
  const count = `${document.items.length} ${document.items.length === 1 ? 'punkt' : 'punkter'}${closed > 0 ? `, heraf ${closed} ${closed === 1 ? 'lukket' : 'lukkede'}` : ''}`;
  rows.push([{ text: 'Punkter', style: 'label' }, count]);
  return [
    { text: LABELS.da.documentType[document.documentType].toUpperCase(), style: 'kind', margin: [0, 80, 0, 0] },
    { text: document.body, style: 'title' },
    {
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

function itemHeading(item: AgendaItem): string {
  const title = publicItemTitle(item.title, item.closed);
  return `Punkt ${item.number}: ${title}${item.timeSlot ? ` (${item.timeSlot})` : ''}`;
}

function closedMark(item: AgendaItem): Content {
  const empty = item.sections.length === 0 && !item.decision && item.attachments.length === 0;
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: 'Lukket punkt', bold: true, color: COLOURS.closed },
              {
                text: empty
                  ? 'Punktet behandles for lukkede døre; indholdet offentliggøres ikke.'
                  : 'Indholdet er fortroligt og kun for organets medlemmer.',
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

function outcomeLine(decision: Decision): Content {
  const parts: Content[] = [{ text: 'Udfald: ', bold: true }, LABELS.da.outcome[decision.outcome]];
  if (decision.parts.length > 1) {
    parts.push(
      { text: '   ' },
      decision.parts.map((part) => `Ad ${part.label}: ${LABELS.da.outcome[part.outcome]}`).join(' · '),
    );
  }
  return { text: parts, fontSize: 9, color: COLOURS.decisionRule, margin: [0, 0, 0, 4] };
}

function decisionBox(heading: string, decision: Decision): Content {
  const text = markdownContent(decision.text);
  return {
    table: {
      widths: ['*'],
      // A short decision is never split over two pages.
      dontBreakRows: isShort(decision.text),
      body: [
        [
          {
            stack: [
              { text: heading, bold: true, fontSize: 11.5, margin: [0, 0, 0, 2] },
              outcomeLine(decision),
              ...(text.length > 0 ? text : [{ text: '(Ingen tekst til beslutningen.)', italics: true }]),
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

function itemContent(document: MeetingDocument, item: AgendaItem): Content[] {
  const blocks: Content[] = [
    { text: itemHeading(item), style: 'itemHeading', tocItem: true, pageBreak: 'before', id: `punkt-${item.number}` },
  ];
  const meta = [
    item.caseNumber ? `Sagsnr.: ${item.caseNumber}` : null,
    item.documentId ? `Dok ID: ${item.documentId}` : null,
  ].filter(Boolean);
  if (meta.length > 0) blocks.push({ text: meta.join('    '), style: 'meta' });
  if (item.closed) blocks.push(closedMark(item));

  const carrier = decisionCarrier(item);
  let attachmentsShown = false;
  let absenteesShown = false;
  for (const section of item.sections) {
    if (section === carrier && item.decision) {
      blocks.push(decisionBox(section.heading || 'Beslutning', item.decision));
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
    const heading = item.decision.date
      ? `Beslutning i ${document.body} den ${formatDate(item.decision.date)}`
      : 'Beslutning';
    blocks.push(decisionBox(heading, item.decision));
  }
  if (item.absent.length > 0 && !absenteesShown) blocks.push(...absenteesBlock('Fraværende', item.absent));
  if (item.attachments.length > 0 && !attachmentsShown) blocks.push(...attachmentsBlock('Bilag', item.attachments));
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// The document

function documentDefinition(document: MeetingDocument): ContentObject {
  const name = LABELS.da.documentType[document.documentType];
  const when = formatDate(document.date);
  const running = `${name} · ${document.body} · ${when}`;
  return {
    pageSize: 'A4',
    pageMargins: [56, 60, 56, 60],
    language: 'da-DK',
    displayTitle: true,
    info: {
      title: `${name}: ${document.body}, ${when}`,
      author: document.body,
      subject: `${name} af mødet ${formatMeetingDate(document.date, document.startTime)}`,
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
        { text: `Side ${currentPage} af ${pageCount}`, style: 'footer', alignment: 'right', width: 'auto' },
      ],
      margin: [56, 24, 56, 0],
    }),
    content: [
      ...frontPage(document),
      {
        toc: {
          title: { text: 'Indholdsfortegnelse', style: 'tocTitle' },
          textStyle: 'tocEntry',
          numberStyle: 'tocEntry',
          textMargin: [0, 0, 12, 5],
          outlines: true,
        },
        pageBreak: 'before',
      },
      ...document.items.flatMap((item) => itemContent(document, item)),
    ],
  };
}

/** Renders the agenda or minutes as a PDF (A4, Danish). */
export async function renderMinutesPdf(document: MeetingDocument): Promise<Uint8Array> {
  const buffer = await pdfMake().createPdf(documentDefinition(document)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
