/**
 * Merging two persons, without JavaScript: choose the other person among those of the same or a
 * similar name (each summed up — publisher, bodies, memberships, meetings — so that two of one name
 * can be told apart; a search for another name), then confirm on a page of its own, choosing which
 * of the two is kept.
 */
import type { Child } from 'hono/jsx';
import { ChoiceGroup, errorLookup, Radio } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
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
  return (
    <ul class="person-summary">
      <li>Udgiver: {person.publisherName}</li>
      <li>Organer: {person.bodies}</li>
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
  return (
    <Layout title={`Læg ${person.name} sammen med …`}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={person.href}>Tilbage til {person.name}</a>
      </p>
      <h1>Læg {person.name} sammen med …</h1>
      <ErrorSummary problems={problems} />
      <Summary person={person} />
      <form method="get" action={searchAction}>
        <div class="form-group">
          <label class="form-label" for="q">
            Søg efter navn
          </label>
          <span class="form-hint" id="q-hint">
            Personer med samme eller et lignende navn. Søg på et andet navn, hvis personen har skiftet navn.
          </span>
          <input class="form-input" id="q" name="q" type="search" value={query} aria-describedby="q-hint" />
        </div>
        <SubmitButton kind="secondary">Søg</SubmitButton>
      </form>
      <h2>Personer med et lignende navn</h2>
      {candidates.length === 0 ? (
        <p>Ingen andre personer hedder noget lignende »{query}«. Søg på et andet navn.</p>
      ) : (
        <form method="get" action={confirmAction} novalidate>
          <PersonChoices
            name="med"
            legend={`Hvem er det samme menneske som ${person.name}?`}
            choices={choices}
            chosen={chosen}
            error={errorLookup(problems)('med')}
          />
          <SubmitGroup>Videre</SubmitGroup>
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
  return (
    <Layout title={`Bekræft: læg ${person.name} og ${other.name} sammen`}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={backHref}>Vælg en anden</a>
      </p>
      <h1>Læg to personer sammen</h1>
      <ErrorSummary problems={problems} />
      <p>
        Medlemskaber, møder, de navne importen genkender personen på, og brugerkonti flyttes til den person, der
        beholdes. Den anden vises ikke længere i listerne, og dens offentlige side viderestiller. Sammenlægningen kan
        fortrydes.
      </p>
      <PostForm action={action} csrfToken={csrfToken} hidden={{ med: other.value }}>
        <PersonChoices
          name="behold"
          legend="Hvem beholdes?"
          choices={choices}
          chosen={keep}
          error={errorLookup(problems)('behold')}
        />
        <SubmitGroup>Læg sammen</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
