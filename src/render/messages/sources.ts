/**
 * The words of sources (kilder): the page /kilder that lists every publisher with its publication
 * site, the site's status and when it was last harvested, and the same line on a publisher's page,
 * in Danish and English. Kept beside da.ts and en.ts so that the catalogue's main files stay short.
 * The statuses' own names are labels (labels-da.ts, `sourceStatus`).
 */
import type { SourceStatusKind } from '../../domain/source-status.js';

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
  columns: ['Udgiver', 'Publiceringsside', 'Status', 'Senest hentet', 'Møder hentet'],
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
  columns: ['Publisher', 'Publication site', 'Status', 'Last collected', 'Meetings collected'],
  noSite: 'No known publication site',
  addressUnknown: 'Address unknown',
  onlyBody: 'only',
  never: 'Never',
  lastHarvested: (when) => `Last collected ${when}`,
  notHarvested: 'Not collected yet',
  failedRuns: (n) => (n === 1 ? 'the last attempt failed' : `the last ${n} attempts failed`),
  blockedUntil: (when) => `next attempt ${when} at the earliest`,
  coverage: (held, listed) => (listed === null ? `${held}` : `${held} of ${listed} on the site’s list`),
  publisherLine: 'Source',
  publisherLineMany: 'Sources',
  allSources: 'Every source and its status',
  formatTime: (at) => EN_TIME.format(at),
};

export const SOURCES_MESSAGES = { da, en } as const;
