/**
 * The words of sources (kilder): the page /kilder that lists every publisher with its publication
 * site, the site's status and when it was last harvested, and the same line on a publisher's page,
 * in Danish and English. Kept beside da.ts and en.ts so that the catalogue's main files stay short.
 * The statuses' own names are labels (labels-da.ts, `sourceStatus`).
 */
import { type Coverage, percent } from '../../domain/coverage.js';
import type { SourceStatusKind } from '../../domain/source-status.js';

/** "45 s", "12 min", "3 t 5 min", "2 døgn 4 t" (English: "3 h 5 min", "2 days 4 h"). */
function duration(seconds: number, words: { hours: string; days: (n: number) => string }): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} ${words.hours}` : `${hours} ${words.hours} ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? words.days(days) : `${words.days(days)} ${hours % 24} ${words.hours}`;
}

const shareText = (held: number, whole: number, share: number | null) =>
  share === null ? `${held}` : `${held} af ${whole} (${percent(share)})`;
const shareTextEn = (held: number, whole: number, share: number | null) =>
  share === null ? `${held}` : `${held} of ${whole} (${percent(share)})`;

const DA_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const EN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const da = {
  footerSources: 'Kilder og status',
  title: 'Kilder',
  lead: 'Protokol henter dagsordener og referater fra udgivernes egne publiceringssider. Her kan du se, hvor hver udgivers møder kommer fra, om hentningen virker, og hvornår der senest blev hentet.',
  summary: (sites: number, ok: number) =>
    `${sites} ${sites === 1 ? 'kilde' : 'kilder'}, heraf ${ok} ${ok === 1 ? 'opdateret' : 'opdaterede'}.`,
  statusHeading: 'Hvad status betyder',
  statusMeaning: {
    ok: 'Hentet med held inden for de seneste 36 timer.',
    stale: 'Ikke hentet med held i over 36 timer.',
    failing: 'De seneste forsøg på at hente fra siden er mislykkedes.',
    blocked: 'Siden afviser os (svarer 403 eller 429). Vi venter nogle timer, før vi spørger igen.',
    never_harvested: 'Siden er kendt, men er endnu ikke hentet.',
    paused: 'En administrator har sat hentningen på pause.',
    retired: 'Udgiveren bruger ikke længere siden.',
    address_unknown: 'Vi kender ikke sidens adresse endnu, så intet hentes.',
  } satisfies Record<SourceStatusKind, string>,
  tableCaption: (group: string) => `Kilder: ${group}`,
  regions: 'Regioner',
  municipalities: 'Kommuner',
  others: 'Andre udgivere',
  columns: ['Udgiver', 'Publiceringsside', 'Status', 'Senest hentet', 'Dækning'],
  noSite: 'Ingen kendt publiceringsside',
  addressUnknown: 'Adresse ukendt',
  onlyBody: 'kun',
  never: 'Aldrig',
  lastHarvested: (when: string) => `Senest hentet ${when}`,
  notHarvested: 'Endnu ikke hentet',
  failedRuns: (n: number) => (n === 1 ? 'seneste forsøg mislykkedes' : `de seneste ${n} forsøg mislykkedes`),
  blockedUntil: (when: string) => `næste forsøg tidligst ${when}`,
  coverage: (held: number, listed: number | null) =>
    listed === null ? `${held}` : `${held} af ${listed} på sidens liste`,
  /** "48 af 50 (96 %)"; the count alone when there is nothing to measure against. */
  share: shareText,
  coverageMeetings: (c: Coverage) => `Møder: ${shareText(c.held, c.listed, c.meetingsShare)}`,
  coverageDocuments: (c: Coverage) => `Dokumenter: ${shareText(c.documentsHeld, c.documentsOffered, c.documentsShare)}`,
  coverageLow: 'under 95 %',
  removedAtSource: (n: number) => `${n} ${n === 1 ? 'møde fjernet' : 'møder fjernet'} ved kilden (beholdt her)`,
  coverageHeading: 'Hvad dækning betyder',
  coverageMeaning:
    'Møder: hvor mange af de afholdte møder på sidens egen liste arkivet har. Dokumenter: dagsordener og referater i sidens nyeste udgave og de offentlige bilag, som sidens møder har. Under 95 % giver en alarm til administratorerne.',
  freshness: (median: string, p95: string, meetings: number) =>
    `Fra et møde dukker op på en kildes liste, til det kan findes her, går der typisk ${median}; 95 % er fundet inden for ${p95} (${meetings} ${meetings === 1 ? 'møde' : 'møder'} de seneste 30 dage).`,
  noFreshness: 'Ingen nye møder hentet de seneste 30 dage.',
  duration: (seconds: number) => duration(seconds, { hours: 't', days: (n) => `${n} døgn` }),
  publisherLine: 'Kilde',
  publisherLineMany: 'Kilder',
  allSources: 'Alle kilder og deres status',
  formatTime: (at: Date) => DA_TIME.format(at),
};

