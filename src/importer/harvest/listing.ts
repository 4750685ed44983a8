/**
 * First Agenda's committee list (`/api/agenda/udvalgsliste`): every group of `Udvalg` ("Aktuelle
 * politiske udvalg", historic groups …), each committee with its meetings. The meeting GUID of
 * the list is the meeting's identity; a zero GUID is never one (such meetings are skipped with a
 * warning). `Dato` is read as the local wall time it prints ("2025-03-19T16:00:00+01:00" →
 * 2025-03-19, 16:00); a UTC instant ("…Z") is turned into Danish time.
 */
import { z } from 'zod';
import { copenhagenParts } from '../../domain/copenhagen-time.js';

export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ListedCommittee {
  /** The committee's GUID; null when the site gives none or the zero GUID. */
  guid: string | null;
  name: string;
  /** The group of `Udvalg` it was listed under ("Aktuelle politiske udvalg" …). */
  group: string;
  isHistoric: boolean;
}

export interface ListedMeeting {
  /** The meeting's GUID: its identity (lower case). */
  guid: string;
  committee: ListedCommittee;
  /** YYYY-MM-DD, the local date as printed. */
  date: string;
  /** HH:MM, the local start as printed; null when the site prints midnight (no time known). */
  startTime: string | null;
  /** The raw `Dato` string, to notice when the site changes it. */
  dato: string;
}

export interface Listing {
  url: string;
  committees: (ListedCommittee & { meetings: ListedMeeting[] })[];
  /** Every meeting once (a meeting listed twice is kept once). */
  meetings: ListedMeeting[];
  warnings: string[];
}

const MeetingSchema = z.looseObject({
  Id: z.string().nullish(),
  Dato: z.string().nullish(),
});

const CommitteeSchema = z.looseObject({
  Id: z.string().nullish(),
  Navn: z.string().trim().min(1),
  Historisk: z.boolean().nullish(),
  Moeder: z.array(MeetingSchema).nullish(),
});

const ListingSchema = z.looseObject({
  Udvalg: z.record(z.string(), z.array(CommitteeSchema).nullable()),
});

/** Thrown when the list is not in the shape First Agenda publishes; the message names the URL. */
export class ListingError extends Error {
  override readonly name = 'ListingError';
}

/** Reads and checks the committee list fetched from `url`. */
export function parseListing(json: unknown, url: string): Listing {
  const parsed = ListingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? ` ved ${issue.path.join('.')}` : '';
    throw new ListingError(`${url}: udvalgslisten har ikke den forventede form (${issue.message}${where})`);
  }
  const warnings: string[] = [];
  const seen = new Set<string>();
  const committees: Listing['committees'] = [];
  const meetings: ListedMeeting[] = [];
  for (const [group, entries] of Object.entries(parsed.data.Udvalg)) {
    for (const entry of entries ?? []) {
      const guid = realGuid(entry.Id);
      const committee: ListedCommittee = {
        guid,
        name: entry.Navn.trim(),
        group,
        isHistoric: entry.Historisk === true,
      };
      const own: ListedMeeting[] = [];
      for (const listed of entry.Moeder ?? []) {
        const meeting = readMeeting(listed, committee, warnings);
        if (!meeting) continue;
        if (seen.has(meeting.guid)) {
          warnings.push(`Mødet ${meeting.guid} står mere end én gang i udvalgslisten; kun første gang er brugt.`);
          continue;
        }
        seen.add(meeting.guid);
        own.push(meeting);
        meetings.push(meeting);
      }
      committees.push({ ...committee, meetings: own });
    }
  }
  return { url, committees, meetings, warnings };
}

function realGuid(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase() ?? '';
  return GUID.test(trimmed) && trimmed !== ZERO_GUID ? trimmed : null;
}

function readMeeting(
  listed: z.infer<typeof MeetingSchema>,
  committee: ListedCommittee,
  warnings: string[],
): ListedMeeting | null {
  const dato = listed.Dato?.trim() ?? '';
  const guid = realGuid(listed.Id);
  if (!guid) {
    const id = listed.Id?.trim() ? `Id "${listed.Id.trim()}"` : 'intet Id';
    warnings.push(`Et møde i ${committee.name} (${dato || 'uden dato'}) har ${id} og er sprunget over.`);
    return null;
  }
  const when = localDateTime(dato);
  if (!when) {
    warnings.push(
      `Mødet ${guid} i ${committee.name} har en dato, der ikke kan læses ("${dato}"), og er sprunget over.`,
    );
    return null;
  }
  return { guid, committee, date: when.date, startTime: when.time, dato };
}

const LOCAL = /^(?<date>\d{4}-\d{2}-\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2}))?/;

/** The local date and time of a `Dato`, as printed; a UTC instant ("…Z") in Danish time. */
export function localDateTime(value: string): { date: string; time: string | null } | null {
  if (/T.*(?:Z|[+-]00:?00)$/i.test(value)) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) {
      const copenhagen = copenhagenParts(instant);
      return { date: copenhagen.date, time: copenhagen.time === '00:00' ? null : copenhagen.time };
    }
  }
  const match = LOCAL.exec(value);
  if (!match?.groups || Number.isNaN(Date.parse(match.groups.date))) return null;
  const time = match.groups.hour ? `${match.groups.hour}:${match.groups.minute}` : null;
  return { date: match.groups.date, time: time === '00:00' ? null : time };
}
