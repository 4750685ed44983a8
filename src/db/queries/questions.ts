/**
 * Read queries of the question scheme. The secretariat's and the asker's queries read everything
 * about a question; the public queries (`listPublicAnswers`, `questionsForStatistics`) select only
 * what may be public — never a confidential part, a note, or who asked.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias, type SelectedFields } from 'drizzle-orm/pg-core';
import type { QuestionAddressee } from '../../domain/question.js';
import { type QuestionSchemeRules, questionSchemeRulesOf } from '../../domain/question-scheme-rules.js';
import type { QuestionState } from '../../domain/question-states.js';
import type { QuestionForStatistics } from '../../domain/question-stats.js';
import type { Db } from '../client.js';
import { bodies, questionAnswerParts, questionSchemeSettings, questions, userRoles, users } from '../schema/index.js';
import { type BodyRef, bodyRefColumns } from '../selections.js';

export { findBodyRefById, findBodyRefBySlug, listAllBodies, listBodiesById } from './body-refs.js';

export async function publishesAnswers(db: Db, bodyId: number): Promise<boolean> {
  const [row] = await db
    .select({ publishesAnswers: questionSchemeSettings.publishesAnswers })
    .from(questionSchemeSettings)
    .where(eq(questionSchemeSettings.bodyId, bodyId));
  return row?.publishesAnswers ?? false;
}

/** A question as a line of a list names it. */
export interface QuestionLine {
  id: number;
  body: BodyRef;
  title: string;
  state: QuestionState;
  receivedOn: string;
  dueOn: string;
  answeredOn: string | null;
}

const questionLineColumns = {
  id: questions.id,
  body: bodyRefColumns,
  title: questions.title,
  state: questions.state,
  receivedOn: questions.receivedOn,
  dueOn: questions.dueOn,
  answeredOn: questions.answeredOn,
};

/** A question with whom it is addressed to, who asked it and who answers it: the secretariat's and the asker's view. */
interface QuestionWithPeople extends QuestionLine {
  addressee: QuestionAddressee;
  askerName: string;
  assigneeName: string | null;
  assignmentNote: string | null;
}

const assignees = alias(users, 'assignees');

/** Questions with their body, asker and assignee, selecting `columns` besides QuestionWithPeople's. */
function selectQuestionsWithPeople<T extends SelectedFields>(db: Db, columns: T) {
  return db
    .select({
      ...questionLineColumns,
      addressee: questions.addressee,
      askerName: users.name,
      assigneeName: assignees.name,
      assignmentNote: questions.assignmentNote,
      ...columns,
    })
    .from(questions)
    .innerJoin(bodies, eq(bodies.id, questions.bodyId))
    .innerJoin(users, eq(users.id, questions.askerUserId))
    .leftJoin(assignees, eq(assignees.id, questions.assignedToUserId));
}

export interface QueueRow extends QuestionWithPeople {
  isContacted: boolean;
  isForwarded: boolean;
}

/** The questions of some bodies (all bodies: null), newest first; open ones can be asked for alone. */
export async function listQuestionQueue(
  db: Db,
  input: { bodyIds: readonly number[] | null; openOnly?: boolean },
): Promise<QueueRow[]> {
  if (input.bodyIds !== null && input.bodyIds.length === 0) return [];
  return selectQuestionsWithPeople(db, {
    isContacted: sql<boolean>`${questions.contactedAt} is not null`,
    isForwarded: sql<boolean>`${questions.forwardedAt} is not null`,
  })
    .where(
      and(
        input.bodyIds === null ? undefined : inArray(questions.bodyId, [...input.bodyIds]),
        input.openOnly ? inArray(questions.state, ['received', 'assigned']) : undefined,
      ),
    )
    .orderBy(desc(questions.receivedAt), desc(questions.id))
    .limit(500);
}

export interface AnswerPartRow {
  position: number;
  text: string;
  isConfidential: boolean;
}

export interface QuestionRecord extends QuestionWithPeople {
  askerUserId: number;
  text: string;
  receivedAt: Date;
  assignedToUserId: number | null;
  isAnswerPublic: boolean;
  closedAt: Date | null;
  closedNote: string | null;
  contactedAt: Date | null;
  contactNote: string | null;
  forwardedAt: Date | null;
  forwardedLink: string | null;
  /** Every part, confidential ones included: the route presents only what the reader may see. */
  parts: AnswerPartRow[];
}

/** A question with everything about it, for the secretariat's and the asker's pages. */
export async function findQuestion(db: Db, id: number): Promise<QuestionRecord | null> {
  const [row] = await selectQuestionsWithPeople(db, {
    askerUserId: questions.askerUserId,
    text: questions.text,
    receivedAt: questions.receivedAt,
    assignedToUserId: questions.assignedToUserId,
    isAnswerPublic: questions.isAnswerPublic,
    closedAt: questions.closedAt,
    closedNote: questions.closedNote,
    contactedAt: questions.contactedAt,
    contactNote: questions.contactNote,
    forwardedAt: questions.forwardedAt,
    forwardedLink: questions.forwardedLink,
  }).where(eq(questions.id, id));
  if (!row) return null;
  const parts = await db
    .select({
      position: questionAnswerParts.position,
      text: questionAnswerParts.text,
      isConfidential: questionAnswerParts.isConfidential,
    })
    .from(questionAnswerParts)
    .where(eq(questionAnswerParts.questionId, id))
    .orderBy(asc(questionAnswerParts.position));
  return { ...row, parts };
}

export interface MemberQuestionRow extends QuestionLine {
  isOwn: boolean;
}

