/**
 * The meeting calendar: the public plan for a year (/organ/:slug/moedeplan) with each change and
 * the decision that made it, and the secretariat's editing (/sekretariat/moedeplan,
 * /sekretariat/moedeplan/:id).
 */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Breadcrumbs, LinkNav } from '../components.js';
import { Checkbox, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, PageAlerts, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { BodyFilter, ListFilter, SecretariatNav } from './work-nav.js';

export interface PlanChangeView {
  /** The day of the change. */
  dateText: string;
  /** What changed (created, moved, cancelled …). */
  what: string;
  decision: { label: string; href: string | null } | null;
  note: string | null;
}

export interface PlanEntryView {
  id: number;
  kindLabel: string;
  title: string;
  /** The day and the time. */
  whenText: string;
  date: string;
  location: string | null;
  isCancelled: boolean;
  changes: PlanChangeView[];
  editHref?: string;
  /** A meeting of the body (published or imported): its page and state (held, coming, with its status). */
  meeting?: { href: string; stateLabel: string };
}

function Changes({ changes }: { changes: PlanChangeView[] }) {
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  if (changes.length === 0) return null;
  return (
    <ul class="plan-changes">
      {changes.map((change) => (
        <li>
          {change.dateText}: {change.what}
          {change.decision ? (
            <>
              {' '}
              ({m.decidedIn}{' '}
              {change.decision.href ? (
                <a href={change.decision.href}>{change.decision.label}</a>
              ) : (
                change.decision.label
              )}
              )
            </>
          ) : null}
          {change.note ? <> – {change.note}</> : null}
        </li>
      ))}
    </ul>
  );
}

function PlanList({ entries, showChanges }: { entries: PlanEntryView[]; showChanges: boolean }) {
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  if (entries.length === 0) return <p>{m.none}</p>;
  return (
    <ol class="plan-list">
      {entries.map((entry) => (
        <li class={`plan-entry${entry.isCancelled ? ' plan-entry-cancelled' : ''}`}>
          <h3>
            <PlanTitle entry={entry} />
            {entry.kindLabel ? (
              <>
                {' '}
                <span class="badge badge-small">{entry.kindLabel}</span>
              </>
            ) : null}
            {entry.meeting && !entry.isCancelled ? (
              <>
                {' '}
                <span class="badge badge-small plan-meeting-state">{entry.meeting.stateLabel}</span>
              </>
            ) : null}
            {entry.isCancelled ? (
              <>
                {' '}
                <span class="badge badge-small badge-error">{m.cancelled}</span>
              </>
            ) : null}
          </h3>
          <p>
            <time datetime={entry.date}>{entry.whenText}</time>
            {entry.location ? ` · ${entry.location}` : ''}
            {entry.editHref ? (
              <>
                {' '}
                · <a href={entry.editHref}>{m.editOrCancel}</a>
              </>
            ) : null}
          </p>
          {showChanges ? <Changes changes={entry.changes} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** The entry's title: a link to the meeting's page when it is a meeting of the body; struck through when cancelled. */
function PlanTitle({ entry }: { entry: PlanEntryView }) {
  const title = entry.meeting ? <a href={entry.meeting.href}>{entry.title}</a> : entry.title;
  return entry.isCancelled ? <del>{title}</del> : title;
}

function YearNav({ years, year, hrefFor }: { years: number[]; year: number; hrefFor: (year: number) => string }) {
  const all = [...new Set([...years, year])].sort((a, b) => b - a);
  const links = all.map((y) => ({ href: hrefFor(y), label: String(y) }));
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  return <LinkNav label={m.chooseYear} listClass="inline-list year-list" links={links} current={hrefFor(year)} />;
}

export function PublicPlanPage({
  body,
  year,
  years,
  entries,
}: {
  body: { name: string; href: string };
  year: number;
  years: number[];
  entries: PlanEntryView[];
}) {
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  const title = m.title(year, body.name);
  return (
    <Layout title={title}>
      <div>
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: m.crumb(year) }]} />
        <h1>{title}</h1>
        <p class="font-lead">{m.lead}</p>
        <YearNav years={years} year={year} hrefFor={(y) => `${body.href}/moedeplan?aar=${y}`} />
        <h2>{m.meetingsIn(year)}</h2>
        <PlanList entries={entries} showChanges />
      </div>
    </Layout>
  );
}

export interface PlanFormValues {
  kind: string;
  title: string;
  plannedOn: string;
  endsOn: string;
  startTime: string;
  endTime: string;
  location: string;
  decision: string;
  note: string;
  isCancelled: boolean;
}

export const EMPTY_PLAN_FORM: PlanFormValues = {
  kind: 'ordinary',
  title: '',
  plannedOn: '',
  endsOn: '',
  startTime: '',
  endTime: '',
  location: '',
  decision: '',
  note: '',
  isCancelled: false,
};

function PlanFields({
  values,
  kinds,
  decisions,
  problems,
  withCancel,
}: {
  values: PlanFormValues;
  kinds: { value: string; label: string }[];
  decisions: { value: string; label: string }[];
  problems: Problem[];
  withCancel: boolean;
}) {
  const field = fieldsOf(values, problems);
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  return (
    <>
      <Select {...field('kind')} label={m.kind} options={kinds} />
      <TextField {...field('title')} label={m.titleField} required />
      <TextField {...field('plannedOn')} label={m.date} type="date" required />
      <TextField {...field('endsOn')} label={m.endsOn} hint={m.endsOnHint} type="date" />
      <TextField {...field('startTime')} label={m.from} type="time" />
      <TextField {...field('endTime')} label={m.to} type="time" />
      <TextField {...field('location')} label={m.location} />
      {withCancel ? <Checkbox id="isCancelled" label={m.cancelled} checked={values.isCancelled} /> : null}
      <Select
        {...field('decision')}
        label={m.decision}
        hint={m.decisionHint}
        options={[{ value: '', label: m.noDecision }, ...decisions]}
      />
      <TextArea {...field('note')} label={m.note} hint={m.noteHint} rows={3} />
    </>
  );
}

export function SecretariatPlanPage({
  body,
  bodies,
  year,
  years,
  entries,
  kinds,
  decisions,
  csrfToken,
  values,
  problems = [],
  notice,
}: {
  body: { name: string; slug: string } | null;
  bodies: { slug: string; name: string }[];
  year: number;
  years: number[];
  entries: PlanEntryView[];
  kinds: { value: string; label: string }[];
  decisions: { value: string; label: string }[];
  csrfToken: string;
  values: PlanFormValues;
  problems?: Problem[];
  notice?: string;
}) {
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  return (
    <Layout title={m.secretariatTitle}>
      <div>
        <SecretariatNav current="/sekretariat/moedeplan" />
        <h1>
          {m.secretariatTitle}
          {body ? ` – ${body.name}` : ''}
        </h1>
        <PageAlerts notice={notice} problems={problems} />
        <ListFilter action="/sekretariat/moedeplan">
          <BodyFilter value={body?.slug ?? ''} bodies={bodies} allowsAll={false} />
          <TextField id="aar" label={m.year} value={String(year)} />
        </ListFilter>
        {body ? (
          <>
            <p>
              <a href={`/organ/${body.slug}/moedeplan?aar=${year}`}>{m.publicPlan}</a>
            </p>
            <YearNav years={years} year={year} hrefFor={(y) => `/sekretariat/moedeplan?organ=${body.slug}&aar=${y}`} />
            <h2>{m.plannedIn(year)}</h2>
            <PlanList entries={entries} showChanges />
            <h2>{m.add}</h2>
            <PostForm action="/sekretariat/moedeplan" csrfToken={csrfToken} hidden={{ organ: body.slug }}>
              <PlanFields values={values} kinds={kinds} decisions={decisions} problems={problems} withCancel={false} />
              <SubmitButton>{m.addButton}</SubmitButton>
            </PostForm>
          </>
        ) : (
          <p>{m.chooseBody}</p>
        )}
      </div>
    </Layout>
  );
}

export function EditPlanEntryPage({
  entry,
  body,
  kinds,
  decisions,
  csrfToken,
  values,
  problems = [],
}: {
  entry: PlanEntryView;
  body: { name: string; slug: string };
  kinds: { value: string; label: string }[];
  decisions: { value: string; label: string }[];
  csrfToken: string;
  values: PlanFormValues;
  problems?: Problem[];
}) {
  const m = QUESTION_MESSAGES[usePage().lang].plan;
  return (
    <Layout title={m.editTitle(entry.title)}>
      <div>
        <SecretariatNav current="/sekretariat/moedeplan" />
        <Breadcrumbs
          items={[
            {
              label: m.secretariatTitle,
              href: `/sekretariat/moedeplan?organ=${body.slug}&aar=${entry.date.slice(0, 4)}`,
            },
            { label: entry.title },
          ]}
        />
        <h1>{m.editHeading(entry.title)}</h1>
        <p>
          {body.name} · {entry.whenText}
        </p>
        <ErrorSummary problems={problems} />
        <h2>{m.changes}</h2>
        <Changes changes={entry.changes} />
        <h2>{m.newChange}</h2>
        <PostForm action={`/sekretariat/moedeplan/${entry.id}`} csrfToken={csrfToken}>
          <PlanFields values={values} kinds={kinds} decisions={decisions} problems={problems} withCancel />
          <SubmitButton>{m.saveChange}</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}
