/**
 * The question scheme's store: questions with their answer parts, and each body's rules (its
 * deadline, its choice to publish answers, its note for members). The state machine and the
 * deadlines are the domain's (question-states.ts, deadlines.ts); the use cases decide, this loads
 * and saves.
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import {
  type QuestionSchemeRules,
  questionSchemeRulesOf,
  storedDeadlineRule,
} from '../../domain/question-scheme-rules.js';
import type { Db, DbOrTx, Tx } from '../client.js';
import { bodies, questionAnswerParts, questionSchemeSettings, questions } from '../schema/index.js';

export type StoredQuestion = typeof questions.$inferSelect;

/** The question, locked for the rest of the transaction; null when there is none. */
export async function lockQuestion(tx: Tx, questionId: number): Promise<StoredQuestion | null> {
  const [row] = await tx.select().from(questions).where(eq(questions.id, questionId)).for('update');
  return row ?? null;
}

/** A new question; its id. */
export async function insertQuestion(
  tx: Tx,
  values: Pick<
    StoredQuestion,
    | 'bodyId'
    | 'askerUserId'
    | 'title'
    | 'text'
    | 'addressee'
    | 'state'
    | 'receivedAt'
    | 'receivedOn'
    | 'dueOn'
    | 'createdAt'
    | 'updatedAt'
  >,
): Promise<number> {
  const [created] = await tx.insert(questions).values(values).returning({ id: questions.id });
  return created.id;
}

/** Saves changed fields of a question (the caller sets `updatedAt`). */
export async function updateQuestion(
  tx: Tx,
  questionId: number,
  changes: Partial<Omit<StoredQuestion, 'id' | 'bodyId' | 'askerUserId' | 'createdAt'>>,
): Promise<void> {
  await tx.update(questions).set(changes).where(eq(questions.id, questionId));
}

/** Replaces the question's answer with these parts, numbered 1, 2, 3 … in order. */
export async function replaceAnswerParts(
  tx: Tx,
  questionId: number,
  parts: readonly { text: string; isConfidential: boolean }[],
): Promise<void> {
  await tx.delete(questionAnswerParts).where(eq(questionAnswerParts.questionId, questionId));
  await tx
    .insert(questionAnswerParts)
    .values(parts.map((part, index) => ({ questionId, position: index + 1, ...part })));
}

/** Whether the body publishes answers; null when it has made no choice. `lock` locks the choice's row. */
export async function findPublishesAnswers(
  tx: DbOrTx,
  { bodyId, lock = false }: { bodyId: number; lock?: boolean },
): Promise<boolean | null> {
  const query = tx
    .select({ publishesAnswers: questionSchemeSettings.publishesAnswers })
    .from(questionSchemeSettings)
    .where(eq(questionSchemeSettings.bodyId, bodyId));
  const [row] = lock ? await query.for('update') : await query;
  return row?.publishesAnswers ?? null;
}

export async function savePublishesAnswers(
  tx: Tx,
  { bodyId, publishesAnswers, now }: { bodyId: number; publishesAnswers: boolean; now: Date },
): Promise<void> {
  await tx
    .insert(questionSchemeSettings)
    .values({ bodyId, publishesAnswers, updatedAt: now })
    .onConflictDoUpdate({ target: questionSchemeSettings.bodyId, set: { publishesAnswers, updatedAt: now } });
}

const rulesColumns = {
  publishesAnswers: questionSchemeSettings.publishesAnswers,
  deadlineKind: questionSchemeSettings.deadlineKind,
  deadlineWeeks: questionSchemeSettings.deadlineWeeks,
  deadlineDays: questionSchemeSettings.deadlineDays,
  memberNote: questionSchemeSettings.memberNote,
};

/** The body's rules for its question scheme (the default when it has set none). `lock` locks the rules' row. */
export async function findQuestionSchemeRules(
  tx: DbOrTx,
  { bodyId, lock = false }: { bodyId: number; lock?: boolean },
): Promise<QuestionSchemeRules> {
  const query = tx.select(rulesColumns).from(questionSchemeSettings).where(eq(questionSchemeSettings.bodyId, bodyId));
  const [row] = lock ? await query.for('update') : await query;
  return questionSchemeRulesOf(row);
}

export async function saveQuestionSchemeRules(
  tx: Tx,
  { bodyId, rules, now }: { bodyId: number; rules: QuestionSchemeRules; now: Date },
): Promise<void> {
  const values = {
    publishesAnswers: rules.publishesAnswers,
    ...storedDeadlineRule(rules.deadlineRule),
    memberNote: rules.memberNote,
    updatedAt: now,
  };
  await tx
    .insert(questionSchemeSettings)
    .values({ bodyId, ...values })
    .onConflictDoUpdate({ target: questionSchemeSettings.bodyId, set: values });
}

export interface DueQuestion {
  id: number;
  bodyId: number;
  bodyName: string;
  title: string;
  dueOn: string;
}

/** Open questions (received or assigned) due on or before `dueBy`. */
export async function listOpenQuestionsDueBy(db: Db, dueBy: string): Promise<DueQuestion[]> {
  return db
    .select({
      id: questions.id,
      bodyId: questions.bodyId,
      bodyName: bodies.name,
      title: questions.title,
      dueOn: questions.dueOn,
    })
    .from(questions)
    .innerJoin(bodies, eq(bodies.id, questions.bodyId))
    .where(and(inArray(questions.state, ['received', 'assigned']), lte(questions.dueOn, dueBy)));
}
