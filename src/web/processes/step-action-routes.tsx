/**
 * The secretariat's actions on a step (mounted with the process pages at /sekretariat/forloeb):
 * POST /trin/:stepId/flyt, /slet, /planlaeg (on a meeting, or to a published item), /gennemfoert
 * (refused naming the open gates unless a reason is given), /spring-over, and the phases
 * (POST /:id/faser, /:id/faser/:phaseId/slet). Each refusal comes back on the work page with what was typed.
 */
import type { Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { parseDateInput } from '../../domain/date-input.js';
import type { StepFormValues } from '../../render/html/processes/secretariat-pages.js';
import { completeProcessStep } from '../../use-cases/processes/complete-process-step.js';
import { moveProcessStep } from '../../use-cases/processes/move-process-step.js';
import { removeProcessStep } from '../../use-cases/processes/remove-process-step.js';
import { saveProcessPhase } from '../../use-cases/processes/save-process-phase.js';
import { scheduleProcessStep } from '../../use-cases/processes/schedule-process-step.js';
import { skipProcessStep } from '../../use-cases/processes/skip-process-step.js';
import { field, type Problem } from '../kit/forms.js';
import { idParam } from '../kit/params.js';
import { processEditHref } from './presenters.js';

import { actors, again, editPage, processOf, stepOf } from './secretariat-kit.js';

const REASON_MAX = 2_000;

const postMove = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  const form = await c.req.parseBody();
  await moveProcessStep({
    db,
    stepId: step.id,
    direction: field(form, 'direction', 5) === 'up' ? 'up' : 'down',
    ...actors(c),
  });
  return c.redirect(`${processEditHref(process.id)}#trin-${step.id}`, 303);
};

const postRemove = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  await removeProcessStep({ db, stepId: step.id, ...actors(c) });
  return c.redirect(processEditHref(process.id), 303);
};

const postSchedule = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  const form = await c.req.parseBody();
  const kept: StepFormValues = {
    stepId: step.id,
    meeting: field(form, 'meeting', 12),
    item: field(form, 'item', 300),
  };
  const meeting = kept.meeting ?? '';
  const item = (kept.item ?? '').trim();
  const itemId = /^(?:(?:https?:\/\/[^/]+)?\/punkt\/)?(\d{1,10})\/?$/.exec(item)?.[1];
  if (!meeting && !item)
    return again(db, c, process.id, kept, {
      field: `meeting-${step.id}`,
      text: 'Vælg et møde eller skriv et punkts adresse.',
    });
  if (item && !itemId)
    return again(db, c, process.id, kept, {
      field: `item-${step.id}`,
      text: 'Skriv punktets adresse, fx /punkt/1234.',
    });
  if (meeting && !/^\d{1,10}$/.test(meeting))
    return again(db, c, process.id, kept, { field: `meeting-${step.id}`, text: 'Vælg et møde.' });
  const result = await scheduleProcessStep({
    db,
    stepId: step.id,
    target: itemId ? { itemId: Number(itemId) } : { meetingId: Number(meeting) },
    ...actors(c),
  });
  if (result.ok) return c.redirect(`${processEditHref(process.id)}#trin-${step.id}`, 303);
  const texts: Record<string, [string, string]> = {
    meeting_not_found: ['meeting', 'Mødet findes ikke.'],
    meeting_not_editable: ['meeting', 'Mødets dagsorden kan ikke ændres her (et importeret eller aflyst møde).'],
    meeting_held: ['meeting', 'Mødets referat er offentliggjort: vælg et senere møde.'],
    not_allowed_meeting: ['meeting', 'Du kan kun sætte trin på møder i organer, du er sekretariat for.'],
    item_not_found: ['item', 'Punktet findes ikke.'],
    already_closed: ['meeting', 'Trinnet er allerede gennemført eller sprunget over.'],
  };
  const [name, text] = texts[result.reason] ?? ['meeting', 'Trinnet kunne ikke planlægges.'];
  return again(db, c, process.id, kept, { field: `${name}-${step.id}`, text });
};

