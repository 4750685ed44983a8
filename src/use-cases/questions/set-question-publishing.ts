/**
 * setQuestionPublishing: a body's choice to publish the open parts of its answers on the portal
 * (/organ/:slug/spoergsmaal). Turning it off hides every published answer at once; turning it on
 * publishes the answers given from then on (answers given before stay unpublished: their
 * askers and the secretariat did not write them for the public).
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns whether anything changed.
 */
import type { Db } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { findPublishesAnswers, savePublishesAnswers } from '../../db/stores/questions.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface SetQuestionPublishingInput {
  db: Db;
  bodyId: number;
  publishesAnswers: boolean;
  actor: AuditActor;
  now?: Date;
}

export async function setQuestionPublishing(
  input: SetQuestionPublishingInput,
): Promise<{ ok: true; changed: boolean } | { ok: false; reason: 'body_not_found' }> {
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    if (!(await findBody(tx, input.bodyId))) return { ok: false, reason: 'body_not_found' } as const;
    const before = (await findPublishesAnswers(tx, { bodyId: input.bodyId, lock: true })) ?? false;
    if (before === input.publishesAnswers) return { ok: true, changed: false } as const;
    await savePublishesAnswers(tx, { bodyId: input.bodyId, publishesAnswers: input.publishesAnswers, now });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'question_scheme.publishing',
      entity: 'body',
      entityId: input.bodyId,
      before: { publishesAnswers: before },
      after: { publishesAnswers: input.publishesAnswers },
    });
    return { ok: true, changed: true } as const;
  });
}
