/**
 * registerProject: the secretariat registers a project or grant as applied for: its name, purpose,
 * responsible bodies (several when it spans clusters, the first the lead), what it draws on (a
 * frame's allocation, or an outside pool by name), when it applied and for how much, its own
 * funding, its planned period and how often it reports (yearly unless the frame says otherwise).
 * Granting is a later transition (moveProject), checked against what is left of the part.
 *
 * Who may call it: the secretariat of one of the bodies, or of the frame's deciding body; admins.
 * Returns the new project's id, or the problems per field.
 */
import type { Db } from '../../db/client.js';
import { existingBodies, findAllocation, findDecisionItemBody, insertProject } from '../../db/stores/projects.js';
import { PROJECT_LIMITS } from '../../domain/project.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from './access.js';

export type ProjectSource = { kind: 'frame'; frameId: number; position: number } | { kind: 'pool'; poolName: string };

export interface RegisterProjectInput {
  db: Db;
  name: string;
  purpose: string;
  source: ProjectSource;
  bodyIds: readonly number[];
  appliedOn: string;
  appliedOre: bigint | null;
  ownFundingOre: bigint;
  startsOn: string | null;
  endsOn: string | null;
  reportEveryMonths?: number;
  /** The item whose decision the application was registered by, if any. */
  decisionItemId?: number | null;
  note?: string | null;
  isFictitious?: boolean;
  actor: Actor | null;
  auditActor: AuditActor;
}

export type ProjectField =
  | 'name'
  | 'purpose'
  | 'source'
  | 'bodies'
  | 'appliedOn'
  | 'applied'
  | 'ownFunding'
  | 'endsOn'
  | 'reportEvery'
  | 'decision';
export type ProjectRefusal =
  | 'missing'
  | 'too_long'
  | 'not_found'
  | 'not_allowed'
  | 'negative'
  | 'before_start'
  | 'out_of_range';

export type RegisterProjectResult =
  | { ok: true; projectId: number }
  | { ok: false; problems: { field: ProjectField; reason: ProjectRefusal }[] };

export async function registerProject(input: RegisterProjectInput): Promise<RegisterProjectResult> {
  const problems: { field: ProjectField; reason: ProjectRefusal }[] = [];
  const text = (field: ProjectField, value: string, max: number) => {
    if (!value.trim()) problems.push({ field, reason: 'missing' });
    else if (value.length > max) problems.push({ field, reason: 'too_long' });
  };
  text('name', input.name, PROJECT_LIMITS.nameMax);
  text('purpose', input.purpose, PROJECT_LIMITS.purposeMax);
  if (input.source.kind === 'pool') text('source', input.source.poolName, PROJECT_LIMITS.poolMax);
  if (input.bodyIds.length === 0) problems.push({ field: 'bodies', reason: 'missing' });
  if (input.appliedOre !== null && input.appliedOre < 0n) problems.push({ field: 'applied', reason: 'negative' });
  if (input.ownFundingOre < 0n) problems.push({ field: 'ownFunding', reason: 'negative' });
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
    problems.push({ field: 'endsOn', reason: 'before_start' });
  const every = input.reportEveryMonths ?? 12;
  if (!Number.isInteger(every) || every < 1 || every > 120)
    problems.push({ field: 'reportEvery', reason: 'out_of_range' });
  return input.db.transaction(async (tx) => {
    const [allocation, found, itemBody] = await Promise.all([
      input.source.kind === 'frame' ? findAllocation(tx, input.source.frameId, input.source.position) : null,
      existingBodies(tx, input.bodyIds),
      input.decisionItemId ? findDecisionItemBody(tx, input.decisionItemId) : null,
    ]);
    if (input.source.kind === 'frame' && !allocation) problems.push({ field: 'source', reason: 'not_found' });
    if (input.bodyIds.some((id) => !found.has(id))) problems.push({ field: 'bodies', reason: 'not_found' });
    if (input.decisionItemId && itemBody === null) problems.push({ field: 'decision', reason: 'not_found' });
    if (!mayActFor(input.actor, [...input.bodyIds, allocation?.decidingBodyId ?? null]))
      problems.push({ field: 'bodies', reason: 'not_allowed' });
    if (problems.length > 0) return { ok: false, problems } as const;
    const source = input.source;
    const projectId = await insertProject(tx, {
      name: input.name.trim(),
      purpose: input.purpose.trim(),
      frameId: source.kind === 'frame' ? source.frameId : null,
      allocationPosition: source.kind === 'frame' ? source.position : null,
      poolName: source.kind === 'pool' ? source.poolName.trim() : null,
      appliedOn: input.appliedOn,
      appliedOre: input.appliedOre,
      grantedOre: null,
      ownFundingOre: input.ownFundingOre,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      status: 'applied',
      reportEveryMonths: every,
      isFictitious: input.isFictitious ?? false,
      createdByUserId: input.auditActor.userId,
      bodyIds: [...new Set(input.bodyIds)],
      decidedOn: input.appliedOn,
      decisionItemId: input.decisionItemId ?? null,
      note: input.note ?? null,
    });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'project.register',
      entity: 'project',
      entityId: projectId,
      before: null,
      after: {
        name: input.name.trim(),
        source:
          source.kind === 'frame' ? { frameId: source.frameId, position: source.position } : { pool: source.poolName },
        appliedOre: input.appliedOre === null ? null : String(input.appliedOre),
        bodyIds: input.bodyIds,
      },
    });
    return { ok: true, projectId } as const;
  });
}
