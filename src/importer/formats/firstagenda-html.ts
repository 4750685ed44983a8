/**
 * Reader for a First Agenda publication web page (one meeting): the title block ("Referat
 * 1. oktober 2025 kl. 15.45", `.udvalg`, `.sted`), the info table (`.dato`, `.deltagere`) and
 * one `tr.punktrow` per item with the number (`.label`), the title (`h2.overskrift`), the case
 * number (`.sagsnummer`), the case text (`.punkt`, with `<h3>` headings) and the attachments
 * (`a.bilag-link`).
 *
 * "Beslutninger" (plural) holds this meeting's decision. "Sagsforløb" quotes the decisions of
 * other bodies and earlier meetings ("Udvalg: Magistraten / Dato: … / …"): it is kept as a
 * section, never read as this meeting's decision.
 */
import { findDanishDate, findTime } from '../../domain/danish-dates.js';
import type { Attachment, Participant } from '../../domain/meeting-document.js';
import { type DraftDocument, type DraftItem, type DraftSection, draftDocument, draftItem } from '../draft.js';
import { collapseSpace, foldHeading } from '../fold.js';
import { markupChunks } from '../markup/chunks.js';
import {
  attributeOf,
  type MarkupElement,
  select,
  selectAll,
  structuredText,
  textContent,
  textFragment,
} from '../markup/tree.js';
import { parsePerson } from '../people.js';
import { ReadError, type Source } from '../source.js';
import { DECISION_HEADINGS, DOCUMENT_TYPE_WORDS } from '../vocabulary.js';
import { defineReader } from './reader.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MARKERS = ['punktrow', 'sagsfremstillingContainer', 'dagsordenDetaljer', 'overskrift-btn', 'dagsordeninfo'];

function detect(source: Source): number {
  const html = source.html ?? (source.kind === 'html' ? source.text : null);
  if (!html) return 0;
  const found = MARKERS.filter((marker) => html.includes(marker)).length;
  if (found === 0) return 0;
  return Math.min(0.95, 0.45 + 0.15 * found);
}

function clean(text: string | undefined | null): string | null {
  if (text === undefined || text === null) return null;
  const value = collapseSpace(text);
  return value === '' ? null : value;
}

function textOf(element: MarkupElement | null | undefined): string | null {
  return element ? clean(textContent(element)) : null;
}

function parse(source: Source): DraftDocument {
  const root = source.markup?.page ?? textFragment(source.html ?? source.text);
  const warnings: string[] = [];

  const body = textOf(select(root, '.dagsordeninfo .udvalg')) ?? textOf(select(root, '.udvalg'));
  if (!body) throw new ReadError('udvalgets navn (".udvalg") mangler på siden');
  const heading = textOf(select(root, 'h1.dato')) ?? textOf(select(root, 'h1'));
  const dateText = textOf(select(root, '.dagsordeninfo .dato')) ?? heading ?? '';
  const date = findDanishDate(dateText) ?? (heading ? findDanishDate(heading) : null);
  if (!date) throw new ReadError('mødedatoen (".dato") mangler eller kan ikke læses');
  const startTime = findTime(dateText) ?? (heading ? findTime(heading) : null);
  const location = textOf(select(root, '.dagsordeninfo .sted')) ?? textOf(select(root, '.sted'));

  const rows = selectAll(root, 'tr.punktrow');
  if (rows.length === 0) warnings.push('Siden har ingen dagsordenspunkter ("tr.punktrow").');
  const lineFinder = makeLineFinder(source.lines);
  const items: DraftItem[] = [];
  rows.forEach((row, index) => {
    const item = readItem(row, lineFinder);
    if (item) items.push(item);
    else warnings.push(`Punkt nr. ${index + 1} på siden mangler nummer eller titel og er sprunget over.`);
  });

  const typeWord = heading ? foldHeading(heading.split(/\s+/)[0] ?? '') : '';
  const downloadLink = select(root, '#hentHeledagsorden');
  const download = (downloadLink && attributeOf(downloadLink, 'data-id')) ?? '';
  return draftDocument({
    body,
    documentType: DOCUMENT_TYPE_WORDS[typeWord] ?? null,
    date,
    startTime,
    location,
    participants: readParticipants(select(root, '.deltagere')),
    items,
    warnings,
    sourceId: UUID.exec(download)?.[0] ?? null,
  });
}

/** Participants as the page lists them (one per list item or line; "Navn (A)"); often filled by script, so empty. */
function readParticipants(cell: MarkupElement | null): Participant[] {
  if (!cell) return [];
  const entries = selectAll(cell, 'li').map((li) => clean(textContent(li)));
  const names = entries.length > 0 ? entries : structuredText(cell).split(/\n|,/).map(clean);
  return names.filter((entry): entry is string => entry !== null).map((entry) => parsePerson(entry));
}

/** Every chunk of the case text as a section, "Beslutning(er)" marked; a closed item's own marker is no content. */
function readSections(content: MarkupElement | null, closed: boolean): DraftSection[] {
  const sections: DraftSection[] = [];
  for (const chunk of content ? markupChunks(content) : []) {
    if (closed && chunk.heading === null && /^lukket punkt$/i.test(chunk.text)) continue;
    if (!/[\p{L}\p{N}]/u.test(chunk.text) && !chunk.heading) continue;
    // "Sagsforløb" (other bodies' and earlier meetings' decisions) is kept as a section like any other.
    const isDecision =
      chunk.heading !== null && (DECISION_HEADINGS as readonly string[]).includes(foldHeading(chunk.heading));
    sections.push({
      heading: chunk.heading ?? '',
      text: chunk.text,
      decision: isDecision ? { date: null, body: null } : null,
    });
  }
  return sections;
}

function readItem(row: MarkupElement, lineOf: (title: string) => number): DraftItem | null {
  const numberText = textOf(select(row, 'td .label')) ?? textOf(select(row, 'td'));
  const number = numberText && /^\d+$/.test(numberText) ? Number(numberText) : null;
  const title = textOf(select(row, '.overskrift')) ?? textOf(select(row, 'h2'));
  if (number === null || !title) return null;
  const closed = /lukket punkt/i.test(textContent(row)) || /\b(lukket|closed)\b/i.test(attributeOf(row, 'class') ?? '');
  return draftItem({
    number,
    title,
    caseNumber: textOf(select(row, '.sagsnummer')),
    closed,
    sections: readSections(select(row, '.punkt'), closed),
    attachments: readAttachments(row),
    source: { line: lineOf(title), page: null },
  });
}

function readAttachments(row: MarkupElement): Attachment[] {
  const attachments: Attachment[] = [];
  for (const link of selectAll(row, 'a.bilag-link')) {
    const title = textOf(link);
    if (!title) continue;
    const id = UUID.exec(attributeOf(link, 'id') ?? '')?.[0] ?? UUID.exec(attributeOf(link, 'href') ?? '')?.[0] ?? null;
    attachments.push({ title, documentId: id });
  }
  return attachments;
}

/** Finds each item title in the extracted lines, in order; 1 when not found. */
function makeLineFinder(lines: string[]): (title: string) => number {
  let from = 0;
  return (title) => {
    for (let i = from; i < lines.length; i++) {
      if (lines[i].trim() === title) {
        from = i + 1;
        return i + 1;
      }
    }
    return 1;
  };
}

export const firstAgendaHtmlReader = defineReader({ name: 'firstagenda-html', detect, parse });
