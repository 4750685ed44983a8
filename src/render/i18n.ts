/**
 * The interface's own text in Danish (the default) and English. Only Protokol's own words are
 * translated; what the bodies published (titles, sections, decisions, names) stays as published.
 */
import { BODY_KIND_LABELS, BODY_LEVEL_LABELS, type BodyKind, type BodyLevel } from '../domain/body-kind.js';
import { type DecisionOutcome, OUTCOME_LABELS } from '../domain/decision.js';
import {
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  MEETING_STATUS_LABELS,
  type MeetingStatus,
} from '../domain/meeting.js';
import { MEMBERSHIP_ROLE_LABELS, type MembershipRole } from '../domain/membership.js';
import { SECTION_KIND_LABELS, type SectionKind } from '../domain/sections.js';

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}

const da = {
  languageName: 'Dansk',
  chooseLanguage: 'Vælg sprog',
  siteTagline: 'Møder, dagsordener og referater fra sundhedsrådene',
  homeLabel: 'Protokol – forsiden',
  skipToContent: 'Gå til sidens indhold',
  searchLabel: 'Søg i dagsordener og referater',
  searchButton: 'Søg',
  breadcrumbs: 'Brødkrumme',
  home: 'Forside',
  footer:
    'Protokol er en åben platform for sundhedsrådenes møder og beslutninger. Indholdet er offentliggjort af de enkelte råd og udvalg; lukkede punkter vises ikke.',
  fictitiousBadge: 'Fiktive demodata',
  fictitiousNotice:
    'Dette indhold er opdigtet. Det er demodata, som Protokol selv har skrevet for at vise, hvordan portalen virker – det er ikke rigtige møder eller beslutninger.',
  // front page
  frontTitle: 'Forside',
  frontHeading: 'Sundhedsrådenes møder og beslutninger',
  frontLead:
    'Find dagsordener, referater og beslutninger fra sundhedsrådene og de udvalg, der arbejder med dem – på tværs af alle regioner.',
  latestMinutes: 'Seneste referater',
  upcomingMeetings: 'Kommende møder',
  noLatestMinutes: 'Der er endnu ingen referater.',
  noUpcomingMeetings: 'Der er ingen planlagte møder.',
  councilsByRegion: 'Sundhedsråd efter region',
  municipalityCount: (n: number) => `${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
  regionUntil: (date: string) => `Regionen findes til og med ${date}.`,
  regionFrom: (date: string) => `Regionen findes fra ${date}.`,
  noCouncilsInRegion: 'Ingen sundhedsråd hører til regionen fra 2027.',
  // meeting
  date: 'Dato',
  place: 'Sted',
  body: 'Organ',
  status: 'Status',
  participants: 'Deltagere',
  absentFromMeeting: 'Fraværende',
  noParticipants: 'Referatet nævner ingen deltagere.',
  contents: 'Indholdsfortegnelse',
  item: 'Punkt',
  decision: 'Beslutning',
  outcome: 'Udfald',
  noDecision: 'Der er ikke registreret nogen beslutning.',
  dissents: 'Med mindretal eller forbehold',
  attachments: 'Bilag',
  absentFromItem: 'Fraværende under punktet',
  caseNumber: 'Sag',
  documentId: 'Dok.nr.',
  timeSlot: 'Tidspunkt',
  permalink: 'Fast link til punktet',
  closedItemNotice: 'Punktet er lukket. Indholdet af lukkede punkter er kun for rådets medlemmer og vises ikke her.',
  sourceHeading: 'Kildedokument',
  sourceLink: (fileName: string) => `Hent det offentliggjorte dokument (${fileName})`,
  sourceImported: 'Mødet er læst ind fra det dokument, som organet har offentliggjort.',
  sourceWithheld: 'Kildedokumentet vises ikke, fordi det indeholder lukkede punkter. Mødets åbne punkter står ovenfor.',
  sourceMissing: 'Kildedokumentet er ikke gemt i Protokol.',
  sourceNone: 'Mødet er oprettet i Protokol og har intet kildedokument.',
  meetingsOfBody: (name: string) => `Alle møder i ${name}`,
  // item
  itemOfMeeting: 'Møde',
  previousItem: 'Forrige punkt',
  nextItem: 'Næste punkt',
  itemNavigation: 'Andre punkter på mødet',
  caseHistory: 'Se sagens forløb',
  // body
  kind: 'Type',
  level: 'Niveau',
  region: 'Region',
  successor: 'Afløst af',
  predecessors: 'Afløser',
  municipalities: 'Kommuner',
  members: 'Medlemmer',
  noMembers: 'Der er ikke registreret nogen medlemmer.',
  name: 'Navn',
  role: 'Rolle',
  party: 'Parti',
  organisation: 'Organisation',
  meetings: 'Møder',
  noMeetings: 'Der er ikke registreret nogen møder.',
  calendar: 'Kalender',
  meetingsIn: (year: string) => `Møder i ${year}`,
  items: (n: number) => `${n} ${n === 1 ? 'punkt' : 'punkter'}`,
  searchInBody: (name: string) => `Søg i ${name}s dagsordener og referater`,
  aboutBody: 'Om organet',
  // case
  caseTitle: (n: string) => `Sag ${n}`,
  caseLead: (items: number, bodies: number) =>
    `Sagen har været behandlet ${items} ${items === 1 ? 'gang' : 'gange'} i ${bodies} ${bodies === 1 ? 'organ' : 'organer'}.`,
  caseTimeline: 'Forløb',
  // person
  memberships: 'Medlemskaber',
  noMemberships: 'Der er ikke registreret nogen medlemskaber.',
  since: 'Fra',
  meetingsOfPerson: 'Møder',
  attendance: 'Fremmøde',
  attended: 'Deltog',
  missed: 'Fraværende',
  invited: 'Indkaldt',
  attendanceSummary: (attended: number, missed: number) =>
    `Deltog i ${attended} ${attended === 1 ? 'møde' : 'møder'}, fraværende fra ${missed}.`,
  meeting: 'Møde',
  // search
  searchTitle: 'Søg',
  searchHeading: 'Søg i dagsordener og referater',
  searchHint:
    'Søg på ord fra titler, sagsfremstillinger og beslutninger. Brug "anførselstegn" om en frase og - foran et ord, der ikke må indgå.',
  filters: 'Afgræns søgningen',
  allBodies: 'Alle organer',
  allRegions: 'Alle regioner',
  anyOutcome: 'Alle udfald',
  anySection: 'Alle afsnit',
  fromDate: 'Fra dato',
  toDate: 'Til dato',
  dateHint: 'Skriv datoen som åååå-mm-dd.',
  sectionKind: 'Afsnit',
  resultsHeading: 'Resultater',
  resultCount: (n: number, query: string) =>
    query
      ? `${n} ${n === 1 ? 'resultat' : 'resultater'} for »${query}«`
      : `${n} ${n === 1 ? 'resultat' : 'resultater'}`,
  resultCountCapped: (n: number, query: string) =>
    `Mere end ${n.toLocaleString('da-DK')} resultater${query ? ` for »${query}«` : ''} – de nyeste er sorteret efter relevans. Gør gerne søgningen mere præcis.`,
  pageOf: (page: number, pages: number) => `Side ${page} af ${pages}`,
  pagination: 'Sider',
  previousPage: 'Forrige side',
  nextPage: 'Næste side',
  pageN: (n: number) => `Side ${n}`,
  noResults: (query: string) => (query ? `Ingen resultater for »${query}«` : 'Ingen resultater'),
  noResultsOnPage: 'Der er ingen resultater på denne side.',
  suggestionsHeading: 'Forslag',
  tryFewerWords: 'Prøv med færre eller andre ord, eller tjek stavningen.',
  tryWithoutFilters: (n: number) => `Søg uden afgrænsninger (${n} ${n === 1 ? 'resultat' : 'resultater'})`,
  didYouMean: 'Måske søgte du efter et af disse punkter:',
  emptySearch: 'Skriv et eller flere ord i søgefeltet, eller vælg en afgrænsning.',
  // errors
  notFoundTitle: 'Siden findes ikke',
  notFoundText:
    'Vi kunne ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.',
  goHome: 'Gå til forsiden',
  orSearch: 'søg i dagsordener og referater',
  or: 'eller',
  serverErrorTitle: 'Der opstod en fejl',
  serverErrorText: 'Noget gik galt hos os, og siden kunne ikke vises. Prøv igen om lidt.',
  badRequestTitle: 'Adressen kan ikke bruges',
  badRequestText: 'Adressen indeholder noget, vi ikke kan forstå:',
};

export type Messages = typeof da;

const en: Messages = {
  languageName: 'English',
  chooseLanguage: 'Choose language',
  siteTagline: 'Meetings, agendas and minutes of the Danish health councils',
  homeLabel: 'Protokol – home',
  skipToContent: 'Skip to content',
  searchLabel: 'Search agendas and minutes',
  searchButton: 'Search',
  breadcrumbs: 'Breadcrumb',
  home: 'Home',
  footer:
    'Protokol is an open platform for the meetings and decisions of the Danish health councils. The content is published by each council and committee; closed items are not shown.',
  fictitiousBadge: 'Fictitious demo data',
  fictitiousNotice:
    'This content is made up. It is demo data that Protokol wrote itself to show how the portal works – these are not real meetings or decisions.',
  frontTitle: 'Home',
  frontHeading: 'Meetings and decisions of the health councils',
  frontLead:
    'Find agendas, minutes and decisions of the Danish health councils and the committees that work with them – across all regions. Documents are in Danish.',
  latestMinutes: 'Latest minutes',
  upcomingMeetings: 'Upcoming meetings',
  noLatestMinutes: 'There are no minutes yet.',
  noUpcomingMeetings: 'No meetings are planned.',
  councilsByRegion: 'Health councils by region',
  municipalityCount: (n: number) => `${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
  regionUntil: (date: string) => `The region exists until ${date}.`,
  regionFrom: (date: string) => `The region exists from ${date}.`,
  noCouncilsInRegion: 'No health council belongs to this region from 2027.',
  date: 'Date',
  place: 'Place',
  body: 'Body',
  status: 'Status',
  participants: 'Participants',
  absentFromMeeting: 'Absent',
  noParticipants: 'The minutes name no participants.',
  contents: 'Contents',
  item: 'Item',
  decision: 'Decision',
  outcome: 'Outcome',
  noDecision: 'No decision has been recorded.',
  dissents: 'With dissent or reservation',
  attachments: 'Attachments',
  absentFromItem: 'Absent during the item',
  caseNumber: 'Case',
  documentId: 'Doc. no.',
  timeSlot: 'Time',
  permalink: 'Permanent link to the item',
  closedItemNotice: 'This item is closed. The content of closed items is for the members only and is not shown here.',
  sourceHeading: 'Source document',
  sourceLink: (fileName: string) => `Download the published document (${fileName})`,
  sourceImported: 'This meeting was read from the document that the body published.',
  sourceWithheld: 'The source document is not shown because it contains closed items. The open items are shown above.',
  sourceMissing: 'The source document is not stored in Protokol.',
  sourceNone: 'This meeting was created in Protokol and has no source document.',
  meetingsOfBody: (name: string) => `All meetings of ${name}`,
  itemOfMeeting: 'Meeting',
  previousItem: 'Previous item',
  nextItem: 'Next item',
  itemNavigation: 'Other items of the meeting',
  caseHistory: 'See the history of the case',
  kind: 'Type',
  level: 'Level',
  region: 'Region',
  successor: 'Succeeded by',
  predecessors: 'Succeeds',
  municipalities: 'Municipalities',
  members: 'Members',
  noMembers: 'No members are recorded.',
  name: 'Name',
  role: 'Role',
  party: 'Party',
  organisation: 'Organisation',
  meetings: 'Meetings',
  noMeetings: 'No meetings are recorded.',
  calendar: 'Calendar',
  meetingsIn: (year: string) => `Meetings in ${year}`,
  items: (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`,
  searchInBody: (name: string) => `Search the agendas and minutes of ${name}`,
  aboutBody: 'About the body',
  caseTitle: (n: string) => `Case ${n}`,
  caseLead: (items: number, bodies: number) =>
    `The case has been on the agenda ${items} ${items === 1 ? 'time' : 'times'} in ${bodies} ${bodies === 1 ? 'body' : 'bodies'}.`,
  caseTimeline: 'Timeline',
  memberships: 'Memberships',
  noMemberships: 'No memberships are recorded.',
  since: 'From',
  meetingsOfPerson: 'Meetings',
  attendance: 'Attendance',
  attended: 'Attended',
  missed: 'Absent',
  invited: 'Invited',
  attendanceSummary: (attended: number, missed: number) =>
    `Attended ${attended} ${attended === 1 ? 'meeting' : 'meetings'}, absent from ${missed}.`,
  meeting: 'Meeting',
  searchTitle: 'Search',
  searchHeading: 'Search agendas and minutes',
  searchHint:
    'Search for words in titles, case presentations and decisions (in Danish). Use "quotes" for a phrase and - before a word that must not occur.',
  filters: 'Narrow the search',
  allBodies: 'All bodies',
  allRegions: 'All regions',
  anyOutcome: 'Any outcome',
  anySection: 'Any section',
  fromDate: 'From date',
  toDate: 'To date',
  dateHint: 'Write the date as yyyy-mm-dd.',
  sectionKind: 'Section',
  resultsHeading: 'Results',
  resultCount: (n: number, query: string) =>
    query ? `${n} ${n === 1 ? 'result' : 'results'} for “${query}”` : `${n} ${n === 1 ? 'result' : 'results'}`,
  resultCountCapped: (n: number, query: string) =>
    `More than ${n.toLocaleString('en-GB')} results${query ? ` for “${query}”` : ''} – the newest are sorted by relevance. Try a more precise search.`,
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  pagination: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageN: (n: number) => `Page ${n}`,
  noResults: (query: string) => (query ? `No results for “${query}”` : 'No results'),
  noResultsOnPage: 'There are no results on this page.',
  suggestionsHeading: 'Suggestions',
  tryFewerWords: 'Try fewer or other words, or check the spelling.',
  tryWithoutFilters: (n: number) => `Search without the filters (${n} ${n === 1 ? 'result' : 'results'})`,
  didYouMean: 'Perhaps you were looking for one of these items:',
  emptySearch: 'Type one or more words in the search box, or choose a filter.',
  notFoundTitle: 'Page not found',
  notFoundText: 'We could not find the page you are looking for. It may have moved, or the address may be mistyped.',
  goHome: 'Go to the home page',
  orSearch: 'search agendas and minutes',
  or: 'or',
  serverErrorTitle: 'Something went wrong',
  serverErrorText: 'Something went wrong on our side and the page could not be shown. Please try again shortly.',
  badRequestTitle: 'This address cannot be used',
  badRequestText: 'The address contains something we cannot understand:',
};

export const MESSAGES: Record<Lang, Messages> = { da, en };

/** Labels for the domain's codes (outcomes, kinds, roles …) in each language. */
export interface Labels {
  outcome: Record<DecisionOutcome, string>;
  sectionKind: Record<SectionKind, string>;
  bodyKind: Record<BodyKind, string>;
  bodyLevel: Record<BodyLevel, string>;
  role: Record<MembershipRole, string>;
  status: Record<MeetingStatus, string>;
  documentKind: Record<DocumentKind, string>;
}

export const LABELS: Record<Lang, Labels> = {
  da: {
    outcome: OUTCOME_LABELS,
    sectionKind: SECTION_KIND_LABELS,
    bodyKind: BODY_KIND_LABELS,
    bodyLevel: BODY_LEVEL_LABELS,
    role: MEMBERSHIP_ROLE_LABELS,
    status: MEETING_STATUS_LABELS,
    documentKind: DOCUMENT_KIND_LABELS,
  },
  en: {
    outcome: {
      approved: 'Approved',
      noted: 'Noted',
      discussed: 'Discussed',
      postponed: 'Postponed',
      rejected: 'Rejected',
      other: 'Other',
    },
    sectionKind: {
      summary: 'Summary',
      case_presentation: 'Case presentation',
      recommendation: 'Recommendation',
      decision: 'Decision',
      economy: 'Economy',
      previous_decisions: 'Previous decisions',
      climate: 'Climate assessment',
      participation: 'Participation',
      process: 'Process',
      attachments: 'Attachments',
      absent: 'Absent',
      other: 'Other',
    },
    bodyKind: {
      health_council: 'Health council',
      health_cluster: 'Health cluster',
      cooperation_committee: 'Health cooperation committee',
      directors_forum: "Health directors' forum",
      joint_meeting: 'Joint meeting',
      regional_council: 'Regional council',
      committee: 'Committee',
      other: 'Other body',
    },
    bodyLevel: { political: 'Political level', strategic: 'Strategic level', operational: 'Operational level' },
    role: {
      chair: 'Chair',
      vice_chair: 'Vice-chair',
      member: 'Member',
      observer: 'Observer',
      secretariat: 'Secretariat',
    },
    status: {
      planned: 'Planned',
      agenda_published: 'Agenda published',
      held: 'Held',
      minutes_published: 'Minutes published',
      cancelled: 'Cancelled',
    },
    documentKind: { referat: 'Minutes', dagsorden: 'Agenda' },
  },
};
