/**
 * What the secretariat's process pages share: who may keep processes, the process or step asked
 * for (404 unless the user keeps it), and the process's work page, again with a problem and what
 * was typed.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { findProcess, listSchedulableMeetings, type ProcessDetail } from '../../db/queries/processes.js';
import { findStepProcessId } from '../../db/stores/processes.js';
import { addDays, formatMeetingDate } from '../../domain/danish-dates.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { can } from '../../domain/roles.js';
import { ProcessEditPage, type StepFormValues } from '../../render/html/processes/secretariat-pages.js';
import { PROCESS_MESSAGES } from '../../render/messages/processes.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import type { Problem } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { bodiesWhere } from '../questions/shared.js';
import { presentProcess, processHref } from './presenters.js';

const m = PROCESS_MESSAGES.da;

/** The bodies the user keeps processes of: null for admins (every body). */
export const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');
export const actors = (c: Context) => ({ actor: userOf(c), auditActor: auditActorOf(c) });

export const secretariatOnly = async (c: Context, next: () => Promise<void>) => {
  const ids = editable(c);
  if (ids !== null && ids.length === 0) return forbidden(c);
  return next();
};

/** The process, when the user keeps it (404 otherwise, as for one that does not exist). */
export async function processOf(db: Db, c: Context, id: number): Promise<ProcessDetail> {
  const process = await findProcess(db, id);
  if (!process || !can(userOf(c), 'edit_meeting', { bodyId: process.ownerBodyId })) throw notFound();
  return process;
}

// --- A process's work page
export async function editPage(
  db: Db,
  c: Context,
  process: ProcessDetail,
  options: { problems?: Problem[]; kept?: StepFormValues | null; notice?: string } = {},
) {
  const today = copenhagenDate(new Date());
  const ids = editable(c);
  const meetings = await listSchedulableMeetings(db, ids, addDays(today, -60));
  const view = presentProcess(process, { canEdit: true });
  const titles = new Map(process.steps.map((s, i) => [s.id, `${i + 1}. ${s.title}`]));
  return page(
    c,
    <ProcessEditPage
      process={{
        id: process.id,
        title: process.title,
        publicHref: processHref(process.id),
        flaggedReason: process.flaggedReason,
        phases: process.phases.map((phase, i) => ({
          id: phase.id,
          title: phase.title,
          periodText: view.phases[i].periodText,
        })),
        steps: view.steps.map((step, i) => ({
          id: step.id,
          title: step.title,
          bodyName: step.body.name,
          dueText: step.dueText,
          stateText: step.stateText,
          isOpen: step.state !== 'done' && step.state !== 'skipped',
          treatedText: step.isClosedItem ? m.closedItem : (step.item?.label ?? step.meeting?.label ?? null),
          requiresText:
            process.steps[i].requires.length > 0
              ? `Kræver først: ${process.steps[i].requires.map((id) => titles.get(id)).join(', ')}`
              : null,
          notes: step.notes.filter((note) => !note.startsWith('Kræver')),
        })),
        meetings: meetings.map((meeting) => ({
          value: String(meeting.id),
          label: `${meeting.bodyName}, ${formatMeetingDate(meeting.heldOn)}`,
        })),
      }}
      csrfToken={csrfOf(c)}
      problems={options.problems}
      kept={options.kept}
      notice={options.notice}
    />,
    (options.problems?.length ?? 0) > 0 ? 400 : 200,
  );
}

export async function stepOf(db: Db, c: Context) {
  const stepId = Number(c.req.param('stepId'));
  const processId = Number.isSafeInteger(stepId) ? await findStepProcessId(db, stepId) : null;
  if (processId === null) throw notFound();
  const process = await processOf(db, c, processId);
  const step = process.steps.find((s) => s.id === stepId);
  if (!step) throw notFound();
  return { process, step };
}

export async function again(db: Db, c: Context, processId: number, kept: StepFormValues, problem: Problem) {
  return editPage(db, c, await processOf(db, c, processId), { problems: [problem], kept });
}
