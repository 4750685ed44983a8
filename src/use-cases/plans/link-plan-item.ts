/**
 * linkPlanItem: records that a published agenda item treated the plan (any body's item: a plan is
 * treated in several bodies), or removes that link. The public plan page lists the items; a closed
 * item only as "behandlet i et lukket punkt".
 *
 * Who may call it: the plan owner's secretariat and admins (`edit_meeting`), the demo loader.
 * Returns whether anything changed, or why not.
 */
import type { Db } from '../../db/client.js';
import { findItemBodyId, linkPlanItem as insertLink, lockPlan, unlinkPlanItem } from '../../db/stores/plans.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type LinkPlanItemResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'plan_not_found' | 'item_not_found' | 'not_allowed' };

export async function linkPlanItem(input: {
  db: Db;
  planId: number;
  itemId: number;
  /** true: remove the link. */
  unlink?: boolean;
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<LinkPlanItemResult> {
  return input.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, input.planId);
    if (!plan) return { ok: false, reason: 'plan_not_found' } as const;
    if (input.actor && !can(input.actor, 'edit_meeting', { bodyId: plan.ownerBodyId }))
      return { ok: false, reason: 'not_allowed' } as const;
    if (!input.unlink && (await findItemBodyId(tx, input.itemId)) === null)
      return { ok: false, reason: 'item_not_found' } as const;
    const changed = input.unlink
      ? await unlinkPlanItem(tx, plan.id, input.itemId)
      : await insertLink(tx, plan.id, input.itemId);
    if (changed)
      await recordAuditEntry(tx, {
        actor: input.auditActor,
        action: input.unlink ? 'plan_item.unlink' : 'plan_item.link',
        entity: 'plan',
        entityId: plan.id,
        before: null,
        after: { itemId: input.itemId },
      });
    return { ok: true, changed } as const;
  });
}
