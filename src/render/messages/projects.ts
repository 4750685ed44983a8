/**
 * The words of grants and projects (tilskud og projekter): the public list /projekter, a project's
 * page /projekt/:id with its timeline, the sections on a frame's and a body's page, the lifecycle's
 * statuses and the refusals of a move (naming the current status and the allowed next ones), in
 * Danish and English. The secretariat's forms are Danish, as the secretariat's other pages.
 */
import { formatAmount } from '../../domain/money.js';
import type { ProjectStatus } from '../../domain/project.js';

export interface ProjectMessages {
  listTitle: string;
  listLead: string;
  none: string;
  newProject: string;
  project: string;
  status: string;
  statuses: Record<ProjectStatus, string>;
  drawsOn: string;
  frameSource: (frame: string, recipient: string) => string;
  pool: (name: string) => string;
  bodies: string;
  purpose: string;
  appliedOn: string;
  applied: string;
  granted: string;
  ownFunding: string;
  total: string;
  period: string;
  extendedTo: string;
  reportEvery: (months: number) => string;
  lifecycleHeading: string;
  timelineTitle: (name: string) => string;
  timelineCaption: string;
  legend: { period: string; extension: string; step: string; report: string; today: string };
  manage: string;
  date: string;
  decision: string;
  note: string;
  openItem: (number: number, title: string) => string;
  closedItem: string;
  noDecision: string;
  reportsHeading: string;
  noReports: string;
  due: string;
  received: string;
  notReceived: string;
  overdue: string;
  report: string;
  onAgenda: (body: string, date: string) => string;
  projectsOf: string;
  projectsOnFrame: string;
  committedNote: string;
  spentNote: string;
  apiLink: string;
  fictitious: string;
  refusedMove: (current: ProjectStatus, allowed: readonly ProjectStatus[]) => string;
  overCommitted: (recipient: string, leftOre: bigint) => string;
  overSpent: (leftOre: bigint) => string;
  returnOutOfRange: (unspentOre: bigint) => string;
  spent: string;
  returned: string;
  spendingHeading: string;
  noSpending: string;
  reportFile: (sizeText: string) => string;
}

const list = (words: string[], and: string) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;

const DA_STATUSES: Record<ProjectStatus, string> = {
  applied: 'Ansøgt',
  granted: 'Bevilget',
  running: 'I gang',
  extended: 'Forlænget',
  evaluated: 'Evalueret',
  in_operation: 'Overgået til drift',
  continued_with_changes: 'Videreført med ændringer',
  stopped: 'Stoppet',
};
const EN_STATUSES: Record<ProjectStatus, string> = {
  applied: 'Applied for',
  granted: 'Granted',
  running: 'Running',
  extended: 'Extended',
  evaluated: 'Evaluated',
  in_operation: 'Into operation',
  continued_with_changes: 'Continued with changes',
  stopped: 'Stopped',
};

