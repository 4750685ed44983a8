/**
 * What the routes of the question scheme, follow-ups and meeting plan share: their dependencies,
 * the bodies where the actor may act, and the question deadline as the pages explain it.
 */
import type { Db } from '../../db/client.js';
import { formatDate } from '../../domain/danish-dates.js';
import {
  computeDeadline,
  type DeadlineRule,
  deadlineStatus,
  deadlineStatusText,
  QUESTION_SCHEME_RULE,
} from '../../domain/deadlines.js';
import { type Actor, type BodyAction, can } from '../../domain/roles.js';
import type { DeadlineView } from '../../render/html/questions/question-views.js';
import type { Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';

export interface WorkDeps {
  db: Db;
  now: () => Date;
}

/** A body slug in a form or query (the lookup decides whether it exists). */
export const SLUG = /^[a-z0-9-]{1,200}$/;

/** The bodies where the actor may do `action`: every body for admins (null), else their roles'. */
export function bodiesWhere(actor: Actor, action: BodyAction): number[] | null {
  if (actor.isAdmin) return null;
  return [...actor.roles.keys()].filter((bodyId) => can(actor, action, { bodyId }));
}

/** The question deadline as the pages explain it, by the body's deadline rule (default: the scheme's week). */
export function presentDeadline(
  input: {
    receivedOn: string;
    dueOn: string;
    answeredOn: string | null;
    state: string;
    today: string;
    rule?: DeadlineRule;
  },
  lang: Lang,
): DeadlineView {
  const explained = computeDeadline({ receivedOn: input.receivedOn, rule: input.rule ?? QUESTION_SCHEME_RULE });
  // The stored due date is the truth (the rule may change); the explanation is the rule's when they agree.
  const explanation = explained.dueOn === input.dueOn ? explained.explanation : `frist ${formatDate(input.dueOn)}`;
  const closed = input.state === 'declined' || input.state === 'outside_scheme';
  const status = deadlineStatus({
    dueOn: input.dueOn,
    answeredOn: input.state === 'answered' ? input.answeredOn : null,
    today: input.today,
  });
  return {
    dueText: formatDate(input.dueOn),
    explanation: explanation.charAt(0).toUpperCase() + explanation.slice(1),
    statusText: closed ? QUESTION_MESSAGES[lang].question.noDeadlineClosed : deadlineStatusText(status),
    statusKind: closed ? 'closed' : status.status,
  };
}
