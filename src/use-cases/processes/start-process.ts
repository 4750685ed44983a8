/**
 * startProcess: the owner body's secretariat starts a process (forløb) from a template: the
 * template's phases and steps dated from `startsOn`, each role's body picked in Protokol or named
 * outside it (a role for many: one step per body, side by side), the gates between them, and a
 * follow-up for every step with a due. Writes the audit log.
 *
 * Who may call it: the owner body's secretariat and admins (`edit_meeting`); the demo loader.
 * Returns the new process's id, or the problems per field.
 */
import type { Db } from '../../db/client.js';
import { syncStepFollowUps } from '../../db/stores/process-links.js';
import { findBodyNames, insertProcess } from '../../db/stores/processes.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { PROCESS_LIMITS } from '../../domain/process.js';
import {
  type BodyChoice,
  planTemplateSteps,
  processTemplate,
  TEMPLATE_KEYS,
  type TemplateKey,
} from '../../domain/process-templates.js';
import { recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayKeep, type ProcessActors } from './process-access.js';

/** A pick for a role: a body in Protokol by id, or a name outside it. */
export type RolePick = { bodyId: number } | { outsideName: string };

export interface StartProcessInput extends ProcessActors {
  db: Db;
  templateKey: TemplateKey;
  /** The day the process starts (its year dates the yearly templates). */
  startsOn: string;
  ownerBodyId: number;
  /** Replaces the template's title when given. */
  title?: string | null;
  /** Role key → the bodies picked (only the first for a role of one). */
  picks?: ReadonlyMap<string, readonly RolePick[]>;
  planId?: number | null;
  isFictitious?: boolean;
}

export type StartField = 'template' | 'startsOn' | 'owner' | 'title' | 'picks';
export type StartProblem = {
  field: StartField;
  reason: 'missing' | 'invalid' | 'not_found' | 'not_allowed' | 'too_long';
};

export type StartProcessResult = { ok: true; processId: number } | { ok: false; problems: StartProblem[] };

export async function startProcess(input: StartProcessInput): Promise<StartProcessResult> {
  const problems: StartProblem[] = [];
  if (!TEMPLATE_KEYS.includes(input.templateKey)) problems.push({ field: 'template', reason: 'invalid' });
  if (!isCalendarDate(input.startsOn)) problems.push({ field: 'startsOn', reason: 'invalid' });
  if ((input.title?.length ?? 0) > PROCESS_LIMITS.titleMax) problems.push({ field: 'title', reason: 'too_long' });
  const isCommandLine = input.actor === null && input.auditActor.userId === null;
  if (!mayKeep(input.actor, input.ownerBodyId, isCommandLine)) problems.push({ field: 'owner', reason: 'not_allowed' });
  if (problems.length > 0) return { ok: false, problems };
  return input.db.transaction(async (tx) => {
    const picks = [...(input.picks ?? new Map()).values()].flat();
    const ids = [input.ownerBodyId, ...picks.flatMap((p) => ('bodyId' in p ? [p.bodyId] : []))];
    const names = await findBodyNames(tx, ids);
    const ownerName = names.get(input.ownerBodyId);
    if (ownerName === undefined) return { ok: false, problems: [{ field: 'owner', reason: 'not_found' }] } as const;
    if (ids.some((id) => !names.has(id)))
      return { ok: false, problems: [{ field: 'picks', reason: 'not_found' }] } as const;
    const choice = (pick: RolePick): BodyChoice =>
      'bodyId' in pick
        ? { kind: 'body', id: pick.bodyId, name: names.get(pick.bodyId) as string }
        : { kind: 'outside', name: pick.outsideName.trim().slice(0, PROCESS_LIMITS.titleMax) };
    const template = processTemplate(input.templateKey, input.startsOn);
    const chosen = new Map(
      [...(input.picks ?? new Map<string, readonly RolePick[]>())].map(([role, list]) => [
        role,
        list.filter((p) => 'bodyId' in p || p.outsideName.trim() !== '').map(choice),
      ]),
    );
    const planned = planTemplateSteps(template, chosen, { kind: 'body', id: input.ownerBodyId, name: ownerName });
    const indexOf = new Map(planned.map((step, index) => [step.key, index]));
    const { processId, stepIds } = await insertProcess(tx, {
      title: input.title?.trim() || template.title,
      description: template.description,
      ownerBodyId: input.ownerBodyId,
      planId: input.planId ?? null,
      templateKey: template.key,
      isFictitious: input.isFictitious ?? false,
      createdByUserId: input.auditActor.userId,
      phases: template.phases,
      steps: planned.map((step) => ({
        title: step.title,
        action: step.action,
        bodyId: step.body.kind === 'body' ? step.body.id : null,
        outsideBodyName: step.body.kind === 'outside' ? step.body.name : null,
        outsidePublisherId: step.body.kind === 'outside' ? (step.body.publisherId ?? null) : null,
        parallelGroup: step.parallelGroup,
        ...step.due,
        phase: step.phase,
        requires: step.requires.map((key) => indexOf.get(key) as number),
      })),
    });
    await syncStepFollowUps(tx, processId);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'process.start',
      entity: 'process',
      entityId: processId,
      before: null,
      after: {
        template: template.key,
        startsOn: input.startsOn,
        ownerBodyId: input.ownerBodyId,
        steps: stepIds.length,
      },
    });
    return { ok: true, processId } as const;
  });
}
