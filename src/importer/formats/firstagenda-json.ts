/**
 * Reader for First Agenda's publication JSON (`/api/agenda/dagsorden/{id}`): `Udvalg.Navn` is
 * the body; `Moede` has the date (`Dato`, local time with offset), the place (`Sted`) and the
 * participants (`Moededeltagere`, absent when `Absent` or `ParticipationCancelled`); every
 * `Dagsordenpunkter` entry has a number, a caption, a case number, attachments (`Bilag`) and
 * one HTML field whose `<h3>` headings are "Beslutning" (this meeting's decision), "Fremstilling"
 * (a wrapper around the case's own headings), "Sagens forløb" (history) and others.
 *
 * Closed items ("Lukket: …" captions; `IsOpen` is not a reliable marker) are published with the
 * decision only, printed without a heading (refiners/decision.ts takes that text).
 *
 * Every chunk of the HTML is kept as a section, as printed (the decision too); the refiners read
 * the decision and the absentees named under it ("Afbud: …") into their fields.
 */
import { copenhagenParts } from '../../domain/copenhagen-time.js';
import type { Attachment, Participant } from '../../domain/meeting-document.js';
import { type DraftDocument, type DraftItem, type DraftSection, draftDocument, draftItem } from '../draft.js';
import { collapseSpace, foldHeading } from '../fold.js';
import { type HtmlChunk, markupChunks } from '../markup/chunks.js';
import { parsePerson } from '../people.js';
import { markupOf, ReadError, type Source } from '../source.js';
import { DECISION_HEADINGS } from '../vocabulary.js';
import { defineReader } from './reader.js';

type Json = Record<string, unknown>;

/** Headings that only wrap the case's own headings ("Fremstilling" around "Resume", "Indstilling" …). */
const WRAPPER_HEADINGS = ['fremstilling'];

const LOCAL_DATE_TIME = /^(?<date>\d{4}-\d{2}-\d{2})T(?<hour>\d{2}):(?<minute>\d{2})/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = collapseSpace(value);
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function detect(source: Source): number {
  const json = source.json;
  if (!isObject(json)) return 0;
  if (!Array.isArray(json.Dagsordenpunkter)) return 0;
  let score = 0.6;
  if (isObject(json.Moede)) score += 0.2;
  if (isObject(json.Udvalg)) score += 0.2;
  return score;
}

function parse(source: Source): DraftDocument {
  const json = source.json;
  if (!isObject(json) || !Array.isArray(json.Dagsordenpunkter)) {
    throw new ReadError('ikke en First Agenda-dagsorden (feltet "Dagsordenpunkter" mangler)');
  }
  const warnings: string[] = [];
  const meeting = isObject(json.Moede) ? json.Moede : {};
  const committee = isObject(json.Udvalg) ? json.Udvalg : {};

  const body = text(committee.Navn);
  if (!body) throw new ReadError('udvalgets navn ("Udvalg.Navn") mangler');
  const when = localDateTime(meeting.Dato) ?? localDateTime(meeting.MeetingBeginUtc);
  if (!when) throw new ReadError('mødets dato ("Moede.Dato") mangler eller kan ikke læses');

  const items: DraftItem[] = [];
  json.Dagsordenpunkter.forEach((entry, index) => {
    if (!isObject(entry)) {
      warnings.push(`Dagsordenpunkt nr. ${index + 1} i filen er ikke et objekt og er sprunget over.`);
      return;
    }
    const item = readItem(entry, index, source, warnings);
    if (item) items.push(item);
  });

  return draftDocument({
    body,
    date: when.date,
    startTime: when.time,
    location: text(meeting.Sted),
    participants: readParticipants(meeting.Moededeltagere),
    items,
    warnings,
    sourceId: text(json.Id) ?? text(meeting.Id),
  });
}

/**
 * The local date and time of "2024-06-03T15:30:00+02:00" as written (the offset is Danish
 * time already); a UTC instant ("…Z") is turned into Danish time.
 */
function localDateTime(value: unknown): { date: string; time: string | null } | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/(?:Z|[+-]00:?00)$/i.test(trimmed)) {
    const instant = new Date(trimmed);
    if (!Number.isNaN(instant.getTime())) {
      const { date, time } = copenhagenParts(instant);
      return { date, time: time === '00:00' ? null : time };
    }
  }
  const match = LOCAL_DATE_TIME.exec(trimmed);
  if (match?.groups) {
    const time = `${match.groups.hour}:${match.groups.minute}`;
    return { date: match.groups.date, time: time === '00:00' ? null : time };
  }
  const dateOnly = /^(\d{4}-\d{2}-\d{2})$/.exec(trimmed);
  return dateOnly ? { date: dateOnly[1], time: null } : null;
}

