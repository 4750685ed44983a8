/**
 * A body's rules for its question scheme: the secretariat's form (/sekretariat/sporgsmaal/regler)
 * — the answer deadline, publishing of answers, the note for members — and the members' read-only
 * page (/sporgsmaal/regler).
 */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { BodyRulesForm, type BodyRulesPageProps, WayChoice } from '../body-rules-form.js';
import { Facts } from '../components.js';
import { Checkbox, errorLookup, fieldsOf, TextArea, TextField } from '../fields.js';
import { PageAlerts, type Problem } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { type BodyLink, Paragraphs } from './question-views.js';
import { BodyFilter, ListFilter, MemberNav, SecretariatNav } from './work-nav.js';

/** A body's rules as a member reads them. */
export interface SchemeRulesView {
  /** The rule and "after receipt", in the page's language. */
  deadlineText: string;
  /** Whether weekends and holidays count. */
  deadlineHint: string;
  /** The deadline of a question asked today. */
  exampleText: string;
  publishesAnswers: boolean;
  publicAnswersHref: string;
  memberNote: string | null;
}

export interface SchemeRulesFormValues {
  deadlineKind: string;
  weeks: string;
  days: string;
  workingDays: string;
  publishesAnswers: boolean;
  memberNote: string;
}

/** The rules as facts: the deadline with an example, and whether answers are published. */
export function SchemeRulesFacts({ rules }: { rules: SchemeRulesView }) {
  const m = QUESTION_MESSAGES[usePage().lang].rules;
  return (
    <Facts
      rows={[
        [
          m.deadline,
          <>
            {rules.deadlineText}. {rules.deadlineHint} {rules.exampleText}
          </>,
        ],
        [
          m.publishing,
          rules.publishesAnswers ? (
            <>
              {m.published}
              <a href={rules.publicAnswersHref}>{m.publishedLink}</a>.
            </>
          ) : (
            m.notPublished
          ),
        ],
      ]}
    />
  );
}

/** The secretariat's note for members, under its own heading; nothing when there is none. */
export function MemberNote({ note }: { note: string | null }) {
  const m = QUESTION_MESSAGES[usePage().lang].rules;
  if (!note) return null;
  return (
    <section aria-labelledby="member-note-heading">
      <h2 id="member-note-heading">{m.fromSecretariat}</h2>
      <Paragraphs text={note} />
    </section>
  );
}

export function MemberSchemeRulesPage({
  body,
  rules,
  askHref,
}: {
  body: { name: string };
  rules: SchemeRulesView;
  /** The ask page, when the reader may ask in the body. */
  askHref: string | null;
}) {
  const { rules: m, ask } = QUESTION_MESSAGES[usePage().lang];
  return (
    <Layout title={`${m.title} – ${body.name}`}>
      <div>
        <MemberNav current="" />
        <h1>{m.title}</h1>
        <p class="font-lead">{ask.schemeOf(body.name)}</p>
        <SchemeRulesFacts rules={rules} />
        <h2>{m.howItWorks}</h2>
        <ul>
          {m.how.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <MemberNote note={rules.memberNote} />
        {askHref ? (
          <p>
            <a class="button button-primary" href={askHref}>
              {ask.title}
            </a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}

/** /sporgsmaal/regler without a body, for one who belongs to several: which body's rules. */
export function ChooseSchemeRulesPage({ bodies }: { bodies: BodyLink[] }) {
  const m = QUESTION_MESSAGES[usePage().lang].rules;
  return (
    <Layout title={m.title}>
      <div>
        <MemberNav current="" />
        <h1>{m.title}</h1>
        {bodies.length === 0 ? (
          <p>{m.notMember}</p>
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

function RulesForm({
  body,
  values,
  problems,
  csrfToken,
}: {
  body: { slug: string };
  values: SchemeRulesFormValues;
  problems: Problem[];
  csrfToken: string;
}) {
  const m = QUESTION_MESSAGES[usePage().lang].rules;
  const field = fieldsOf(values, problems);
  const errorOf = errorLookup(problems);
  return (
    <BodyRulesForm action="/sekretariat/sporgsmaal/regler" body={body} csrfToken={csrfToken} save={m.save}>
      <WayChoice
        name="deadlineKind"
        legend={m.how_legend}
        hint={m.howHint}
        error={errorOf('deadlineKind')}
        value={values.deadlineKind}
        ways={[
          { value: 'calendar', label: m.calendar, hint: m.calendarWayHint },
          { id: 'deadlineKind-working-days', value: 'working_days', label: m.workingDays, hint: m.workingDaysHint },
        ]}
      />
      <TextField {...field('weeks')} label={m.weeks} hint={m.weeksHint} maxlength={6} />
      <TextField {...field('days')} label={m.days} hint={m.daysHint} maxlength={6} />
      <TextField {...field('workingDays')} label={m.workingDaysCount} hint={m.workingDaysCountHint} maxlength={6} />
      <Checkbox id="publishesAnswers" label={m.publish} hint={m.publishHint} checked={values.publishesAnswers} />
      <TextArea {...field('memberNote')} label={m.memberNote} hint={m.memberNoteHint} rows={5} />
    </BodyRulesForm>
  );
}

export function SecretariatSchemeRulesPage(props: BodyRulesPageProps<SchemeRulesFormValues>) {
  const { body, bodies, values, problems = [], csrfToken, notice } = props;
  const { rules: m, ask } = QUESTION_MESSAGES[usePage().lang];
  return (
    <Layout title={body ? `${m.title} – ${body.name}` : m.title}>
      <div>
        <SecretariatNav current="" />
        <h1>{m.title}</h1>
        {body ? (
          <>
            <p class="font-lead">{ask.schemeOf(body.name)}</p>
            <PageAlerts notice={notice} problems={problems} />
            <p>
              <a href={`/sporgsmaal/regler?organ=${body.slug}`}>{m.asMembersSee}</a>
              {bodies.length > 1 ? (
                <>
                  {' '}
                  · <a href="/sekretariat/sporgsmaal/regler">{m.otherBody}</a>
                </>
              ) : null}{' '}
              · <a href={`/sekretariat/sporgsmaal?organ=${body.slug}`}>{m.bodysQuestions}</a>
            </p>
            <RulesForm body={body} values={values} problems={problems} csrfToken={csrfToken} />
          </>
        ) : (
          <>
            <p>{m.chooseBodyToEdit}</p>
            <ListFilter action="/sekretariat/sporgsmaal/regler">
              <BodyFilter value="" bodies={bodies} allowsAll={false} />
            </ListFilter>
          </>
        )}
      </div>
    </Layout>
  );
}