const en: typeof da = {
  footerSources: 'Sources and status',
  title: 'Sources',
  lead: 'Protokol collects agendas and minutes from the publishers’ own publication sites. Here you can see where each publisher’s meetings come from, whether collecting them works, and when they were last collected.',
  summary: (sites, ok) => `${sites} ${sites === 1 ? 'source' : 'sources'}, ${ok} of them up to date.`,
  statusHeading: 'What the status means',
  statusMeaning: {
    ok: 'Collected successfully within the last 36 hours.',
    stale: 'Not collected successfully for more than 36 hours.',
    failing: 'The latest attempts to collect from the site failed.',
    blocked: 'The site refuses us (answers 403 or 429). We wait some hours before asking again.',
    never_harvested: 'The site is known but has not been collected yet.',
    paused: 'An administrator has paused collecting.',
    retired: 'The publisher no longer uses the site.',
    address_unknown: 'We do not know the site’s address yet, so nothing is collected.',
  },
  tableCaption: (group) => `Sources: ${group}`,
  regions: 'Regions',
  municipalities: 'Municipalities',
  others: 'Other publishers',
  columns: ['Publisher', 'Publication site', 'Status', 'Last collected', 'Coverage'],
  noSite: 'No known publication site',
  addressUnknown: 'Address unknown',
  onlyBody: 'only',
  never: 'Never',
  lastHarvested: (when) => `Last collected ${when}`,
  notHarvested: 'Not collected yet',
  failedRuns: (n) => (n === 1 ? 'the last attempt failed' : `the last ${n} attempts failed`),
  blockedUntil: (when) => `next attempt ${when} at the earliest`,
  coverage: (held, listed) => (listed === null ? `${held}` : `${held} of ${listed} on the site’s list`),
  share: shareTextEn,
  coverageMeetings: (c) => `Meetings: ${shareTextEn(c.held, c.listed, c.meetingsShare)}`,
  coverageDocuments: (c) => `Documents: ${shareTextEn(c.documentsHeld, c.documentsOffered, c.documentsShare)}`,
  coverageLow: 'under 95 %',
  removedAtSource: (n) => `${n} ${n === 1 ? 'meeting' : 'meetings'} removed at the source (kept here)`,
  coverageHeading: 'What coverage means',
  coverageMeaning:
    'Meetings: how many of the meetings held on the site’s own list the archive holds. Documents: agendas and minutes in the site’s latest version and the public attachments of the site’s meetings. Under 95 % raises an alarm to the administrators.',
  freshness: (median, p95, meetings) =>
    `From a meeting appearing on a source’s list until it can be found here typically takes ${median}; 95 % are found within ${p95} (${meetings} ${meetings === 1 ? 'meeting' : 'meetings'} in the last 30 days).`,
  noFreshness: 'No new meetings collected in the last 30 days.',
  duration: (seconds) => duration(seconds, { hours: 'h', days: (n) => `${n} ${n === 1 ? 'day' : 'days'}` }),
  publisherLine: 'Source',
  publisherLineMany: 'Sources',
  allSources: 'Every source and its status',
  formatTime: (at) => EN_TIME.format(at),
};

export const SOURCES_MESSAGES = { da, en } as const;
