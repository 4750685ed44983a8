/**
 * A seeded generator of fictitious First Agenda publication sites in the real shapes: the
 * committee list (`/api/agenda/udvalgsliste`) and, per meeting, the document
 * (`/api/agenda/dagsorden/<guid>`) with the size distribution of real sites (median ≈ 120 KB of
 * JSON, up to ≈ 1 MB; 10–40 items; HTML sections of several KB with inline styles and `<br>` runs;
 * participants; attachments, most with `Link`; some closed "Lukket: …" items; agendas ahead of
 * `today`, minutes before it). Every name and word is made up. Deterministic for a seed, lazy
 * (a document is built when asked for, then kept) and fast enough for benchmarks.
 *
 * The site can change between runs: add a meeting, turn an agenda into minutes, correct minutes,
 * change a `Dato`, list a meeting with the zero GUID.
 */

import {
  between,
  COMMITTEE_NAMES,
  closedHtml,
  guid,
  hash,
  ITEM_CONSTANTS,
  itemHtml,
  normal,
  PARTIES,
  PLACES,
  personName,
  pick,
  type Rng,
  randomFrom,
  TOPICS,
  words,
  ZERO_GUID,
} from './firstagenda-site-content.js';

export { ZERO_GUID };

export interface FakeSiteOptions {
  seed?: number;
  /** Committees on the site (default 4); the last `historicCommittees` are listed as historic. */
  committees?: number;
  historicCommittees?: number;
  meetingsPerCommittee?: number;
  /** Meetings are spread over [from, to] (YYYY-MM-DD; default 2023-01-01 … 2025-12-31). */
  from?: string;
  to?: string;
  /** Meetings after this day are agendas, the others minutes (default: 80 % into the range). */
  today?: string;
  /** Multiplies the amount of text (default 1: median ≈ 120 KB per document). */
  sizeScale?: number;
  /** Every n-th attachment is a PDF without a text layer (default 8). */
  scannedEvery?: number;
}

export interface FakeMeeting {
  guid: string;
  committeeIndex: number;
  /** `Dato` as the site prints it: "2025-03-19T16:00:00+01:00". */
  dato: string;
  agendaGuid: string;
  hasMinutes: boolean;
  /** Bumped by every correction of the minutes. */
  revision: number;
  /** Listed with the zero GUID (no document is served for it). */
  isZeroGuid?: boolean;
}

export interface FakeCommittee {
  guid: string;
  name: string;
  group: string;
  isHistoric: boolean;
  meetings: FakeMeeting[];
}

export interface FakeAttachment {
  guid: string;
  meetingGuid: string;
  itemNumber: number;
  title: string;
  hasTextLayer: boolean;
  /** Listed under a closed item: the site does not serve it. */
  isClosed: boolean;
  /** Listed with a `Link` (else the harvester builds `/vis/pdf/bilag/<guid>`). */
  hasLink: boolean;
  /** The file served instead of the generated one (a scanned PDF made by a test). */
  pdf?: Uint8Array;
}

interface ItemSkeleton {
  number: number;
  guid: string;
  title: string;
  caseNumber: string;
  isClosed: boolean;
  documentGuid: string;
  attachments: FakeAttachment[];
  /** Characters of HTML to aim at. */
  size: number;
}

// ---- dates ---------------------------------------------------------------------------------

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The last Sunday of a month (UTC date). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** "+01:00" or "+02:00": Danish time on that day (summer time from the last Sunday of March to that of October). */
export function danishOffset(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const summer = (m > 3 && m < 10) || (m === 3 && d >= lastSunday(y, 3)) || (m === 10 && d < lastSunday(y, 10));
  return summer ? '+02:00' : '+01:00';
}

export function datoOf(date: string, time: string): string {
  return `${date}T${time}:00${danishOffset(date)}`;
}

// ---- the site ------------------------------------------------------------------------------

const TIMES = words('08:30|14:00|15:00|15:30|16:00|16:30|17:00');

export class FakeSite {
  readonly seed: number;
  readonly today: string;
  readonly committees: FakeCommittee[] = [];
  private readonly options: Required<Pick<FakeSiteOptions, 'sizeScale' | 'scannedEvery'>>;
  private readonly skeletons = new Map<string, ItemSkeleton[]>();
  private readonly documents = new Map<string, { key: string; json: string }>();
  private readonly attachmentIndex = new Map<string, FakeAttachment>();
  private readonly byGuid = new Map<string, FakeMeeting>();
  private added = 0;

