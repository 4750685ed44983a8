/**
 * What the question scheme's pages share: the question as a reader may see it (presenter data:
 * confidential parts and notes are left out before they get here), its facts, its deadline badge
 * and its answer.
 */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Facts } from '../components.js';
import { usePage } from '../page-context.js';

export interface BodyLink {
  name: string;
  href: string;
}

export interface DeadlineView {
  /** "30. marts 2026" */
  dueText: string;
  /** "Frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026" */
  explanation: string;
  /** "3 dage tilbage", "2 dage over fristen" … */
  statusText: string;
  statusKind: 'on_time' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late' | 'closed';
}

export interface AnswerPartView {
  text: string;
  isConfidential: boolean;
}

export interface QuestionView {
  id: number;
  title: string;
  text: string;
  body: BodyLink;
  addresseeLabel: string;
  stateLabel: string;
  state: string;
  receivedText: string;
  answeredText: string | null;
  deadline: DeadlineView;
  askerName: string | null;
  /** Only the parts the reader may see; `hiddenConfidentialParts` counts the others. */
  parts: AnswerPartView[];
  hiddenConfidentialParts: number;
  /** Only for the asker and the secretariat. */
  closedNote: string | null;
  contact: { text: string; note: string } | null;
  forwarded: { text: string; link: string } | null;
  /** Why the asker must be contacted, while the asker must be contacted. */
  contactNeeded: string | null;
  isAnswerPublic: boolean;
}

const DEADLINE_BADGE: Record<DeadlineView['statusKind'], string> = {
  on_time: 'badge-info',
  due_soon: 'badge-warning',
  overdue: 'badge-error',
  answered_on_time: 'badge-success',
  answered_late: 'badge-warning',
  closed: '',
};

export function DeadlineBadge({ deadline }: { deadline: DeadlineView }) {
  return <span class={`badge badge-small ${DEADLINE_BADGE[deadline.statusKind]}`.trim()}>{deadline.statusText}</span>;
}

export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => (
          <p class="preserve-lines">{paragraph}</p>
        ))}
    </>
  );
}

export function AnswerParts({ parts, hidden }: { parts: AnswerPartView[]; hidden: number }) {
  const m = QUESTION_MESSAGES[usePage().lang].question;
  return (
    <>
      {parts.map((part) =>
        part.isConfidential ? (
          <div class="answer-part answer-part-confidential">
            <p>
              <span class="badge badge-warning">{m.confidential}</span> {m.confidentialPart}
            </p>
            <Paragraphs text={part.text} />
          </div>
        ) : (
          <div class="answer-part">
            <Paragraphs text={part.text} />
          </div>
        ),
      )}
      {hidden > 0 ? <p class="muted">{m.hiddenParts}</p> : null}
    </>
  );
}

export function QuestionFacts({ question, forSecretariat }: { question: QuestionView; forSecretariat: boolean }) {
  const m = QUESTION_MESSAGES[usePage().lang].question;
  return (
    <Facts
      rows={[
        [m.body, <a href={question.body.href}>{question.body.name}</a>],
        [m.to, question.addresseeLabel],
        [m.askedBy, question.askerName],
        [m.received, question.receivedText],
        [
          m.deadline,
          <>
            {question.deadline.explanation} <DeadlineBadge deadline={question.deadline} />
          </>,
        ],
        [m.state, question.stateLabel],
        [m.answered, question.answeredText],
        [
          m.published,
          forSecretariat && question.answeredText ? (question.isAnswerPublic ? m.publishedYes : m.publishedNo) : null,
        ],
        [
          m.forwarded,
          question.forwarded ? (
            <>
              {question.forwarded.text}: <a href={question.forwarded.link}>{m.regionalScheme}</a>
            </>
          ) : null,
        ],
      ]}
    />
  );
}

export function QuestionBody({ question }: { question: QuestionView }) {
  const m = QUESTION_MESSAGES[usePage().lang].question;
  return (
    <>
      <h2>{m.theQuestion}</h2>
      <Paragraphs text={question.text} />
      {question.state === 'answered' ? (
        <>
          <h2>{m.answer}</h2>
          <AnswerParts parts={question.parts} hidden={question.hiddenConfidentialParts} />
        </>
      ) : null}
      {question.closedNote ? (
        <>
          <h2>{question.state === 'declined' ? m.chairDecision : m.outsideScheme}</h2>
          <Paragraphs text={question.closedNote} />
        </>
      ) : null}
      {question.contact ? (
        <>
          <h2>{m.contactWithAsker}</h2>
          <p>{question.contact.text}</p>
          <Paragraphs text={question.contact.note} />
        </>
      ) : null}
    </>
  );
}