function readParticipants(value: unknown): Participant[] {
  if (!Array.isArray(value)) return [];
  const participants: Participant[] = [];
  for (const entry of value) {
    if (!isObject(entry)) continue;
    const raw = text(entry.Name) ?? text(entry.Navn);
    if (!raw) continue;
    const person = parsePerson(raw, {
      role: text(entry.Role) ?? text(entry.Rolle),
      absent: entry.Absent === true || entry.ParticipationCancelled === true,
    });
    participants.push(person);
  }
  return participants;
}

/** The item's HTML fields as heading-led chunks; a named field heads its text when its HTML has no heading first. */
function fieldChunks(entry: Json, source: Source): HtmlChunk[] {
  const fields = Array.isArray(entry.Felter) ? entry.Felter.filter(isObject) : [];
  return fields.flatMap((field) => {
    const html = typeof field.Html === 'string' ? field.Html : null;
    const plain = text(field.Tekst);
    const name = text(field.Navn);
    if (html) {
      const parts = markupChunks(markupOf(source, html));
      if (name && parts[0]?.heading === null) parts[0] = { ...parts[0], heading: name, level: 0 };
      return parts;
    }
    return plain ? [{ heading: name, level: 0, text: plain }] : [];
  });
}

/**
 * Every chunk as a section, as printed: "Beslutning" marked as a decision heading, "Sagens
 * forløb" (other meetings' decisions) a section like any other; "Fremstilling" only wraps the
 * headings that follow.
 */
function toSections(chunks: readonly HtmlChunk[]): DraftSection[] {
  const sections: DraftSection[] = [];
  for (const chunk of chunks) {
    const folded = chunk.heading === null ? null : foldHeading(chunk.heading);
    if (folded !== null && WRAPPER_HEADINGS.includes(folded) && chunk.text === '') continue;
    if (!/[\p{L}\p{N}]/u.test(chunk.text) && !chunk.heading) continue;
    const isDecision = folded !== null && (DECISION_HEADINGS as readonly string[]).includes(folded);
    sections.push({ heading: chunk.heading ?? '', text: chunk.text, decision: isDecision ? NO_DATE : null });
  }
  return sections;
}

const NO_DATE = { date: null, body: null } as const;

function readItem(entry: Json, index: number, source: Source, warnings: string[]): DraftItem | null {
  const numberText = text(entry.Number) ?? text(entry.Punktnummer);
  const number = numberText && /^\d+$/.test(numberText) ? Number(numberText) : null;
  const title = text(entry.Caption) ?? text(entry.Navn);
  if (number === null || !title) {
    warnings.push(`Dagsordenpunkt nr. ${index + 1} i filen mangler nummer eller titel og er sprunget over.`);
    return null;
  }
  const fields = Array.isArray(entry.Felter) ? entry.Felter.filter(isObject) : [];
  return draftItem({
    number,
    title,
    caseNumber: text(entry.CaseNumber) ?? text(entry.SagsNummer),
    documentId: fields.map((field) => text(field.DocumentId)).find((id) => id && !/^0{8}-/.test(id)) ?? null,
    sections: toSections(fieldChunks(entry, source)),
    attachments: readAttachments(entry.Bilag),
    source: { line: lineOf(source, text(entry.Id)), page: null },
  });
}

function readAttachments(value: unknown): Attachment[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .map((entry) => ({ title: text(entry.Navn) ?? text(entry.Name) ?? '', documentId: text(entry.Id) }))
    .filter((attachment) => attachment.title !== '');
}

/** The 1-based line of the JSON text where an item's id first occurs (1 for one-line JSON). */
function lineOf(source: Source, id: string | null): number {
  // One-line JSON (what First Agenda serves): no need to look for the id in the whole text.
  if (!id || source.lines.length === 1) return 1;
  const at = source.text.indexOf(`"${id}"`);
  if (at < 0) return 1;
  let line = 1;
  for (let i = source.text.indexOf('\n'); i >= 0 && i < at; i = source.text.indexOf('\n', i + 1)) line++;
  return line;
}

/** First Agenda's JSON never says agenda or minutes: the decisions do. */
export const firstAgendaJsonReader = defineReader({
  name: 'firstagenda-json',
  detect,
  parse,
  printsDocumentType: false,
});
