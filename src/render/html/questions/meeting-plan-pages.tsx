/**
 * The meeting calendar: the public plan for a year (/organ/:slug/moedeplan) with each change and
 * the decision that made it, and the secretariat's editing (/sekretariat/moedeplan,
 * /sekretariat/moedeplan/:id).
 */
import { Breadcrumbs, LinkNav } from '../components.js';
import { Checkbox, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, PageAlerts, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { BodyFilter, ListFilter, SecretariatNav } from './work-nav.js';

export interface PlanChangeView {
  /** "23. marts 2026" */
  dateText: string;
  /** "Oprettet", "Flyttet fra torsdag d. 20. august 2026", "Aflyst" … */
  what: string;
  decision: { label: string; href: string | null } | null;
  note: string | null;
}

export interface PlanEntryView {
  id: number;
  kindLabel: string;
  title: string;
  /** "tirsdag d. 28. april 2026 kl. 8.00-12.00" */
  whenText: string;
  date: string;
  location: string | null;
  isCancelled: boolean;
  changes: PlanChangeView[];
  editHref?: string;
  /** A meeting of the body (published or imported): its page and state ("Holdt", "Kommende · dagsorden offentliggjort"). */
  meeting?: { href: string; stateLabel: string };
}

function Changes({ changes }: { changes: PlanChangeView[] }) {
  if (changes.length === 0) return null;
  return (
    <ul class="plan-changes">
      {changes.map((change) => (
        <li>
          {change.dateText}: {change.what}
          {change.decision ? (
            <>
              {' '}
              (besluttet i{' '}
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
  if (entries.length === 0) return <p>Ingen møder i året.</p>;
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
                <span class="badge badge-small badge-error">Aflyst</span>
              </>
            ) : null}
          </h3>
          <p>
            <time datetime={entry.date}>{entry.whenText}</time>
            {entry.location ? ` · ${entry.location}` : ''}
            {entry.editHref ? (
              <>
                {' '}
                · <a href={entry.editHref}>Ret eller aflys</a>
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
  return <LinkNav label="Vælg år" listClass="inline-list year-list" links={links} current={hrefFor(year)} />;
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
  const title = `Mødeplan ${year} – ${body.name}`;
  return (
    <Layout title={title}>
      <div>
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: `Mødeplan ${year}` }]} />
        <h1>{title}</h1>
        <p class="font-lead">
          Organets møder i året – de holdte og de kommende – og det, der er planlagt: ordinære møder, seminarer,
          konferencer og besøg. Ændringer står med den beslutning, der førte til dem.
        </p>
        <YearNav years={years} year={year} hrefFor={(y) => `${body.href}/moedeplan?aar=${y}`} />
        <h2>Møder i {year}</h2>
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
  return (
    <>
      <Select {...field('kind')} label="Slags" options={kinds} />
      <TextField {...field('title')} label="Titel" required />
      <TextField {...field('plannedOn')} label="Dato" type="date" required />
      <TextField
        {...field('endsOn')}
        label="Slutdato (valgfri)"
        hint="Kun når det varer mere end én dag, fx et 12-12-seminar."
        type="date"
      />
      <TextField {...field('startTime')} label="Fra kl. (valgfri)" type="time" />
      <TextField {...field('endTime')} label="Til kl. (valgfri)" type="time" />
      <TextField {...field('location')} label="Sted (valgfrit)" />
      {withCancel ? <Checkbox id="isCancelled" label="Aflyst" checked={values.isCancelled} /> : null}
      <Select
        {...field('decision')}
        label="Besluttet i"
        hint="Den beslutning, der førte til planen eller ændringen."
        options={[{ value: '', label: 'Ingen beslutning' }, ...decisions]}
      />
      <TextArea
        {...field('note')}
        label="Bemærkning (vises offentligt)"
        hint="Fx »Seminaret flyttes til 31. august kl. 13.00 til 1. september kl. 13.00«."
        rows={3}
      />
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
  return (
    <Layout title="Mødeplan">
      <div>
        <SecretariatNav current="/sekretariat/moedeplan" />
        <h1>Mødeplan{body ? ` – ${body.name}` : ''}</h1>
        <PageAlerts notice={notice} problems={problems} />
        <ListFilter action="/sekretariat/moedeplan">
          <BodyFilter value={body?.slug ?? ''} bodies={bodies} allowsAll={false} />
          <TextField id="aar" label="År" value={String(year)} />
        </ListFilter>
        {body ? (
          <>
            <p>
              <a href={`/organ/${body.slug}/moedeplan?aar=${year}`}>Se den offentlige mødeplan</a>
            </p>
            <YearNav years={years} year={year} hrefFor={(y) => `/sekretariat/moedeplan?organ=${body.slug}&aar=${y}`} />
            <h2>Planlagt i {year}</h2>
            <PlanList entries={entries} showChanges />
            <h2>Tilføj til planen</h2>
            <PostForm action="/sekretariat/moedeplan" csrfToken={csrfToken} hidden={{ organ: body.slug }}>
              <PlanFields values={values} kinds={kinds} decisions={decisions} problems={problems} withCancel={false} />
              <SubmitButton>Tilføj</SubmitButton>
            </PostForm>
          </>
        ) : (
          <p>Vælg et organ.</p>
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
  return (
    <Layout title={`Ret ${entry.title}`}>
      <div>
        <SecretariatNav current="/sekretariat/moedeplan" />
        <Breadcrumbs
          items={[
            { label: 'Mødeplan', href: `/sekretariat/moedeplan?organ=${body.slug}&aar=${entry.date.slice(0, 4)}` },
            { label: entry.title },
          ]}
        />
        <h1>Ret eller aflys: {entry.title}</h1>
        <p>
          {body.name} · {entry.whenText}
        </p>
        <ErrorSummary problems={problems} />
        <h2>Ændringer</h2>
        <Changes changes={entry.changes} />
        <h2>Ny ændring</h2>
        <PostForm action={`/sekretariat/moedeplan/${entry.id}`} csrfToken={csrfToken}>
          <PlanFields values={values} kinds={kinds} decisions={decisions} problems={problems} withCancel />
          <SubmitButton>Gem ændringen</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}
