/**
 * The words of GP capacity (lægedækning): the public list /laegedaekning, a health council's board
 * /laegedaekning/:slug with its picture and tables, the link on the council's page, and the
 * vacancies' states and outcomes, in Danish and English. The secretariat's pages are Danish, as
 * the secretariat's other pages.
 */
import { MONTHS } from '../../domain/danish-dates.js';
import type { VacancyOutcome, VacancyState } from '../../domain/gp-capacity.js';

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "2026-03" → the month's name and year in the list's words. */
const monthIn = (names: readonly string[]) => (month: string) =>
  `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

export interface GpCapacityMessages {
  footerLink: string;
  secretariatMenu: string;
  editBoard: string;
  listTitle: string;
  listLead: string;
  none: string;
  upload: string;
  council: string;
  possible: string;
  actual: string;
  gap: string;
  gapText: (gap: number) => string;
  practices: string;
  open: string;
  closed: string;
  openShare: string;
  vacanciesOpen: string;
  dataOn: string;
  source: string;
  boardTitle: (council: string) => string;
  boardLead: string;
  pictureHeading: string;
  pictureTitle: (council: string) => string;
  historyCaption: string;
  month: string;
  monthText: (month: string) => string;
  noHistory: string;
  areasHeading: string;
  area: string;
  gps: string;
  capacity: string;
  patients: string;
  capacityUse: string;
  practicesHeading: string;
  practiceNumber: string;
  practiceName: string;
  openForNew: string;
  ownersNote: string;
  vacanciesHeading: string;
  vacanciesLead: (months: number) => string;
  noVacancies: string;
  clockStarts: string;
  deadline: string;
  state: string;
  daysLeft: (days: number) => string;
  decision: string;
  openItem: (number: number, title: string) => string;
  closedItem: (number: number) => string;
  decisionsHeading: string;
  noDecisions: string;
  note: string;
  apiLink: string;
  councilLink: string;
  states: Record<VacancyState, string>;
  outcomes: Record<VacancyOutcome, string>;
}

export const GP_MESSAGES: Record<'da' | 'en', GpCapacityMessages> = {
  da: {
    footerLink: 'Lægedækning',
    secretariatMenu: 'Lægedækning (indlæs tal)',
    editBoard: 'Behandl lægedækningen (sekretariatet)',
    listTitle: 'Lægedækning',
    listLead:
      'Den nationale fordelingsmodel giver hvert sundhedsråd et muligt antal praktiserende læger ud fra befolkningens behandlingsbehov. Her står det mulige antal over for det faktiske – lægerne i rådets ydernumre – med praksis åbne og lukkede for nye patienter og vakante ydernumre.',
    none: 'Der er ingen tal for lægedækningen endnu.',
    upload: 'Indlæs tal (CSV)',
    council: 'Sundhedsråd',
    possible: 'Mulige læger',
    actual: 'Faktiske læger',
    gap: 'Forskel',
    gapText: (gap) =>
      gap > 0 ? `${gap} læger mangler` : gap < 0 ? `${-gap} læger over modellens tal` : 'Som modellens tal',
    practices: 'Ydernumre',
    open: 'Åben',
    closed: 'Lukket',
    openShare: 'Åbne for nye patienter',
    vacanciesOpen: 'Vakante ydernumre',
    dataOn: 'Tallene gælder',
    source: 'Det mulige antal fra',
    boardTitle: (council) => `Lægedækning: ${council}`,
    boardLead:
      'Planlægningsområder og ydernumre med læger, kapacitet (det differentierede antal patienter, regionen tildeler) og tilmeldte patienter; vakante ydernumre med deres frist; og det mulige antal læger over for det faktiske måned for måned.',
    pictureHeading: 'Mulige og faktiske læger over tid',
    pictureTitle: (council) => `Mulige og faktiske læger i ${council} pr. måned (samme tal som i tabellen)`,
    historyCaption: 'Mulige og faktiske læger pr. måned',
    month: 'Måned',
    monthText: monthIn(MONTHS),
    noHistory: 'Der er ingen historik endnu.',
    areasHeading: 'Planlægningsområder',
    area: 'Område',
    gps: 'Læger',
    capacity: 'Kapacitet',
    patients: 'Tilmeldte',
    capacityUse: 'Tilmeldte af kapaciteten',
    practicesHeading: 'Ydernumre',
    practiceNumber: 'Ydernummer',
    practiceName: 'Praksis',
    openForNew: 'Nye patienter',
    ownersNote: 'Én læge må højst eje tre ydernumre; Protokol tjekker det, når tallene indlæses.',
    vacanciesHeading: 'Vakante ydernumre',
    vacanciesLead: (months) =>
      `Når et ydernummer bliver vakant, starter et ur: inden fristen skal det genbesættes, flyttes eller inddrages. Fristen er her sat til ${months} måneder efter, at uret starter – Protokols antagelse, indtil reglen er fundet.`,
    noVacancies: 'Ingen vakante ydernumre.',
    clockStarts: 'Vakant fra',
    deadline: 'Frist',
    state: 'Status',
    daysLeft: (days) =>
      days > 1 ? `${days} dage tilbage` : days === 1 ? '1 dag tilbage' : days === 0 ? 'fristen er i dag' : '',
    decision: 'Beslutning',
    openItem: (number, title) => `Punkt ${number}: ${title}`,
    closedItem: (number) => `Punkt ${number} (lukket punkt)`,
    decisionsHeading: 'Beslutninger om lægedækningen',
    noDecisions: 'Ingen beslutninger knyttet til endnu.',
    note: 'Bemærkning',
    apiLink: 'Lægedækningen som data (JSON)',
    councilLink: 'Lægedækning: mulige og faktiske læger, ydernumre og vakancer',
    states: {
      open: 'Vakant',
      overdue: 'Vakant, fristen er overskredet',
      refilled: 'Genbesat',
      moved: 'Flyttet',
      withdrawn: 'Inddraget',
    },
    outcomes: { refilled: 'Genbesat', moved: 'Flyttet', withdrawn: 'Inddraget' },
  },
  en: {
    footerLink: 'GP capacity',
    secretariatMenu: 'GP capacity (load figures)',
    editBoard: 'Handle the GP capacity (secretariat)',
    listTitle: 'GP capacity',
    listLead:
      "The national distribution model gives each health council a possible number of general practitioners from the population's treatment need. Here the possible number stands against the actual one – the GPs in the council's practices – with practices open and closed for new patients and vacant practice numbers.",
    none: 'There are no GP capacity figures yet.',
    upload: 'Load figures (CSV)',
    council: 'Health council',
    possible: 'Possible GPs',
    actual: 'Actual GPs',
    gap: 'Difference',
    gapText: (gap) => (gap > 0 ? `${gap} GPs missing` : gap < 0 ? `${-gap} GPs over the model` : 'As the model'),
    practices: 'Practices',
    open: 'Open',
    closed: 'Closed',
    openShare: 'Open for new patients',
    vacanciesOpen: 'Vacant practice numbers',
    dataOn: 'Figures as of',
    source: 'Possible number from',
    boardTitle: (council) => `GP capacity: ${council}`,
    boardLead:
      'Planning areas and practices with their GPs, capacity (the differentiated number of patients the region assigns) and patients listed; vacant practice numbers with their deadline; and the possible number of GPs against the actual one, month by month.',
    pictureHeading: 'Possible and actual GPs over time',
    pictureTitle: (council) => `Possible and actual GPs in ${council} per month (the same figures as the table)`,
    historyCaption: 'Possible and actual GPs per month',
    month: 'Month',
    monthText: monthIn(ENGLISH_MONTHS),
    noHistory: 'There is no history yet.',
    areasHeading: 'Planning areas',
    area: 'Area',
    gps: 'GPs',
    capacity: 'Capacity',
    patients: 'Listed',
    capacityUse: 'Listed of capacity',
    practicesHeading: 'Practices',
    practiceNumber: 'Practice number',
    practiceName: 'Practice',
    openForNew: 'New patients',
    ownersNote: 'One GP may own at most three practice numbers; Protokol checks it when the figures are loaded.',
    vacanciesHeading: 'Vacant practice numbers',
    vacanciesLead: (months) =>
      `When a practice number falls vacant a clock starts: by the deadline it must be re-filled, moved or withdrawn. The deadline is set here at ${months} months after the clock starts – Protokol's assumption until the rule is found.`,
    noVacancies: 'No vacant practice numbers.',
    clockStarts: 'Vacant from',
    deadline: 'Deadline',
    state: 'Status',
    daysLeft: (days) =>
      days > 1 ? `${days} days left` : days === 1 ? '1 day left' : days === 0 ? 'the deadline is today' : '',
    decision: 'Decision',
    openItem: (number, title) => `Item ${number}: ${title}`,
    closedItem: (number) => `Item ${number} (closed item)`,
    decisionsHeading: 'Decisions on GP capacity',
    noDecisions: 'No decisions linked yet.',
    note: 'Note',
    apiLink: 'The GP capacity as data (JSON)',
    councilLink: 'GP capacity: possible and actual GPs, practices and vacancies',
    states: {
      open: 'Vacant',
      overdue: 'Vacant, past the deadline',
      refilled: 'Re-filled',
      moved: 'Moved',
      withdrawn: 'Withdrawn',
    },
    outcomes: { refilled: 'Re-filled', moved: 'Moved', withdrawn: 'Withdrawn' },
  },
};