  constructor(options: FakeSiteOptions = {}) {
    this.seed = options.seed ?? 1;
    const from = options.from ?? '2023-01-01';
    const to = options.to ?? '2025-12-31';
    const span = Math.max(1, daysBetween(from, to));
    this.today = options.today ?? addDays(from, Math.round(span * 0.8));
    this.options = { sizeScale: options.sizeScale ?? 1, scannedEvery: options.scannedEvery ?? 8 };
    const count = options.committees ?? 4;
    const historic = options.historicCommittees ?? (count >= 3 ? 1 : 0);
    const perCommittee = options.meetingsPerCommittee ?? 10;
    const rng = randomFrom(hash(`site:${this.seed}`));
    for (let c = 0; c < count; c++) {
      const base = COMMITTEE_NAMES[c % COMMITTEE_NAMES.length];
      const round = Math.floor(c / COMMITTEE_NAMES.length);
      const isHistoric = c >= count - historic;
      const committee: FakeCommittee = {
        guid: guid(rng),
        name: round === 0 ? base : `${base} ${round + 1}`,
        group: isHistoric ? 'Historiske udvalg' : 'Aktuelle politiske udvalg',
        isHistoric,
        meetings: [],
      };
      this.committees.push(committee);
      for (let n = 0; n < perCommittee; n++) {
        const day = addDays(from, Math.floor(((n + rng()) * span) / perCommittee));
        this.pushMeeting(c, datoOf(day, pick(rng, TIMES)), rng);
      }
    }
  }

  private pushMeeting(committeeIndex: number, dato: string, rng: Rng): FakeMeeting {
    const meeting: FakeMeeting = {
      guid: guid(rng),
      committeeIndex,
      dato,
      agendaGuid: guid(rng),
      hasMinutes: dato.slice(0, 10) <= this.today,
      revision: 0,
    };
    this.committees[committeeIndex].meetings.push(meeting);
    this.byGuid.set(meeting.guid, meeting);
    return meeting;
  }

  /** Every listed meeting with a real GUID. */
  meetings(): FakeMeeting[] {
    return this.committees.flatMap((committee) => committee.meetings.filter((m) => !m.isZeroGuid));
  }

  meeting(guidValue: string): FakeMeeting | undefined {
    return this.byGuid.get(guidValue.toLowerCase());
  }

  // -- changes between runs

  addMeeting(committeeIndex: number, date: string, time = '16:00'): FakeMeeting {
    const rng = randomFrom(hash(`added:${this.seed}:${this.added++}`));
    return this.pushMeeting(committeeIndex, datoOf(date, time), rng);
  }

  /** Lists a meeting under the zero GUID (as some sites do); it has no document. */
  addZeroGuidMeeting(committeeIndex: number, date: string): void {
    this.committees[committeeIndex].meetings.push({
      guid: ZERO_GUID,
      committeeIndex,
      dato: datoOf(date, '15:00'),
      agendaGuid: ZERO_GUID,
      hasMinutes: false,
      revision: 0,
      isZeroGuid: true,
    });
  }

  publishMinutes(meetingGuid: string): void {
    const meeting = this.required(meetingGuid);
    meeting.hasMinutes = true;
    meeting.revision++;
  }

  correctMinutes(meetingGuid: string): void {
    this.required(meetingGuid).revision++;
  }

  /** Takes a meeting off the site (it leaves the list; its document is no longer served). */
  removeMeeting(meetingGuid: string): void {
    const meeting = this.required(meetingGuid);
    const list = this.committees[meeting.committeeIndex].meetings;
    list.splice(list.indexOf(meeting), 1);
    this.byGuid.delete(meeting.guid);
  }

  changeDato(meetingGuid: string, dato: string): void {
    this.required(meetingGuid).dato = dato;
  }

  private required(meetingGuid: string): FakeMeeting {
    const meeting = this.meeting(meetingGuid);
    if (!meeting) throw new Error(`no meeting ${meetingGuid}`);
    return meeting;
  }

  // -- what the site serves

  listing(): unknown {
    const groups: Record<string, unknown[]> = {};
    for (const committee of this.committees) {
      groups[committee.group] ??= [];
      groups[committee.group].push({
        Id: committee.guid,
        Navn: committee.name,
        Historisk: committee.isHistoric,
        Moeder: committee.meetings.map((m) => ({ Id: m.guid, Dato: m.dato })),
      });
    }
    return { Udvalg: groups };
  }

  /** The document JSON of a meeting as the site serves it now, or undefined for an unknown GUID. */
  documentJson(meetingGuid: string, baseUrl: string): string | undefined {
    const meeting = this.meeting(meetingGuid);
    if (!meeting) return undefined;
    const key = `${meeting.revision}|${meeting.hasMinutes}|${meeting.dato}|${baseUrl}`;
    const cached = this.documents.get(meeting.guid);
    if (cached?.key === key) return cached.json;
    const json = JSON.stringify(this.document(meeting, baseUrl));
    this.documents.set(meeting.guid, { key, json });
    return json;
  }

  /** Every attachment (open and closed) of every meeting. */
  attachments(): FakeAttachment[] {
    return this.meetings().flatMap((meeting) => this.items(meeting).flatMap((item) => item.attachments));
  }