export const PROJECT_MESSAGES: Record<'da' | 'en', ProjectMessages> = {
  da: {
    listTitle: 'Tilskud og projekter',
    listLead:
      'Projekter og tilskud, som sundhedsråd, klynger og andre organer har søgt og fået: fra en ramme eller fra en pulje udenfor. Hvert skridt er knyttet til beslutningen, der tog det.',
    none: 'Der er ingen projekter endnu.',
    newProject: 'Registrér et projekt',
    project: 'Projekt',
    status: 'Status',
    statuses: DA_STATUSES,
    drawsOn: 'Penge fra',
    frameSource: (frame, recipient) => `Rammen »${frame}«, ${recipient}s del`,
    pool: (name) => `Pulje: ${name}`,
    bodies: 'Ansvarlig',
    purpose: 'Formål',
    appliedOn: 'Ansøgt den',
    applied: 'Ansøgt beløb',
    granted: 'Bevilget',
    ownFunding: 'Egenfinansiering',
    total: 'I alt med egenfinansiering',
    period: 'Projektperiode',
    extendedTo: 'Forlænget til',
    reportEvery: (months) => (months === 12 ? 'Statusrapport hvert år' : `Statusrapport hver ${months}. måned`),
    lifecycleHeading: 'Forløbet',
    timelineTitle: (name) => `Tidslinje for ${name}`,
    timelineCaption: 'Projektets skridt med dato og beslutning (samme som tidslinjen)',
    legend: {
      period: 'Projektperioden',
      extension: 'Forlængelsen',
      step: 'Et skridt (se tabellen)',
      report: 'En statusrapport (udfyldt: modtaget)',
      today: 'I dag',
    },
    manage: 'Behandl projektet (sekretariatet)',
    date: 'Dato',
    decision: 'Besluttet ved',
    note: 'Bemærkning',
    openItem: (number, title) => `Punkt ${number}: ${title}`,
    closedItem: 'Besluttet i et lukket punkt',
    noDecision: 'Ingen beslutning knyttet til',
    reportsHeading: 'Statusrapporter',
    noReports: 'Der er ingen statusrapporter endnu. De kommer, når projektet går i gang.',
    due: 'Frist',
    received: 'Modtaget',
    notReceived: 'Ikke modtaget',
    overdue: 'for sent',
    report: 'Rapporten',
    onAgenda: (body, date) => `Sat på dagsordenen: ${body}, ${date}`,
    projectsOf: 'Tilskud og projekter',
    projectsOnFrame: 'Projekter på rammen',
    committedNote:
      'Disponeret er de bevilgede beløb til projekterne på hver modtagers del; et stoppet projekt har betalt det uforbrugte tilbage, så kun det forbrugte står som disponeret.',
    spentNote: 'Forbrugt er det, sekretariatet har registreret som brugt af projekterne.',
    apiLink: 'Projektet som data (JSON)',
    fictitious: 'fiktivt',
    refusedMove: (current, allowed) =>
      allowed.length === 0
        ? `Projektet er »${DA_STATUSES[current]}«, og det er et slutpunkt: det kan ikke flyttes videre.`
        : `Projektet er »${DA_STATUSES[current]}«. Derfra kan det kun gå til ${list(
            allowed.map((s) => `»${DA_STATUSES[s]}«`),
            'eller',
          )}.`,
    overCommitted: (recipient, leftOre) =>
      `Rammen kan ikke overdisponeres: der er kun ${formatAmount(leftOre)} tilbage af ${recipient}s del.`,
    overSpent: (leftOre) =>
      `Forbruget kan ikke blive større end bevillingen: der er kun ${formatAmount(leftOre)} tilbage af projektets bevilling.`,
    returnOutOfRange: (unspentOre) =>
      `Det tilbagebetalte beløb kan højst være det uforbrugte: ${formatAmount(unspentOre)}`,
    spent: 'Forbrugt',
    returned: 'Betalt tilbage ved stop',
    spendingHeading: 'Forbrug',
    noSpending: 'Der er ikke registreret noget forbrug.',
    reportFile: (sizeText) => `Hent rapporten (PDF, ${sizeText})`,
  },
  en: {
    listTitle: 'Grants and projects',
    listLead:
      'Projects and grants that health councils, clusters and other bodies applied for and got: from a funding frame or from an outside pool. Each step is linked to the decision that took it.',
    none: 'There are no projects yet.',
    newProject: 'Register a project',
    project: 'Project',
    status: 'Status',
    statuses: EN_STATUSES,
    drawsOn: 'Money from',
    frameSource: (frame, recipient) => `The frame "${frame}", ${recipient}'s part`,
    pool: (name) => `Pool: ${name}`,
    bodies: 'Responsible',
    purpose: 'Purpose',
    appliedOn: 'Applied on',
    applied: 'Amount applied for',
    granted: 'Granted',
    ownFunding: 'Own funding',
    total: 'Total with own funding',
    period: 'Project period',
    extendedTo: 'Extended to',
    reportEvery: (months) => (months === 12 ? 'Status report every year' : `Status report every ${months} months`),
    lifecycleHeading: 'The course of the project',
    timelineTitle: (name) => `Timeline of ${name}`,
    timelineCaption: "The project's steps with date and decision (the same as the timeline)",
    legend: {
      period: 'The project period',
      extension: 'The extension',
      step: 'A step (see the table)',
      report: 'A status report (filled: received)',
      today: 'Today',
    },
    manage: 'Handle the project (secretariat)',
    date: 'Date',
    decision: 'Decided by',
    note: 'Note',
    openItem: (number, title) => `Item ${number}: ${title}`,
    closedItem: 'Decided in a closed item',
    noDecision: 'No decision linked',
    reportsHeading: 'Status reports',
    noReports: 'There are no status reports yet. They come when the project starts.',
    due: 'Due',
    received: 'Received',
    notReceived: 'Not received',
    overdue: 'overdue',
    report: 'The report',
    onAgenda: (body, date) => `Put on the agenda: ${body}, ${date}`,
    projectsOf: 'Grants and projects',
    projectsOnFrame: 'Projects on the frame',
    committedNote:
      "Committed is the amounts granted to the projects on each recipient's part; a stopped project has paid back what it did not spend, so only what it spent stays committed.",
    spentNote: 'Spent is what the secretariat has recorded as used by the projects.',
    apiLink: 'The project as data (JSON)',
    fictitious: 'fictitious',
    refusedMove: (current, allowed) =>
      allowed.length === 0
        ? `The project is "${EN_STATUSES[current]}", which is final: it cannot move on.`
        : `The project is "${EN_STATUSES[current]}". From there it can only go to ${list(
            allowed.map((s) => `"${EN_STATUSES[s]}"`),
            'or',
          )}.`,
    overCommitted: (recipient, leftOre) =>
      `The frame cannot be over-committed: only ${formatAmount(leftOre)} is left of ${recipient}'s part.`,
    overSpent: (leftOre) =>
      `Spending cannot exceed the grant: only ${formatAmount(leftOre)} is left of the project's grant.`,
    returnOutOfRange: (unspentOre) =>
      `The amount paid back can be at most the unspent rest: ${formatAmount(unspentOre)}`,
    spent: 'Spent',
    returned: 'Paid back on stopping',
    spendingHeading: 'Spending',
    noSpending: 'No spending has been recorded.',
    reportFile: (sizeText) => `Download the report (PDF, ${sizeText})`,
  },
};
