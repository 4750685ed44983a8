/**
 * The words of plans (planer): the list /planer, a plan's page /plan/:id with its current version,
 * history, the items that treated it and where its process stands, and the difference between two
 * versions /plan/:id/forskel, in Danish and English. The secretariat's forms are Danish, as the
 * secretariat's other pages. Plan kinds' and version states' labels are here too.
 */
import type { ChapterChange, PlanKind, PlanVersionState } from '../../domain/plan.js';

export interface PlanMessages {
  listTitle: string;
  listLead: string;
  none: string;
  newPlan: string;
  plan: string;
  kind: string;
  owner: string;
  deadline: string;
  noDeadline: string;
  versionsCount: string;
  currentStatus: string;
  adoptedVersion: (number: number, date: string) => string;
  notAdopted: (number: number, status: string, date: string) => string;
  notAdoptedNote: string;
  noVersions: string;
  goals: string;
  description: string;
  history: string;
  historyCaption: string;
  version: string;
  status: string;
  date: string;
  decision: string;
  note: string;
  compare: string;
  compareWithPrevious: string;
  diffTitle: (from: number, to: number) => string;
  diffLead: (from: number, to: number) => string;
  diffFrom: string;
  diffTo: string;
  diffShow: string;
  diffNoChanges: string;
  renamedFrom: (theme: string) => string;
  changes: Record<ChapterChange, string>;
  items: string;
  noItems: string;
  itemLabel: (number: number, title: string) => string;
  closedItem: string;
  process: string;
  processLink: (title: string) => string;
  noProcess: string;
  hearings: string;
  apiLink: string;
  plansOf: string;
  edit: string;
  kinds: Record<PlanKind, string>;
  states: Record<PlanVersionState, string>;
}

export const PLAN_MESSAGES: Record<'da' | 'en', PlanMessages> = {
  da: {
    listTitle: 'Planer',
    listLead:
      'Planer, som et organ vedtager over flere møder – fx sundhedsrådenes nærsundhedsplaner. Hver plan har versioner: udkast, høringsudkast, vedtaget og revideret.',
    none: 'Der er ingen planer endnu.',
    newPlan: 'Opret en plan',
    plan: 'Plan',
    kind: 'Slags plan',
    owner: 'Vedtages af',
    deadline: 'Frist for vedtagelse',
    noDeadline: 'Ingen frist',
    versionsCount: 'Versioner',
    currentStatus: 'Status',
    adoptedVersion: (number, date) => `Vedtaget version ${number} (${date})`,
    notAdopted: (number, status, date) => `Version ${number}: ${status} (${date}) – ikke vedtaget`,
    notAdoptedNote: 'Planen er ikke vedtaget endnu. Her vises den nyeste version.',
    noVersions: 'Planen har ingen tekst endnu.',
    goals: 'Mål',
    description: 'Beskrivelse',
    history: 'Versioner',
    historyCaption: 'Planens versioner med dato og status',
    version: 'Version',
    status: 'Status',
    date: 'Dato',
    decision: 'Beslutning',
    note: 'Note',
    compare: 'Sammenlign to versioner',
    compareWithPrevious: 'Se ændringer fra forrige version',
    diffTitle: (from, to) => `Ændringer fra version ${from} til version ${to}`,
    diffLead: (from, to) =>
      `Tekst, der er tilføjet i version ${to}, er markeret "Tilføjet"; tekst, der er fjernet fra version ${from}, er markeret "Fjernet".`,
    diffFrom: 'Fra version',
    diffTo: 'Til version',
    diffShow: 'Vis ændringer',
    diffNoChanges: 'Ingen ændringer i dette kapitel.',
    renamedFrom: (theme) => `Hed før: ${theme}`,
    changes: { same: 'Uændret', changed: 'Ændret', added: 'Nyt kapitel', removed: 'Kapitlet er fjernet' },
    items: 'Behandlet på møder',
    noItems: 'Der er ikke knyttet dagsordenspunkter til planen.',
    itemLabel: (number, title) => `Punkt ${number}: ${title}`,
    closedItem: 'behandlet i et lukket punkt',
    process: 'Hvor står processen?',
    processLink: (title) => `Følg forløbet: ${title}`,
    noProcess: 'Der er ikke knyttet et forløb til planen.',
    hearings: 'Høringer',
    apiLink: 'Planen som data (JSON)',
    plansOf: 'Planer',
    edit: 'Redigér planen',
    kinds: {
      local_health_plan: 'Nærsundhedsplan',
      regional_health_plan: 'Regional sundhedsplan',
      other: 'Anden plan',
    },
    states: { draft: 'Udkast', hearing_draft: 'Høringsudkast', adopted: 'Vedtaget', revised: 'Revideret' },
  },
  en: {
    listTitle: 'Plans',
    listLead:
      'Plans a body adopts over several meetings – such as the health councils’ local health plans. Each plan has versions: draft, hearing draft, adopted and revised.',
    none: 'There are no plans yet.',
    newPlan: 'Create a plan',
    plan: 'Plan',
    kind: 'Kind of plan',
    owner: 'Adopted by',
    deadline: 'Deadline for adoption',
    noDeadline: 'No deadline',
    versionsCount: 'Versions',
    currentStatus: 'Status',
    adoptedVersion: (number, date) => `Adopted version ${number} (${date})`,
    notAdopted: (number, status, date) => `Version ${number}: ${status} (${date}) – not adopted`,
    notAdoptedNote: 'The plan is not adopted yet. This is the newest version.',
    noVersions: 'The plan has no text yet.',
    goals: 'Goals',
    description: 'Description',
    history: 'Versions',
    historyCaption: 'The plan’s versions with date and status',
    version: 'Version',
    status: 'Status',
    date: 'Date',
    decision: 'Decision',
    note: 'Note',
    compare: 'Compare two versions',
    compareWithPrevious: 'See changes from the previous version',
    diffTitle: (from, to) => `Changes from version ${from} to version ${to}`,
    diffLead: (from, to) =>
      `Text added in version ${to} is marked "Added"; text removed from version ${from} is marked "Removed".`,
    diffFrom: 'From version',
    diffTo: 'To version',
    diffShow: 'Show changes',
    diffNoChanges: 'No changes in this chapter.',
    renamedFrom: (theme) => `Formerly: ${theme}`,
    changes: { same: 'Unchanged', changed: 'Changed', added: 'New chapter', removed: 'Chapter removed' },
    items: 'Treated at meetings',
    noItems: 'No agenda items are linked to the plan.',
    itemLabel: (number, title) => `Item ${number}: ${title}`,
    closedItem: 'treated in a closed item',
    process: 'Where does the process stand?',
    processLink: (title) => `Follow the process: ${title}`,
    noProcess: 'No process is linked to the plan.',
    hearings: 'Hearings',
    apiLink: 'The plan as data (JSON)',
    plansOf: 'Plans',
    edit: 'Edit the plan',
    kinds: {
      local_health_plan: 'Local health plan',
      regional_health_plan: 'Regional health plan',
      other: 'Other plan',
    },
    states: { draft: 'Draft', hearing_draft: 'Hearing draft', adopted: 'Adopted', revised: 'Revised' },
  },
};