  attachment(attachmentGuid: string): FakeAttachment | undefined {
    const wanted = attachmentGuid.toLowerCase();
    if (!this.attachmentIndex.has(wanted)) for (const a of this.attachments()) this.attachmentIndex.set(a.guid, a);
    return this.attachmentIndex.get(wanted);
  }

  private items(meeting: FakeMeeting): ItemSkeleton[] {
    const known = this.skeletons.get(meeting.guid);
    if (known) return known;
    const rng = randomFrom(hash(`items:${this.seed}:${meeting.guid}`));
    // Log-normal document size: median ≈ 120 KB, capped near 1 MB.
    const target = Math.min(950_000, Math.max(12_000, 98_000 * Math.exp(0.6 * normal(rng)))) * this.options.sizeScale;
    const count = between(rng, 10, 40);
    const items: ItemSkeleton[] = [];
    for (let number = 1; number <= count; number++) {
      const isClosed = number > 2 && rng() < 0.1;
      const title = `${pick(rng, TOPICS)} ${between(rng, 2024, 2030)}`;
      const skeleton: ItemSkeleton = {
        number,
        guid: guid(rng),
        title: isClosed ? `Lukket: ${title}` : title,
        caseNumber: `${between(rng, 20, 25)}-${String(between(rng, 1, 99999)).padStart(6, '0')}`,
        isClosed,
        documentGuid: guid(rng),
        attachments: [],
        size: isClosed ? 0 : Math.round((target / count) * (0.3 + 1.4 * rng())),
      };
      const attachmentCount = isClosed ? (rng() < 0.5 ? 1 : 0) : pick(rng, [0, 0, 1, 1, 1, 2, 2, 3]);
      for (let a = 0; a < attachmentCount; a++) {
        const attachmentGuid = guid(rng);
        skeleton.attachments.push({
          guid: attachmentGuid,
          meetingGuid: meeting.guid,
          itemNumber: number,
          title: `Bilag ${a + 1}. ${pick(rng, TOPICS)}`,
          hasTextLayer: hash(attachmentGuid) % this.options.scannedEvery !== 0,
          isClosed,
          hasLink: rng() < 0.7,
        });
      }
      items.push(skeleton);
    }
    this.skeletons.set(meeting.guid, items);
    return items;
  }

  private document(meeting: FakeMeeting, baseUrl: string): unknown {
    const committee = this.committees[meeting.committeeIndex];
    const rng = randomFrom(hash(`doc:${this.seed}:${meeting.guid}`));
    const participants = Array.from({ length: between(rng, 5, 11) }, () => {
      const name = personName(rng);
      return {
        Name: rng() < 0.5 ? `${name} (${pick(rng, PARTIES)})` : name,
        Absent: rng() < 0.1,
        ParticipationCancelled: false,
        AttendanceType: 0,
      };
    });
    return {
      Dagsordenpunkter: this.items(meeting).map((item) => this.item(item, meeting, baseUrl)),
      Udvalg: { Id: committee.guid, Navn: committee.name, Historisk: committee.isHistoric },
      Moede: {
        Id: ZERO_GUID,
        MeetingBeginUtc: meeting.dato,
        MeetingEndUtc: null,
        ReleasedDate: null,
        Dato: meeting.dato,
        Sted: pick(rng, PLACES),
        Afsluttet: meeting.hasMinutes,
        Moededeltagere: participants,
        Navn: meeting.hasMinutes ? 'Referat' : 'Dagsorden',
        Description: '',
        ElasticSearchResults: null,
        IsSupplementaryAgenda: false,
      },
      TillaegsDagsorden: false,
      Id: meeting.agendaGuid,
      Lydfiler: null,
    };
  }

  private item(item: ItemSkeleton, meeting: FakeMeeting, baseUrl: string): unknown {
    const rng = randomFrom(hash(`item:${this.seed}:${item.guid}`));
    const html = item.isClosed ? closedHtml(meeting, rng) : itemHtml(item.size, meeting, rng);
    const itemPdf = `${baseUrl}/Vis/Pdf/bilag/${item.documentGuid}`;
    return {
      ...ITEM_CONSTANTS,
      Felter: [{ Navn: '', Html: html, Tekst: null, Id: ZERO_GUID, Link: itemPdf, DocumentId: item.documentGuid }],
      SagsNummer: item.caseNumber,
      Navn: item.title,
      Punktnummer: String(item.number),
      Bilag: item.attachments.map((a, order) => ({
        HarPdfVersion: 'true',
        Order: order,
        Navn: a.title,
        Id: a.guid,
        ...(a.hasLink ? { Link: `${baseUrl}/vis/pdf/bilag/${a.guid}` } : {}),
      })),
      Id: item.guid,
      AgendaUid: meeting.agendaGuid,
      Number: String(item.number),
      Sorting: item.number,
      CaseNumber: item.caseNumber,
      Caption: item.title,
    };
  }
}