const postDone = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  const form = await c.req.parseBody();
  const kept: StepFormValues = { stepId: step.id, overrideReason: field(form, 'overrideReason', REASON_MAX + 1) };
  if ((kept.overrideReason ?? '').length > REASON_MAX)
    return again(db, c, process.id, kept, {
      field: `overrideReason-${step.id}`,
      text: 'Begrundelsen er for lang (højst 2.000 tegn).',
    });
  const result = await completeProcessStep({
    db,
    stepId: step.id,
    overrideReason: kept.overrideReason,
    ...actors(c),
  });
  if (result.ok) return c.redirect(`${processEditHref(process.id)}#trin-${step.id}`, 303);
  const text =
    result.reason === 'gate'
      ? `${result.message} Skriv en begrundelse, hvis trinnet skal markeres som gennemført alligevel.`
      : result.reason === 'already_done'
        ? 'Trinnet er allerede gennemført.'
        : result.reason === 'skipped'
          ? 'Trinnet er sprunget over.'
          : 'Trinnet kunne ikke markeres som gennemført.';
  return again(db, c, process.id, kept, { field: `overrideReason-${step.id}`, text });
};

const postSkip = (db: Db) => async (c: Context) => {
  const { process, step } = await stepOf(db, c);
  const form = await c.req.parseBody();
  const kept: StepFormValues = { stepId: step.id, skipReason: field(form, 'skipReason', REASON_MAX + 1) };
  const result = await skipProcessStep({ db, stepId: step.id, reason: kept.skipReason ?? '', ...actors(c) });
  if (result.ok) return c.redirect(`${processEditHref(process.id)}#trin-${step.id}`, 303);
  const text =
    result.reason === 'reason_missing'
      ? 'Skriv, hvorfor trinnet springes over.'
      : result.reason === 'too_long'
        ? 'Begrundelsen er for lang (højst 2.000 tegn).'
        : 'Trinnet er allerede gennemført.';
  return again(db, c, process.id, kept, { field: `skipReason-${step.id}`, text });
};

// --- Phases
const postPhase = (db: Db) => async (c: Context) => {
  const process = await processOf(db, c, idParam(c));
  const form = await c.req.parseBody();
  const title = field(form, 'title', 301).trim();
  const startsOn = parseDateInput(field(form, 'startsOn', 20));
  const endsOn = parseDateInput(field(form, 'endsOn', 20));
  const problems: Problem[] = [];
  if (!title) problems.push({ field: 'phase-title', text: 'Skriv fasens navn.' });
  else if (title.length > 300) problems.push({ field: 'phase-title', text: 'Navnet er for langt (højst 300 tegn).' });
  if (!startsOn.ok) problems.push({ field: 'phase-startsOn', text: 'Skriv datoen som fx 1.6.2026.' });
  if (!endsOn.ok) problems.push({ field: 'phase-endsOn', text: 'Skriv datoen som fx 31.10.2026.' });
  else if (startsOn.ok && endsOn.date < startsOn.date)
    problems.push({ field: 'phase-endsOn', text: 'Fasen kan ikke slutte, før den begynder.' });
  if (problems.length > 0 || !startsOn.ok || !endsOn.ok) return editPage(db, c, process, { problems });
  await saveProcessPhase({
    db,
    processId: process.id,
    phaseId: null,
    values: { title, startsOn: startsOn.date, endsOn: endsOn.date },
    ...actors(c),
  });
  return c.redirect(processEditHref(process.id), 303);
};

const postRemovePhase = (db: Db) => async (c: Context) => {
  const process = await processOf(db, c, idParam(c));
  await saveProcessPhase({
    db,
    processId: process.id,
    phaseId: Number(c.req.param('phaseId')),
    values: null,
    ...actors(c),
  });
  return c.redirect(processEditHref(process.id), 303);
};

/** Registers the step and phase actions on the secretariat's process app. */
export function registerStepActions(app: Hono, db: Db): void {
  app.post('/trin/:stepId{[0-9]+}/flyt', postMove(db));
  app.post('/trin/:stepId{[0-9]+}/slet', postRemove(db));
  app.post('/trin/:stepId{[0-9]+}/planlaeg', postSchedule(db));
  app.post('/trin/:stepId{[0-9]+}/gennemfoert', postDone(db));
  app.post('/trin/:stepId{[0-9]+}/spring-over', postSkip(db));
  app.post('/:id{[0-9]+}/faser', postPhase(db));
  app.post('/:id{[0-9]+}/faser/:phaseId{[0-9]+}/slet', postRemovePhase(db));
}
