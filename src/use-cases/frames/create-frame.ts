/**
 * createFrame: the secretariat records a frame (ramme) — the money a deciding body set aside, whose
 * it is, its years, purpose and conditions, the decision that set it aside — and allocates it over
 * the recipients of a key version, exactly (domain/allocation.ts). The parts are fixed with the
 * frame: a later version of the key changes nothing.
 *
 * Who may call it: the deciding body's secretariat and admins (`edit_meeting` in that body).
 * Returns the new frame's id, or the problems per field.
 */
import type { Db } from '../../db/client.js';
import { findItemBody, insertFrame, loadKeyWeights, publisherExists } from '../../db/stores/frames.js';
import { findBody } from '../../db/stores/people.js';
import { allocate, weightsOf } from '../../domain/allocation.js';
import { recipientKey } from '../../domain/allocation-key.js';
import { FRAME_YEARS } from '../../domain/frame.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface CreateFrameInput {
  db: Db;
  title: string;
  purpose: string;
  conditions: string | null;
  ownerId: number;
  decidingBodyId: number;
  decisionItemId: number | null;
  totalOre: bigint;
  fromYear: number;
  toYear: number;
  keyVersionId: number;
  isFictitious?: boolean;
  /** Who asks (null: the command line or the demo loader, which may). */
  actor: Actor | null;
  auditActor: AuditActor;
}

export type FrameField = 'title' | 'purpose' | 'owner' | 'body' | 'decision' | 'total' | 'fromYear' | 'toYear' | 'key';

export type FrameRefusal =
  | 'missing'
  | 'too_long'
  | 'not_found'
  | 'not_allowed'
  | 'not_of_body'
  | 'negative'
  | 'out_of_range'
  | 'before_start'
  | 'no_weight';

export type CreateFrameResult =
  | { ok: true; frameId: number }
  | { ok: false; problems: { field: FrameField; reason: FrameRefusal }[] };

/** The problems of the values alone (no database). */
function checkValues(input: CreateFrameInput): { field: FrameField; reason: FrameRefusal }[] {
  const problems: { field: FrameField; reason: FrameRefusal }[] = [];
  const text = (field: FrameField, value: string, max: number) => {
    if (!value.trim()) problems.push({ field, reason: 'missing' });
    else if (value.length > max) problems.push({ field, reason: 'too_long' });
  };
  text('title', input.title, 300);
  text('purpose', input.purpose, 5_000);
  if (input.totalOre < 0n) problems.push({ field: 'total', reason: 'negative' });
  const inRange = (year: number) => Number.isInteger(year) && year >= FRAME_YEARS.min && year <= FRAME_YEARS.max;
  if (!inRange(input.fromYear)) problems.push({ field: 'fromYear', reason: 'out_of_range' });
  if (!inRange(input.toYear)) problems.push({ field: 'toYear', reason: 'out_of_range' });
  else if (inRange(input.fromYear) && input.toYear < input.fromYear)
    problems.push({ field: 'toYear', reason: 'before_start' });
  if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: input.decidingBodyId }))
    problems.push({ field: 'body', reason: 'not_allowed' });
  return problems;
}

export async function createFrame(input: CreateFrameInput): Promise<CreateFrameResult> {
  const problems = checkValues(input);
  return input.db.transaction(async (tx) => {
    const [owner, body, itemBody, weights] = await Promise.all([
      publisherExists(tx, input.ownerId),
      findBody(tx, input.decidingBodyId),
      input.decisionItemId === null ? null : findItemBody(tx, input.decisionItemId),
      loadKeyWeights(tx, input.keyVersionId),
    ]);
    if (!owner) problems.push({ field: 'owner', reason: 'not_found' });
    if (!body) problems.push({ field: 'body', reason: 'not_found' });
    if (input.decisionItemId !== null && itemBody === null) problems.push({ field: 'decision', reason: 'not_found' });
    else if (input.decisionItemId !== null && itemBody !== input.decidingBodyId)
      problems.push({ field: 'decision', reason: 'not_of_body' });
    const scaled = weights ? weightsOf(weights.map((w) => w.weight)) : null;
    if (!weights || !scaled) problems.push({ field: 'key', reason: 'not_found' });
    else if (scaled.every((w) => w === 0n)) problems.push({ field: 'key', reason: 'no_weight' });
    if (problems.length > 0 || !weights || !scaled) return { ok: false, problems } as const;
    const parts = allocate({
      totalOre: input.totalOre,
      weights: scaled,
      tieKeys: weights.map((w) => recipientKey(w.recipient)),
    });
    const { db: _db, actor: _actor, auditActor, isFictitious, ...frame } = input;
    const frameId = await insertFrame(tx, {
      ...frame,
      isFictitious: isFictitious ?? false,
      createdByUserId: auditActor.userId,
      allocations: weights.map((w, i) => ({ recipient: w.recipient, weight: w.weight, amountOre: parts[i] })),
    });
    await recordAuditEntry(tx, {
      actor: auditActor,
      action: 'frame.create',
      entity: 'frame',
      entityId: frameId,
      before: null,
      after: {
        title: input.title,
        totalOre: String(input.totalOre),
        keyVersionId: input.keyVersionId,
        recipients: parts.length,
      },
    });
    return { ok: true, frameId } as const;
  });
}
