/**
 * linkGpDecision: links a decision (an agenda item of any body's published meeting) to a health
 * council's GP capacity board, with a note of what it decided ("Nyt ydernummer i Tønder udmøntet").
 * Linking the same item again replaces its note.
 *
 * Who may call it: the secretariat of the board's health council and admins; the command line and
 * the demo loader (actor null). One transaction, the audit log.
 */
import type { Db } from '../../db/client.js';
import { findItemBody } from '../../db/stores/frames.js';
import { findBoardOfBody, linkBoardDecision } from '../../db/stores/gp-capacity.js';
import { GP_LIMITS } from '../../domain/gp-capacity.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from '../projects/access.js';

export type LinkGpDecisionResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'not_allowed' | 'decision_not_found' | 'note_too_long' };

export async function linkGpDecision(input: {
  db: Db;
  bodyId: number;
  itemId: number;
  note: string | null;
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<LinkGpDecisionResult> {
  if ((input.note?.length ?? 0) > GP_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  if (!mayActFor(input.actor, [input.bodyId])) return { ok: false, reason: 'not_allowed' };
  return input.db.transaction(async (tx): Promise<LinkGpDecisionResult> => {
    const board = await findBoardOfBody(tx, input.bodyId);
    if (!board) return { ok: false, reason: 'not_found' };
    if ((await findItemBody(tx, input.itemId)) === null) return { ok: false, reason: 'decision_not_found' };
    await linkBoardDecision(tx, { boardId: board.id, itemId: input.itemId, note: input.note });
    await recordAuditEntry(tx, {
      actor: input.auditActor,
      action: 'gp_board.link_decision',
      entity: 'gp_board',
      entityId: board.id,
      before: null,
      after: { itemId: input.itemId, note: input.note },
    });
    return { ok: true };
  });
}
