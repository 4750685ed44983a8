/**
 * Processes presented for the pages and the API: whitelisted fields; each step's status on today
 * (Danish time: overdue computed, a hearing step done by its published memo); a step treated in a
 * closed item says only that.
 */
import type { ProcessDetail, ProcessSummary, PublicStep, StepDueRow } from '../../db/queries/processes.js';
import { formatDate, MONTHS } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import {
  dueLabel,
  dueLastDay,
  effectiveStepState,
  PUBLIC_STEP_STATES,
  type PublicStepState,
  parallelProgress,
  progressLabel,
  publicStepState,
} from '../../domain/process.js';
import type {
  ProcessDetailView,
  ProcessListItemView,
  StepView,
  TimelineView,
} from '../../render/html/processes/process-views.js';
import type { Lang } from '../../render/i18n.js';
import type { CalendarEvent } from '../../render/ics/calendar.js';
import { PROCESS_MESSAGES } from '../../render/messages/processes.js';
import { bodyHref, itemHref, meetingHref } from '../portal/paths.js';

export const processHref = (id: number) => `/forloeb/${id}`;
export const processApiHref = (id: number) => `/api/v1/processes/${id}`;
export const processEditHref = (id: number) => `/sekretariat/forloeb/${id}`;

export function presentProcessListItem(process: ProcessSummary, lang: Lang = 'da'): ProcessListItemView {
  return {
    id: process.id,
    href: processHref(process.id),
    title: process.title,
    owner: { name: process.owner.name, href: bodyHref(process.owner.slug) },
    progressText: PROCESS_MESSAGES[lang].progressText(process.done, process.steps),
    flaggedReason: process.flaggedReason,
    isFictitious: process.isFictitious,
  };
}

/** The step's status on `today` (its hearing's published memo makes it done). */
export function stepStateOn(step: PublicStep, today: string): PublicStepState {
  return publicStepState({ ...step, status: effectiveStepState(step) }, today);
}

function presentStep(
  step: PublicStep,
  titles: Map<number, string>,
  open: Set<number>,
  today: string,
  lang: Lang,
): StepView {
  const m = PROCESS_MESSAGES[lang];
  const state = stepStateOn(step, today);
  const notes: string[] = [];
  if (step.status === 'planned' && step.outcome === 'postponed') notes.push(m.newDateNeeded);
  if (step.status === 'skipped' && step.skipReason) notes.push(m.skippedBecause(step.skipReason));
  if (step.overrideReason) notes.push(m.overridden(step.overrideReason));
  const missing = step.requires.filter((id) => open.has(id));
  if (missing.length > 0 && state !== 'done' && state !== 'skipped')
    notes.push(m.requires(missing.map((id) => titles.get(id) ?? '').join(', ')));
  const publisher = step.body?.publisher?.name ?? step.outsidePublisher?.name ?? null;
  return {
    id: step.id,
    title: step.title,
    actionText: m.actions[step.action],
    body: {
      name: step.body?.name ?? step.outsideName ?? '',
      href: step.body ? bodyHref(step.body.slug) : null,
      publisher: publisher && publisher !== step.body?.name ? publisher : null,
    },
    dueText: dueLabel(step),
    state,
    stateText: m.states[state],
    meeting: step.meeting
      ? {
          label: m.meetingOn(formatDate(step.meeting.heldOn)),
          href: step.meeting.isPublished ? meetingHref(step.meeting.id) : null,
        }
      : null,
    item:
      step.item && !step.item.isClosed
        ? { label: m.itemLabel(step.item.number, step.item.title ?? ''), href: itemHref(step.item.id) }
        : null,
    isClosedItem: step.item?.isClosed === true,
    outcomeText: step.item && !step.item.isClosed && step.outcome ? m.outcomeText(step.outcome) : null,
    notes,
  };
}

