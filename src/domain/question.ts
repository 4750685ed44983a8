/**
 * Questions in the question scheme (spørgeordningen) beyond their states: to whom a question is
 * addressed, and when the administration must contact the asker. Pure; dates are Danish calendar
 * dates ("YYYY-MM-DD"). The states are in question-states.ts, the deadline in deadlines.ts.
 */
import { deadlineStatus } from './deadlines.js';
import type { QuestionState } from './question-states.js';
import { type Actor, can } from './roles.js';

/** "rettes til sekretariatet for sundhedsrådet, et medlem af sygehusdirektionen eller koncerndirektionen" */
export const QUESTION_ADDRESSEES = ['secretariat', 'hospital_management', 'executive_board'] as const;
export type QuestionAddressee = (typeof QUESTION_ADDRESSEES)[number];

export function isQuestionAddressee(value: unknown): value is QuestionAddressee {
  return (QUESTION_ADDRESSEES as readonly unknown[]).includes(value);
}

/** Why the asker must be contacted, or null when they need not be (or already were). */
export type AskerContactReason = 'overdue' | 'declined';

/**
 * The scheme's two contact duties: a question not answered within its deadline ("tager
 * administrationen kontakt til spørger"), and a question the chair declined (a dialogue about
 * narrowing it). Once the contact is recorded, the duty is met.
 */
export function askerContactReason(input: {
  state: QuestionState;
  dueOn: string;
  today: string;
  isContacted: boolean;
}): AskerContactReason | null {
  if (input.isContacted) return null;
  if (input.state === 'declined') return 'declined';
  if (input.state === 'received' || input.state === 'assigned') {
    const status = deadlineStatus({ dueOn: input.dueOn, answeredOn: null, today: input.today });
    return status.status === 'overdue' ? 'overdue' : null;
  }
  return null;
}

/** Limits of what a member may write, and of an answer. */
export const QUESTION_LIMITS = {
  titleMax: 300,
  textMax: 20_000,
  noteMax: 5_000,
  partMax: 50_000,
  partsMax: 20,
} as const;

/** "Spørgsmål til spørgeordningen: …": the title says it is a question of the scheme, as the rules ask. */
export const QUESTION_TITLE_PREFIX = 'Spørgsmål til spørgeordningen';

export function schemeTitle(title: string): string {
  return `${QUESTION_TITLE_PREFIX}: ${title}`;
}

/**
 * What a signed-in person may see of a question:
 * - the body's secretariat and admins: everything;
 * - the asker: their question in every state, the notes to them, and the answer (confidential
 *   parts while they are a member of the body);
 * - the other members of the body: answered questions, confidential parts included ("Alle
 *   medlemmer af sundhedsrådet orienteres om svaret"), but not the notes;
 * - anyone else: nothing (the public reads published answers on the portal, open parts only).
 */
export interface QuestionAccess {
  canRead: boolean;
  canReadConfidential: boolean;
  canReadNotes: boolean;
  canReadAsker: boolean;
}

export function questionAccess(
  actor: (Actor & { userId: number }) | null,
  question: { bodyId: number; askerUserId: number; state: QuestionState },
): QuestionAccess {
  const none = { canRead: false, canReadConfidential: false, canReadNotes: false, canReadAsker: false };
  if (!actor) return none;
  const resource = { bodyId: question.bodyId };
  if (can(actor, 'answer_question', resource)) {
    return { canRead: true, canReadConfidential: true, canReadNotes: true, canReadAsker: true };
  }
  const isMember = can(actor, 'read_closed_item', resource);
  const isAsker = actor.userId === question.askerUserId;
  if (isAsker) return { canRead: true, canReadConfidential: isMember, canReadNotes: true, canReadAsker: true };
  if (isMember && question.state === 'answered') {
    return { canRead: true, canReadConfidential: true, canReadNotes: false, canReadAsker: true };
  }
  return none;
}

export function hasSchemePrefix(title: string): boolean {
  return title.toLocaleLowerCase('da').startsWith(QUESTION_TITLE_PREFIX.toLocaleLowerCase('da'));
}
