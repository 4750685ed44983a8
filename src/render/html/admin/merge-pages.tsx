/**
 * Merging two persons, without JavaScript: choose the other person among those of the same or a
 * similar name (each summed up — publisher, bodies, memberships, meetings — so that two of one name
 * can be told apart; a search for another name), then confirm on a page of its own, choosing which
 * of the two is kept.
 */
import type { Child } from 'hono/jsx';
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { ChoiceGroup, errorLookup, Radio } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { AdminNav } from './admin-nav.js';

const PEOPLE_HREF = '/admin/personer';

/** What tells a person apart from another of the same name. */
export interface PersonSummaryView {
  /** The form's value: the person's id. */
  value: string;
  name: string;
  href: string;
  publisherName: string;
  /** "Sundhedsudvalget (Greve Kommune), …" or "–". */
  bodies: string;
  membershipsText: string;
  meetingsText: string;
}

/** One choice among persons: a radio button with the person's summary as its hint. */
interface PersonChoice {
  id: string;
  label: Child;
  person: PersonSummaryView;
}

/** Choosing one of the persons (radio buttons), with the error of the choice. */
function PersonChoices({
  name,
  legend,
  choices,
  chosen,
  error,
}: {
  name: string;
  legend: string;
  choices: PersonChoice[];
  chosen: string;
  error?: string;
}) {
  return (
    <ChoiceGroup name={name} legend={legend} error={error}>
      {choices.map((choice) => (
        <Radio
          id={choice.id}
          name={name}
          value={choice.person.value}
          label={choice.label}
          checked={choice.person.value === chosen}
          hint={<Summary person={choice.person} />}
        />
      ))}
    </ChoiceGroup>
  );
}

function Summary({ person }: { person: PersonSummaryView }) {
  const m = ADMIN_MESSAGES[usePage().lang].merge;
  return (
    <ul class="person-summary">
      <li>
        {m.publisher}
        {person.publisherName}
      </li>
      <li>
        {m.bodies}
        {person.bodies}
      </li>
      <li>{person.membershipsText}</li>
      <li>{person.meetingsText}</li>
    </ul>
  );
}

export interface MergeChoosePageProps {
  person: PersonSummaryView;
  query: string;
  /** The search's and the choice's action (GET). */
  searchAction: string;
  confirmAction: string;
  candidates: PersonSummaryView[];
  chosen: string;
  problems: Problem[];
}

export function MergeChoosePage({
  person,
  query,
  searchAction,
  confirmAction,
  candidates,
  chosen,
  problems,
}: MergeChoosePageProps) {
  const choices = candidates.map((candidate, index) => ({
    id: index === 0 ? 'med' : `med-${candidate.value}`,
    label: candidate.name,
    person: candidate,
  }));
  const { common, merge: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title(person.name)}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={person.href}>{common.backTo(person.name)}</a>
      </p>
      <h1>{m.title(person.name)}</h1>
      <ErrorSummary problems={problems} />
      <Summary person={person} />
      <form method="get" action={searchAction}>
        <div class="form-group">
          <label class="form-label" for="q">
            {common.searchByName}
          </label>
          <span class="form-hint" id="q-hint">
            {m.searchHint}
          </span>
          <input class="form-input" id="q" name="q" type="search" value={query} aria-describedby="q-hint" />
        </div>
        <SubmitButton kind="secondary">{common.search}</SubmitButton>
      </form>
      <h2>{m.similar}</h2>
      {candidates.length === 0 ? (
        <p>{m.noneSimilar(query)}</p>
      ) : (
        <form method="get" action={confirmAction} novalidate>
          <PersonChoices
            name="med"
            legend={m.whoIsSame(person.name)}
            choices={choices}
            chosen={chosen}
            error={errorLookup(problems)('med')}
          />
          <SubmitGroup>{common.next}</SubmitGroup>
        </form>
      )}
    </Layout>
  );
}

export interface MergeConfirmPageProps {
  person: PersonSummaryView;
  other: PersonSummaryView;
  /** The person kept (a value of the two). */
  keep: string;
  action: string;
  backHref: string;
  csrfToken: string;
  problems: Problem[];
}

export function MergeConfirmPage({
  person,
  other,
  keep,
  action,
  backHref,
  csrfToken,
  problems,
}: MergeConfirmPageProps) {
  const choices = [person, other].map((candidate, index) => ({
    id: index === 0 ? 'behold' : 'behold-other',
    label: `${candidate.name} (${candidate.publisherName})`,
    person: candidate,
  }));
  const m = ADMIN_MESSAGES[usePage().lang].merge;
  return (
    <Layout title={m.confirmTitle(person.name, other.name)}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={backHref}>{m.chooseOther}</a>
      </p>
      <h1>{m.confirmHeading}</h1>
      <ErrorSummary problems={problems} />
      <p>{m.confirmLead}</p>
      <PostForm action={action} csrfToken={csrfToken} hidden={{ med: other.value }}>
        <PersonChoices
          name="behold"
          legend={m.whoIsKept}
          choices={choices}
          chosen={keep}
          error={errorLookup(problems)('behold')}
        />
        <SubmitGroup>{m.merge}</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
