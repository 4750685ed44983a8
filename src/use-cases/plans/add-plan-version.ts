/**
 * addPlanVersion: the next version of a plan (draft, hearing draft, adopted, revised), numbered
 * after the others, with its chapters (themes with goals and descriptions, Markdown) — when none
 * are given, a copy of the previous version's. Versions are in date order; a revision follows an
 * adoption (domain/plan.ts). The decision item (whose decision sent or adopted the version) is
 * optional. editPlanVersion changes a version that is not adopted (an adopted version is never
 * rewritten: a revision is a new version).
 *
 * Who may call them: the owner body's secretariat and admins (`edit_meeting`), the command line
 * and the demo loader (actor null). Returns the version's id and number, or the problems.
 */
import type { Db } from '../../db/client.js';
import {
  findItemBodyId,
  insertPlanVersion,
  listPlanVersions,
  loadChapters,
  lockPlan,
  updatePlanVersion,
} from '../../db/stores/plans.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import {
  chaptersForNewVersion,
  checkNewVersion,
  nextVersionNumber,
  PLAN_LIMITS,
  PLAN_VERSION_STATES,
  type PlanChapter,
  type PlanVersionState,
} from '../../domain/plan.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type VersionField = 'plan' | 'version' | 'status' | 'date' | 'note' | 'decision' | 'chapters';
export type VersionRefusal =
  | 'not_found'
  | 'not_allowed'
  | 'invalid'
  | 'too_long'
  | 'date_before_previous'
  | 'revised_without_adopted'
  | 'adopted_is_final'
  | 'theme_missing';
export type VersionProblem = { field: VersionField; reason: VersionRefusal; chapter?: number };

export type PlanVersionResult =
  | { ok: true; versionId: number; number: number }
  | { ok: false; problems: VersionProblem[] };

interface VersionFields {
  status: PlanVersionState;
  versionOn: string;
  note: string | null;
  decisionItemId: number | null;
}

interface Who {
  db: Db;
  actor: Actor | null;
  auditActor: AuditActor;
}

function checkFields(fields: VersionFields, chapters: readonly PlanChapter[] | null): VersionProblem[] {
  const problems: VersionProblem[] = [];
  if (!PLAN_VERSION_STATES.includes(fields.status)) problems.push({ field: 'status', reason: 'invalid' });
  if (!isCalendarDate(fields.versionOn)) problems.push({ field: 'date', reason: 'invalid' });
  if ((fields.note ?? '').length > PLAN_LIMITS.noteMax) problems.push({ field: 'note', reason: 'too_long' });
  if (chapters && chapters.length > PLAN_LIMITS.chaptersMax) problems.push({ field: 'chapters', reason: 'too_long' });
  chapters?.forEach((chapter, i) => {
    if (!chapter.theme.trim()) problems.push({ field: 'chapters', reason: 'theme_missing', chapter: i + 1 });
    else if (
      chapter.theme.length > PLAN_LIMITS.themeMax ||
      chapter.goals.length > PLAN_LIMITS.chapterTextMax ||
      chapter.description.length > PLAN_LIMITS.chapterTextMax
    )
      problems.push({ field: 'chapters', reason: 'too_long', chapter: i + 1 });
  });
  return problems;
}

const trimmed = (chapters: readonly PlanChapter[]) =>
  chapters.map((c) => ({ theme: c.theme.trim(), goals: c.goals.trim(), description: c.description.trim() }));

/** The plan locked, the actor's permission and the decision item checked. */
async function prepare(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  input: Who & VersionFields & { planId: number },
  problems: VersionProblem[],
) {
  const plan = await lockPlan(tx, input.planId);
  if (!plan) {
    problems.push({ field: 'plan', reason: 'not_found' });
    return null;
  }
  if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: plan.ownerBodyId }))
    problems.push({ field: 'plan', reason: 'not_allowed' });
  if (input.decisionItemId !== null && (await findItemBodyId(tx, input.decisionItemId)) === null)
    problems.push({ field: 'decision', reason: 'not_found' });
  return plan;
}

export async function addPlanVersion(
  input: Who & VersionFields & { planId: number; chapters: readonly PlanChapter[] | null },
): Promise<PlanVersionResult> {
  const problems = checkFields(input, input.chapters);
  return input.db.transaction(async (tx) => {
    const plan = await prepare(tx, input, problems);
    const versions = plan ? await listPlanVersions(tx, plan.id) : [];
    const order = plan ? checkNewVersion(versions, input) : null;
    if (order) problems.push({ field: order === 'date_before_previous' ? 'date' : 'status', reason: order });
    if (!plan || problems.length > 0) return { ok: false, problems } as const;
    const previous = versions.at(-1);
    const chapters = input.chapters
      ? trimmed(input.chapters)
      : chaptersForNewVersion(previous ? await loadChapters(tx, previous.id) : null);
    const number = nextVersionNumber(versions);
    const version = {
      planId: plan.id,
      number,
      status: input.status,
      versionOn: input.versionOn,
      note: input.note?.trim() || null,
      decisionItemId: input.decisionItemId,
    };
    const versionId = await insertPlanVersion(tx, {
      ...version,
      createdByUserId: input.auditActor.userId,
      chapters,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'plan_version.add',
      entity: 'plan_version',
      entityId: versionId,
      before: null,
      after: { ...version, chapters: chapters.map((c) => c.theme) },
    });
    return { ok: true, versionId, number } as const;
  });
}

export async function editPlanVersion(
  input: Who & VersionFields & { planId: number; number: number; chapters: readonly PlanChapter[] },
): Promise<PlanVersionResult> {
  const problems = checkFields(input, input.chapters);
  return input.db.transaction(async (tx) => {
    const plan = await prepare(tx, input, problems);
    const versions = plan ? await listPlanVersions(tx, plan.id) : [];
    const version = versions.find((v) => v.number === input.number);
    if (plan && !version) problems.push({ field: 'version', reason: 'not_found' });
    else if (version?.status === 'adopted') problems.push({ field: 'version', reason: 'adopted_is_final' });
    if (version) {
      const others = versions.filter((v) => v.number !== version.number);
      const earlier = others.filter((v) => v.number < version.number);
      const later = others.filter((v) => v.number > version.number);
      if (earlier.some((v) => v.versionOn > input.versionOn) || later.some((v) => v.versionOn < input.versionOn))
        problems.push({ field: 'date', reason: 'date_before_previous' });
      if (input.status === 'revised' && !earlier.some((v) => v.status === 'adopted'))
        problems.push({ field: 'status', reason: 'revised_without_adopted' });
    }
    if (!plan || !version || problems.length > 0) return { ok: false, problems } as const;
    const before = { ...version, chapters: (await loadChapters(tx, version.id)).map((c) => c.theme) };
    const chapters = trimmed(input.chapters);
    const fields = {
      status: input.status,
      versionOn: input.versionOn,
      note: input.note?.trim() || null,
      decisionItemId: input.decisionItemId,
    };
    await updatePlanVersion(tx, version.id, { ...fields, chapters });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'plan_version.edit',
      entity: 'plan_version',
      entityId: version.id,
      before,
      after: { ...fields, chapters: chapters.map((c) => c.theme) },
    });
    return { ok: true, versionId: version.id, number: version.number } as const;
  });
}
