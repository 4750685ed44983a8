/**
 * findDecisionContext: where a decision was made — its item, meeting and body — for the
 * secretariat's follow-up pages, which decide by the body who may act on it. A read, no change.
 *
 * Who may call it: the follow-up routes. Returns the context, or null when there is no such decision.
 */
import type { Db } from '../../db/client.js';
import { type DecisionContext, findDecisionContext as findContext } from '../../db/stores/follow-ups.js';

export function findDecisionContext(db: Db, decisionId: number): Promise<DecisionContext | null> {
  return findContext(db, decisionId);
}
