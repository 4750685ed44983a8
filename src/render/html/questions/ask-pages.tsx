/**
 * A member's pages of the question scheme: choose a body and ask (/sporgsmaal/ny), read a question
 * (/sporgsmaal/:id) and one's own (/mine-sporgsmaal).
 */
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, Notice, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
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
import { MEMBER_LINKS, WorkNav } from './work-nav.js';

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
  /** "Stiller du spørgsmålet i dag, er fristen …" */
  deadlineText: string;
  /** The body's rules: the deadline in words ("5 arbejdsdage"), the secretariat's note for members. */
  rules: { deadline: string; memberNote: string | null };
}) {
  const field = fieldsOf(values, problems);
  return (
    <Layout title={`Stil et spørgsmål – ${body.name}`}>
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>Stil et spørgsmål</h1>
        <p class="font-lead">Spørgeordningen for {body.name}.</p>
        <ErrorSummary problems={problems} />
        <p>
          Spørgsmålet skal vedrøre organets opgaveområde. Det besvares så vidt muligt inden for {rules.deadline}; kan
          det ikke nås, kontakter administrationen dig. {deadlineText}
        </p>
        <p>Spørgsmål om enkeltpersoner besvares uden for ordningen. Alle medlemmer af organet får besked om svaret.</p>
        <MemberNote note={rules.memberNote} />
        <p>
          <a href={`/sporgsmaal/regler?organ=${body.slug}`}>Regler for spørgeordningen i {body.name}</a>
        </p>
        <PostForm action="/sporgsmaal" csrfToken={csrfToken} hidden={{ organ: body.slug }}>
          <TextField
            {...field('title')}
            label="Overskrift"
            hint="Overskriften får »Spørgsmål til spørgeordningen:« foran, så det fremgår, at det er et spørgsmål til ordningen."
            required
            maxlength={300}
          />
          <TextArea {...field('text')} label="Spørgsmål" rows={10} required />
          <Select {...field('addressee')} label="Spørgsmålet rettes til" options={addressees} required />
          <SubmitGroup>Send spørgsmålet</SubmitGroup>
        </PostForm>
      </div>
    </Layout>
  );
}

export function ChooseBodyPage({ bodies }: { bodies: BodyLink[] }) {
  return (
    <Layout title="Stil et spørgsmål">
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>Stil et spørgsmål</h1>
        {bodies.length === 0 ? (
          <p>Du er ikke medlem af et organ med spørgeordning. Kontakt sekretariatet, hvis du mener, du burde være.</p>
        ) : (
          <>
            <p>Vælg det organ, du vil stille spørgsmålet i.</p>
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
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
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
  return (
    <Layout title="Mine spørgsmål">
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="/mine-sporgsmaal" label="Dine sider" />
        <h1>Mine spørgsmål</h1>
        {askLinks.length > 0 ? (
          <ul class="inline-list ask-links">
            {askLinks.map((body) => (
              <li>
                <a class="button button-primary" href={body.href}>
                  Stil et spørgsmål i {body.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <a href="/sporgsmaal/regler">Regler for spørgeordningen</a>: fristen for svar, og hvad sekretariatet vil have,
          at du ved.
        </p>
        <h2>Spørgsmål, jeg har stillet</h2>
        <QuestionTable items={own} caption="Spørgsmål, jeg har stillet" empty="Du har ikke stillet spørgsmål endnu." />
        <h2>Besvarede spørgsmål i mine organer</h2>
        <QuestionTable
          items={answeredInBodies}
          caption="Besvarede spørgsmål i de organer, jeg er medlem af"
          empty="Ingen besvarede spørgsmål endnu."
        />
      </div>
    </Layout>
  );
}

function QuestionTable({ items, caption, empty }: { items: QuestionListItem[]; caption: string; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <DataTable caption={caption} head={['Spørgsmål', 'Organ', 'Modtaget', 'Status', 'Frist']}>
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
