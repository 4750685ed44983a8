/**
 * The words of processes (forløb): the public list /forloeb, a process's page /forloeb/:id with its
 * timeline picture and table, the sections on a body's and an item's page, and the labels of steps'
 * actions and statuses, in Danish and English. The secretariat's forms are Danish, as the
 * secretariat's other pages.
 */
import type { PublicStepState, StepAction } from '../../domain/process.js';

export interface ProcessMessages {
  listTitle: string;
  listLead: string;
  none: string;
  start: string;
  process: string;
  owner: string;
  progress: string;
  progressText: (done: number, total: number) => string;
  flagged: string;
  description: string;
  plan: string;
  pictureHeading: string;
  pictureTitle: (title: string) => string;
  pictureDesc: (counts: Record<PublicStepState, number>, today: string) => string;
  today: string;
  stepsLane: string;
  tableCaption: string;
  phasesCaption: string;
  phase: string;
  period: string;
  step: string;
  body: string;
  action: string;
  due: string;
  status: string;
  treatedIn: string;
  meetingOn: (date: string) => string;
  itemLabel: (number: number | null, title: string) => string;
  closedItem: string;
  newDateNeeded: string;
  skippedBecause: (reason: string) => string;
  overridden: (reason: string) => string;
  requires: (titles: string) => string;
  parallel: (group: string, progress: string) => string;
  legend: Record<PublicStepState, string>;
  states: Record<PublicStepState, string>;
  actions: Record<StepAction, string>;
  outcomeText: (outcome: string) => string;
  apiLink: string;
  processesOf: string;
  itemSteps: string;
  itemStep: (step: string) => string;
  edit: string;
  secretariatMenu: string;
}

