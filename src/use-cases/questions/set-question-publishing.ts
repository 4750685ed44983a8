/**
 * setQuestionPublishing: a body's choice to publish the open parts of its answers on the portal
 * (/organ/:slug/spoergsmaal). Turning it off hides every published answer at once; turning it on
 * publishes the answers given from then on (answers given before stay unpublished: their
 * askers and the secretariat did not write them for the public).
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns whether anything changed.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bodies, questionSchemeSettings } from '../../db/schema/index.js';
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
    const [body] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, input.bodyId));
    if (!body) return { ok: false, reason: 'body_not_found' } as const;
    const [current] = await tx
      .select({ publishesAnswers: questionSchemeSettings.publishesAnswers })
      .from(questionSchemeSettings)
      .where(eq(questionSchemeSettings.bodyId, input.bodyId))
      .for('update');
    const before = current?.publishesAnswers ?? false;
    if (before === input.publishesAnswers) return { ok: true, changed: false } as const;
    await tx
      .insert(questionSchemeSettings)
      .values({ bodyId: input.bodyId, publishesAnswers: input.publishesAnswers, updatedAt: now })
      .onConflictDoUpdate({
        target: questionSchemeSettings.bodyId,
        set: { publishesAnswers: input.publishesAnswers, updatedAt: now },
      });
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