const monthLabel = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** "maj 2026", "juni–oktober 2026", "1. januar – 1. april 2027" for a phase. */
function periodText(startsOn: string, endsOn: string): string {
  const wholeMonths =
    startsOn.endsWith('-01') && dueLastDay({ dueOn: null, dueMonth: endsOn.slice(0, 7), dueMonthEnd: null }) === endsOn;
  if (!wholeMonths) return `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
  if (startsOn.slice(0, 7) === endsOn.slice(0, 7)) return monthLabel(startsOn);
  if (startsOn.slice(0, 4) === endsOn.slice(0, 4))
    return `${MONTHS[Number(startsOn.slice(5, 7)) - 1]}–${monthLabel(endsOn)}`;
  return `${monthLabel(startsOn)} – ${monthLabel(endsOn)}`;
}

function timelineOf(process: ProcessDetail, states: PublicStepState[], today: string): TimelineView | null {
  const marks = process.steps.flatMap((step, i) => {
    const date = step.completedOn ?? dueLastDay(step);
    return date
      ? [{ date, state: states[i], label: `${step.title} (${step.body?.name ?? step.outsideName}): ${dueLabel(step)}` }]
      : [];
  });
  const dates = [...process.phases.flatMap((p) => [p.startsOn, p.endsOn]), ...marks.map((mark) => mark.date)].sort();
  if (dates.length === 0) return null;
  const from = `${dates[0].slice(0, 7)}-01`;
  const last = dates[dates.length - 1];
  const to = dueLastDay({ dueOn: null, dueMonth: last.slice(0, 7), dueMonthEnd: null }) ?? last;
  return { from, to, today, phases: process.phases, marks };
}

export function presentProcess(
  process: ProcessDetail,
  { lang = 'da', now = new Date(), canEdit = false }: { lang?: Lang; now?: Date; canEdit?: boolean } = {},
): ProcessDetailView {
  const m = PROCESS_MESSAGES[lang];
  const today = copenhagenDate(now);
  const titles = new Map(process.steps.map((step) => [step.id, step.title]));
  const states = process.steps.map((step) => stepStateOn(step, today));
  const open = new Set(
    process.steps.filter((_, i) => states[i] !== 'done' && states[i] !== 'skipped').map((s) => s.id),
  );
  const counts = Object.fromEntries(PUBLIC_STEP_STATES.map((s) => [s, 0])) as Record<PublicStepState, number>;
  for (const state of states) counts[state]++;
  const counted = process.steps.length - counts.skipped;
  const gateSteps = process.steps.map((step) => ({
    id: step.id,
    title: step.title,
    status: effectiveStepState(step),
    parallelGroup: step.parallelGroup,
  }));
  return {
    ...presentProcessListItem({ ...process, steps: counted, done: counts.done }, lang),
    description: process.description,
    phases: process.phases.map((phase) => ({
      title: phase.title,
      periodText: periodText(phase.startsOn, phase.endsOn),
    })),
    steps: process.steps.map((step) => presentStep(step, titles, open, today, lang)),
    timeline: timelineOf(process, states, today),
    counts,
    todayText: formatDate(today),
    parallel: parallelProgress(gateSteps).map((p) => m.parallel(p.group, progressLabel(p))),
    apiHref: processApiHref(process.id),
    editHref: canEdit ? processEditHref(process.id) : null,
  };
}

/** A step's due in a body's calendar: an all-day event on its last day (a month's last day); a skipped step cancelled. */
export function presentStepDueEvent(step: StepDueRow, origin: string): CalendarEvent {
  const label = dueLabel(step);
  return {
    uid: `process-step-${step.stepId}@protokol`,
    sequence: Math.max(0, Math.floor((step.updatedAt.getTime() - step.createdAt.getTime()) / 1000)),
    createdAt: step.createdAt,
    modifiedAt: step.updatedAt,
    date: dueLastDay(step) ?? '',
    startTime: null,
    endTime: null,
    summary: `Frist: ${step.title} (${step.processTitle})`,
    description: `Forløb: ${step.processTitle}\nTrin: ${step.title}\nFrist: ${label}`,
    location: null,
    url: `${origin}${processHref(step.processId)}#trin-${step.stepId}`,
    isCancelled: step.status === 'skipped',
  };
}