export const PROCESS_MESSAGES: Record<'da' | 'en', ProcessMessages> = {
  da: {
    listTitle: 'Forløb',
    listLead:
      'Sager, der går på tværs af møder og organer: hvert trin med hvem der behandler det, hvornår, og hvor sagen står nu.',
    none: 'Der er ingen forløb endnu.',
    start: 'Start et forløb',
    process: 'Forløb',
    owner: 'Ansvarligt organ',
    progress: 'Gennemført',
    progressText: (done, total) => `${done} af ${total} trin`,
    flagged: 'Kræver opmærksomhed',
    description: 'Om forløbet',
    plan: 'Plan',
    pictureHeading: 'Tidslinje',
    pictureTitle: (title) => `Tidslinje for ${title}`,
    pictureDesc: (c, today) =>
      `Faser som bjælker og trin som mærker; i dag er ${today}. ${c.done} gennemført, ${c.scheduled} sat på et møde, ${c.planned} planlagt, ${c.overdue} forsinket, ${c.skipped} sprunget over. Samme oplysninger står i tabellen nedenfor.`,
    today: 'I dag',
    stepsLane: 'Trin',
    tableCaption: 'Forløbets trin',
    phasesCaption: 'Forløbets faser',
    phase: 'Fase',
    period: 'Periode',
    step: 'Trin',
    body: 'Organ',
    action: 'Hvad sker der',
    due: 'Frist',
    status: 'Status',
    treatedIn: 'Behandlet',
    meetingOn: (date) => `Møde ${date}`,
    itemLabel: (number, title) => (number === null ? title : `Punkt ${number}: ${title}`),
    closedItem: 'Behandlet i et lukket punkt',
    newDateNeeded: 'Udsat – der mangler en ny dato',
    skippedBecause: (reason) => `Sprunget over: ${reason}`,
    overridden: (reason) => `Gennemført uden at alle betingelser var opfyldt. Begrundelse: ${reason}`,
    requires: (titles) => `Kræver først: ${titles}`,
    parallel: (group, progress) => `${group}: ${progress}`,
    legend: {
      planned: 'Planlagt',
      scheduled: 'Sat på et møde',
      done: 'Gennemført',
      overdue: 'Forsinket',
      skipped: 'Sprunget over',
    },
    states: {
      planned: 'Planlagt',
      scheduled: 'Sat på et møde',
      done: 'Gennemført',
      overdue: 'Forsinket',
      skipped: 'Sprunget over',
    },
    actions: {
      input: 'Input',
      discussion: 'Drøftelse',
      approval: 'Godkendelse',
      hearing: 'Høring',
      advice: 'Rådgivning',
      adoption: 'Vedtagelse',
      sending_on: 'Sendes videre',
    },
    outcomeText: (outcome) =>
      ({
        approved: 'godkendt',
        noted: 'taget til efterretning',
        discussed: 'drøftet',
        postponed: 'udsat',
        rejected: 'ikke godkendt',
      })[outcome] ?? 'besluttet',
    apiLink: 'Forløbet som data (JSON)',
    processesOf: 'Forløb',
    itemSteps: 'Del af et forløb',
    itemStep: (step) => `Punktet behandler trinnet »${step}« i forløbet `,
    edit: 'Redigér forløbet',
    secretariatMenu: 'Forløb',
  },
  en: {
    listTitle: 'Processes',
    listLead:
      'Cases that cross meetings and bodies: each step with who treats it, when, and where the case stands now.',
    none: 'There are no processes yet.',
    start: 'Start a process',
    process: 'Process',
    owner: 'Responsible body',
    progress: 'Done',
    progressText: (done, total) => `${done} of ${total} steps`,
    flagged: 'Needs attention',
    description: 'About the process',
    plan: 'Plan',
    pictureHeading: 'Timeline',
    pictureTitle: (title) => `Timeline of ${title}`,
    pictureDesc: (c, today) =>
      `Phases as bars and steps as marks; today is ${today}. ${c.done} done, ${c.scheduled} scheduled on a meeting, ${c.planned} planned, ${c.overdue} overdue, ${c.skipped} skipped. The table below holds the same.`,
    today: 'Today',
    stepsLane: 'Steps',
    tableCaption: 'The steps of the process',
    phasesCaption: 'The phases of the process',
    phase: 'Phase',
    period: 'Period',
    step: 'Step',
    body: 'Body',
    action: 'What happens',
    due: 'Due',
    status: 'Status',
    treatedIn: 'Treated',
    meetingOn: (date) => `Meeting ${date}`,
    itemLabel: (number, title) => (number === null ? title : `Item ${number}: ${title}`),
    closedItem: 'Treated in a closed item',
    newDateNeeded: 'Postponed – a new date is needed',
    skippedBecause: (reason) => `Skipped: ${reason}`,
    overridden: (reason) => `Done although not every condition was met. Reason: ${reason}`,
    requires: (titles) => `Requires first: ${titles}`,
    parallel: (group, progress) => `${group}: ${progress}`,
    legend: {
      planned: 'Planned',
      scheduled: 'Scheduled on a meeting',
      done: 'Done',
      overdue: 'Overdue',
      skipped: 'Skipped',
    },
    states: {
      planned: 'Planned',
      scheduled: 'Scheduled on a meeting',
      done: 'Done',
      overdue: 'Overdue',
      skipped: 'Skipped',
    },
    actions: {
      input: 'Input',
      discussion: 'Discussion',
      approval: 'Approval',
      hearing: 'Hearing',
      advice: 'Advice',
      adoption: 'Adoption',
      sending_on: 'Sent on',
    },
    outcomeText: (outcome) =>
      ({
        approved: 'approved',
        noted: 'noted',
        discussed: 'discussed',
        postponed: 'postponed',
        rejected: 'rejected',
      })[outcome] ?? 'decided',
    apiLink: 'The process as data (JSON)',
    processesOf: 'Processes',
    itemSteps: 'Part of a process',
    itemStep: (step) => `The item treats the step “${step}” of the process `,
    edit: 'Edit the process',
    secretariatMenu: 'Processes',
  },
};