/** A member's own questions, and the answered questions of the bodies they are a member of. */
export async function listMemberQuestions(
  db: Db,
  input: { userId: number; memberBodyIds: readonly number[] },
): Promise<MemberQuestionRow[]> {
  const own = eq(questions.askerUserId, input.userId);
  const answeredInMyBodies =
    input.memberBodyIds.length > 0
      ? and(inArray(questions.bodyId, [...input.memberBodyIds]), eq(questions.state, 'answered'))
      : undefined;
  return db
    .select({ ...questionLineColumns, isOwn: sql<boolean>`${questions.askerUserId} = ${input.userId}` })
    .from(questions)
    .innerJoin(bodies, eq(bodies.id, questions.bodyId))
    .where(answeredInMyBodies ? sql`(${own}) or (${answeredInMyBodies})` : own)
    .orderBy(desc(questions.receivedAt), desc(questions.id))
    .limit(500);
}

/** The secretariat of a body: who a question can be assigned to. */
export async function listSecretariatUsers(db: Db, bodyId: number): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.bodyId, bodyId), eq(userRoles.role, 'secretariat'), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
}

export interface PublicAnswerRow {
  id: number;
  title: string;
  text: string;
  addressee: QuestionAddressee;
  receivedOn: string;
  answeredOn: string;
  /** Only the open parts. */
  openParts: string[];
  hasConfidentialParts: boolean;
}

/**
 * The answered questions a body publishes: only when the body publishes answers and the answer was
 * given for publishing; only the open parts (confidential text is never selected). Not who asked.
 */
export async function listPublicAnswers(db: Db, bodyId: number): Promise<PublicAnswerRow[]> {
  if (!(await publishesAnswers(db, bodyId))) return [];
  const rows = await db
    .select({
      id: questions.id,
      title: questions.title,
      text: questions.text,
      addressee: questions.addressee,
      receivedOn: questions.receivedOn,
      answeredOn: questions.answeredOn,
    })
    .from(questions)
    .where(and(eq(questions.bodyId, bodyId), eq(questions.state, 'answered'), eq(questions.isAnswerPublic, true)))
    .orderBy(desc(questions.answeredAt), desc(questions.id))
    .limit(500);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const open = await db
    .select({ questionId: questionAnswerParts.questionId, text: questionAnswerParts.text })
    .from(questionAnswerParts)
    .where(and(inArray(questionAnswerParts.questionId, ids), eq(questionAnswerParts.isConfidential, false)))
    .orderBy(asc(questionAnswerParts.questionId), asc(questionAnswerParts.position));
  const closedCounts = await db
    .select({ questionId: questionAnswerParts.questionId })
    .from(questionAnswerParts)
    .where(and(inArray(questionAnswerParts.questionId, ids), eq(questionAnswerParts.isConfidential, true)));
  const withConfidential = new Set(closedCounts.map((row) => row.questionId));
  return rows.map((row) => ({
    ...row,
    answeredOn: row.answeredOn ?? row.receivedOn,
    openParts: open.filter((part) => part.questionId === row.id).map((part) => part.text),
    hasConfidentialParts: withConfidential.has(row.id),
  }));
}

/** What the statistics count, for one body (and one year of receipt, when given). Dates and states only. */
export async function questionsForStatistics(
  db: Db,
  input: { bodyId: number; year?: number },
): Promise<QuestionForStatistics[]> {
  return db
    .select({
      receivedOn: questions.receivedOn,
      dueOn: questions.dueOn,
      answeredOn: questions.answeredOn,
      state: questions.state,
    })
    .from(questions)
    .where(
      and(
        eq(questions.bodyId, input.bodyId),
        input.year === undefined
          ? undefined
          : sql`${questions.receivedOn} between ${`${input.year}-01-01`} and ${`${input.year}-12-31`}`,
      ),
    );
}

/** The years in which a body received questions, newest first. */
export async function questionYears(db: Db, bodyId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${questions.receivedOn})::int` })
    .from(questions)
    .where(eq(questions.bodyId, bodyId));
  return rows.map((row) => Number(row.year)).sort((a, b) => b - a);
}

/** The body a question was asked in (for authorization), or null when there is no such question. */
export async function questionBodyId(db: Db, id: number): Promise<number | null> {
  const [row] = await db.select({ bodyId: questions.bodyId }).from(questions).where(eq(questions.id, id));
  return row?.bodyId ?? null;
}

const rulesColumns = {
  bodyId: questionSchemeSettings.bodyId,
  publishesAnswers: questionSchemeSettings.publishesAnswers,
  deadlineKind: questionSchemeSettings.deadlineKind,
  deadlineWeeks: questionSchemeSettings.deadlineWeeks,
  deadlineDays: questionSchemeSettings.deadlineDays,
  memberNote: questionSchemeSettings.memberNote,
};

/** The body's rules for its question scheme: its deadline, whether it publishes answers, its note for members. */
export async function findQuestionSchemeRules(db: Db, bodyId: number): Promise<QuestionSchemeRules> {
  const [row] = await db
    .select(rulesColumns)
    .from(questionSchemeSettings)
    .where(eq(questionSchemeSettings.bodyId, bodyId));
  return questionSchemeRulesOf(row);
}

/** The bodies' rules, each body's (the default for one that has set none). */
export async function listQuestionSchemeRules(
  db: Db,
  bodyIds: readonly number[],
): Promise<Map<number, QuestionSchemeRules>> {
  const rows =
    bodyIds.length === 0
      ? []
      : await db
          .select(rulesColumns)
          .from(questionSchemeSettings)
          .where(inArray(questionSchemeSettings.bodyId, [...bodyIds]));
  const found = new Map(rows.map((row) => [row.bodyId, row]));
  return new Map(bodyIds.map((id) => [id, questionSchemeRulesOf(found.get(id))]));
}
