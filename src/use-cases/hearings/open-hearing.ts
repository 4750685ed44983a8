/**
 * openHearing: the secretariat opens a hearing (høring) of a body: what is asked, the document heard
 * (one of the body's plan versions, or a published open attachment; or none), the consultees
 * (høringsparter: a name and, for the invitation and the reminder, an e-mail address), start and
 * deadline; optionally the process step it is (one of the body's processes' hearing steps). The
 * deadline becomes a follow-up in the body's list. The invitations go out from the start day
 * (deliverHearingMails).
 *
 * linkHearingStep sets or clears the process step later.
 *
 * Who may call them: the body's secretariat and admins (`edit_meeting`); the demo loader (actor
 * null). Returns the hearing's id, or the problems per field.
 */
import type { Db } from '../../db/client.js';
import {
  findPlanVersionOwner,
  insertHearing,
  isHearingStepOfBody,
  isPublicAttachment,
  lockHearing,
  setHearingStep,
} from '../../db/stores/hearings.js';
import { findBody } from '../../db/stores/people.js';
import { isEmailAddress, normalizeEmail } from '../../domain/account.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { HEARING_LIMITS } from '../../domain/hearing.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type HearingField =
  | 'hearing'
  | 'body'
  | 'title'
  | 'description'
  | 'document'
  | 'step'
  | 'startsOn'
  | 'deadlineOn'
  | 'consultees';
export type HearingRefusal =
  | 'missing'
  | 'too_long'
  | 'invalid'
  | 'not_found'
  | 'not_allowed'
  | 'not_public'
  | 'not_of_body'
  | 'before_start'
  | 'both_documents';
export type HearingProblem = { field: HearingField; reason: HearingRefusal; line?: number };

export interface OpenHearingInput {
  db: Db;
  bodyId: number;
  title: string;
  description: string;
  planVersionId: number | null;
  attachmentId: number | null;
  processStepId: number | null;
  startsOn: string;
  deadlineOn: string;
  consultees: readonly { name: string; email: string | null }[];
  isFictitious?: boolean;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type OpenHearingResult = { ok: true; hearingId: number } | { ok: false; problems: HearingProblem[] };

function checkValues(input: OpenHearingInput): HearingProblem[] {
  const problems: HearingProblem[] = [];
  if (!input.title.trim()) problems.push({ field: 'title', reason: 'missing' });
  else if (input.title.length > HEARING_LIMITS.titleMax) problems.push({ field: 'title', reason: 'too_long' });
  if (input.description.length > HEARING_LIMITS.descriptionMax)
    problems.push({ field: 'description', reason: 'too_long' });
  if (input.planVersionId !== null && input.attachmentId !== null)
    problems.push({ field: 'document', reason: 'both_documents' });
  if (!isCalendarDate(input.startsOn)) problems.push({ field: 'startsOn', reason: 'invalid' });
  if (!isCalendarDate(input.deadlineOn)) problems.push({ field: 'deadlineOn', reason: 'invalid' });
  else if (isCalendarDate(input.startsOn) && input.deadlineOn < input.startsOn)
    problems.push({ field: 'deadlineOn', reason: 'before_start' });
  if (input.consultees.length > HEARING_LIMITS.consulteesMax)
    problems.push({ field: 'consultees', reason: 'too_long' });
  input.consultees.forEach((c, i) => {
    if (!c.name.trim() || c.name.length > HEARING_LIMITS.nameMax)
      problems.push({ field: 'consultees', reason: 'invalid', line: i + 1 });
    else if (c.email !== null && !isEmailAddress(normalizeEmail(c.email)))
      problems.push({ field: 'consultees', reason: 'invalid', line: i + 1 });
  });
  if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: input.bodyId }))
    problems.push({ field: 'body', reason: 'not_allowed' });
  return problems;
}

export async function openHearing(input: OpenHearingInput): Promise<OpenHearingResult> {
  const problems = checkValues(input);
  return input.db.transaction(async (tx) => {
    if (!(await findBody(tx, input.bodyId))) problems.push({ field: 'body', reason: 'not_found' });
    if (input.planVersionId !== null) {
      const owner = await findPlanVersionOwner(tx, input.planVersionId);
      if (owner === null) problems.push({ field: 'document', reason: 'not_found' });
      else if (owner !== input.bodyId) problems.push({ field: 'document', reason: 'not_of_body' });
    }
    if (input.attachmentId !== null && !(await isPublicAttachment(tx, input.attachmentId)))
      problems.push({ field: 'document', reason: 'not_public' });
    if (input.processStepId !== null && !(await isHearingStepOfBody(tx, input.processStepId, input.bodyId)))
      problems.push({ field: 'step', reason: 'not_of_body' });
    if (problems.length > 0) return { ok: false, problems } as const;
    const hearing = {
      bodyId: input.bodyId,
      title: input.title.trim(),
      description: input.description.trim(),
      planVersionId: input.planVersionId,
      attachmentId: input.attachmentId,
      processStepId: input.processStepId,
      startsOn: input.startsOn,
      deadlineOn: input.deadlineOn,
    };
    const consultees = input.consultees.map((c) => ({
      name: c.name.trim(),
      email: c.email === null ? null : normalizeEmail(c.email),
    }));
    const hearingId = await insertHearing(tx, {
      ...hearing,
      consultees,
      isFictitious: input.isFictitious ?? false,
      createdByUserId: input.auditActor.userId,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'hearing.open',
      entity: 'hearing',
      entityId: hearingId,
      before: null,
      // The consultees' addresses are not repeated in the log.
      after: { ...hearing, consultees: consultees.map((c) => c.name) },
    });
    return { ok: true, hearingId } as const;
  });
}

export async function linkHearingStep(input: {
  db: Db;
  hearingId: number;
  processStepId: number | null;
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<{ ok: true } | { ok: false; problems: HearingProblem[] }> {
  return input.db.transaction(async (tx) => {
    const hearing = await lockHearing(tx, input.hearingId);
    if (!hearing) return { ok: false, problems: [{ field: 'hearing', reason: 'not_found' }] } as const;
    if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: hearing.bodyId }))
      return { ok: false, problems: [{ field: 'hearing', reason: 'not_allowed' }] } as const;
    if (input.processStepId !== null && !(await isHearingStepOfBody(tx, input.processStepId, hearing.bodyId)))
      return { ok: false, problems: [{ field: 'step', reason: 'not_of_body' }] } as const;
    await setHearingStep(tx, hearing.id, input.processStepId);
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'hearing.link_step',
      entity: 'hearing',
      entityId: hearing.id,
      before: null,
      after: { processStepId: input.processStepId },
    });
    return { ok: true } as const;
  });
}
