/**
 * A member's pages of the question scheme: choose a body and ask (/sporgsmaal/ny), read a question
 * (/sporgsmaal/:id) and one's own (/mine-sporgsmaal).
 */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, Notice, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import {
  type BodyLink,
  DeadlineBadge,
  type DeadlineView,
  QuestionBody,
  QuestionFacts,
  type QuestionView,
} from './question-views.js';
import { MemberNote } from './scheme-rules-pages.js';
import { MemberNav } from './work-nav.js';

export interface AskFormValues {
  title: string;
  text: string;
  addressee: string;
}

export function AskQuestionPage({
  body,
  csrfToken,
  values,
  problems = [],
  addressees,
  deadlineText,
  rules,
}: {
  body: { name: string; slug: string };
  csrfToken: string;
  values: AskFormValues;
  problems?: Problem[];
  addressees: { value: string; label: string }[];
  /** The deadline of a question asked today, in the page's language. */
  deadlineText: string;
  /** The body's rules: the deadline in words ("5 arbejdsdage"), the secretariat's note for members. */
  rules: { deadline: string; memberNote: string | null };
}) {
  const m = QUESTION_MESSAGES[usePage().lang].ask;
  const field = fieldsOf(values, problems);
  return (
    <Layout title={m.titleIn(body.name)}>
      <div>
        <MemberNav current="" />
        <h1>{m.title}</h1>
        <p class="font-lead">{m.schemeOf(body.name)}</p>
        <ErrorSummary problems={problems} />
        <p>
          {m.lead(rules.deadline)} {deadlineText}
        </p>
        <p>{m.individuals}</p>
        <MemberNote note={rules.memberNote} />
        <p>
          <a href={`/sporgsmaal/regler?organ=${body.slug}`}>{m.rulesIn(body.name)}</a>
        </p>
        <PostForm action="/sporgsmaal" csrfToken={csrfToken} hidden={{ organ: body.slug }}>
          <TextField {...field('title')} label={m.heading} hint={m.headingHint} required maxlength={300} />
          <TextArea {...field('text')} label={m.question} rows={10} required />
          <Select {...field('addressee')} label={m.addressee} options={addressees} required />
          <SubmitGroup>{m.send}</SubmitGroup>
        </PostForm>
      </div>
    </Layout>
  );
}

export function ChooseBodyPage({ bodies }: { bodies: BodyLink[] }) {
  const m = QUESTION_MESSAGES[usePage().lang].ask;
  return (
    <Layout title={m.title}>
      <div>
        <MemberNav current="" />
        <h1>{m.title}</h1>
        {bodies.length === 0 ? (
          <p>{m.noBodies}</p>
        ) : (
          <>
            <p>{m.chooseBody}</p>
            <ul>
              {bodies.map((body) => (
                <li>
                  <a href={body.href}>{body.name}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Layout>
  );
}

export function MemberQuestionPage({ question, notice }: { question: QuestionView; notice?: string }) {
  return (
    <Layout title={question.title}>
      <div>
        <MemberNav current="" />
        <h1>{question.title}</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        <QuestionFacts question={question} forSecretariat={false} />
        <QuestionBody question={question} />
      </div>
    </Layout>
  );
}

export interface QuestionListItem {
  href: string;
  title: string;
  bodyName: string;
  stateLabel: string;
  receivedText: string;
  deadline: DeadlineView;
  isOwn: boolean;
}

export function MyQuestionsPage({
  own,
  answeredInBodies,
  askLinks,
}: {
  own: QuestionListItem[];
  answeredInBodies: QuestionListItem[];
  askLinks: BodyLink[];
}) {
  const m = QUESTION_MESSAGES[usePage().lang].mine;
  return (
    <Layout title={m.title}>
      <div>
        <MemberNav current="/mine-sporgsmaal" />
        <h1>{m.title}</h1>
        {askLinks.length > 0 ? (
          <ul class="inline-list ask-links">
            {askLinks.map((body) => (
              <li>
                <a class="button button-primary" href={body.href}>
                  {m.askIn(body.name)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <a href="/sporgsmaal/regler">{m.rulesLink}</a>
          {m.rulesAfter}
        </p>
        <h2>{m.own}</h2>
        <QuestionTable items={own} caption={m.own} empty={m.ownEmpty} />
        <h2>{m.answered}</h2>
        <QuestionTable items={answeredInBodies} caption={m.answeredCaption} empty={m.answeredEmpty} />
      </div>
    </Layout>
  );
}

function QuestionTable({ items, caption, empty }: { items: QuestionListItem[]; caption: string; empty: string }) {
  const m = QUESTION_MESSAGES[usePage().lang].mine;
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <DataTable caption={caption} head={m.head}>
      {items.map((item) => (
        <tr>
          <th scope="row">
            <a href={item.href}>{item.title}</a>
          </th>
          <td>{item.bodyName}</td>
          <td>{item.receivedText}</td>
          <td>{item.stateLabel}</td>
          <td>
            {item.deadline.dueText} <DeadlineBadge deadline={item.deadline} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
