/**
 * What the question scheme's pages share: the question as a reader may see it (presenter data:
 * confidential parts and notes are left out before they get here), its facts, its deadline badge
 * and its answer.
 */
import { Facts } from '../components.js';

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
  /** "Skal kontaktes: …" while the asker must be contacted. */
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
  return (
    <>
      {parts.map((part) =>
        part.isConfidential ? (
          <div class="answer-part answer-part-confidential">
            <p>
              <span class="badge badge-warning">Fortroligt</span> Denne del af svaret er fortrolig og må ikke
              videregives.
            </p>
            <Paragraphs text={part.text} />
          </div>
        ) : (
          <div class="answer-part">
            <Paragraphs text={part.text} />
          </div>
        ),
      )}
      {hidden > 0 ? <p class="muted">Svaret har fortrolige dele, som kun organets medlemmer kan læse.</p> : null}
    </>
  );
}

export function QuestionFacts({ question, forSecretariat }: { question: QuestionView; forSecretariat: boolean }) {
  return (
    <Facts
      rows={[
        ['Organ', <a href={question.body.href}>{question.body.name}</a>],
        ['Til', question.addresseeLabel],
        ['Spurgt af', question.askerName],
        ['Modtaget', question.receivedText],
        [
          'Frist',
          <>
            {question.deadline.explanation} <DeadlineBadge deadline={question.deadline} />
          </>,
        ],
        ['Status', question.stateLabel],
        ['Besvaret', question.answeredText],
        [
          'Offentliggjort',
          forSecretariat && question.answeredText ? (question.isAnswerPublic ? 'Ja, de åbne dele' : 'Nej') : null,
        ],
        [
          'Sendt videre',
          question.forwarded ? (
            <>
              {question.forwarded.text}: <a href={question.forwarded.link}>regionsrådets spørgeordning</a>
            </>
          ) : null,
        ],
      ]}
    />
  );
}

export function QuestionBody({ question }: { question: QuestionView }) {
  return (
    <>
      <h2>Spørgsmålet</h2>
      <Paragraphs text={question.text} />
      {question.state === 'answered' ? (
        <>
          <h2>Svar</h2>
          <AnswerParts parts={question.parts} hidden={question.hiddenConfidentialParts} />
        </>
      ) : null}
      {question.closedNote ? (
        <>
          <h2>{question.state === 'declined' ? 'Formandens afgørelse' : 'Uden for ordningen'}</h2>
          <Paragraphs text={question.closedNote} />
        </>
      ) : null}
      {question.contact ? (
        <>
          <h2>Kontakt med spørger</h2>
          <p>{question.contact.text}</p>
          <Paragraphs text={question.contact.note} />
        </>
      ) : null}
    </>
  );
}
