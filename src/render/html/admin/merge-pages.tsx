/**
 * Merging two persons, without JavaScript: choose the other person among those of the same or a
 * similar name (each summed up — publisher, bodies, memberships, meetings — so that two of one name
 * can be told apart; a search for another name), then confirm on a page of its own, choosing which
 * of the two is kept.
 */
import { CsrfInput, ErrorSummary, type Problem } from '../forms.js';
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
  const error = problems.find((p) => p.field === 'med')?.text;
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
        <button class="button button-secondary" type="submit">
          Søg
        </button>
      </form>
      <h2>Personer med et lignende navn</h2>
      {candidates.length === 0 ? (
        <p>Ingen andre personer hedder noget lignende »{query}«. Søg på et andet navn.</p>
      ) : (
        <form method="get" action={confirmAction} novalidate>
          <fieldset aria-describedby={error ? 'med-error' : undefined}>
            <legend class="form-label">Hvem er det samme menneske som {person.name}?</legend>
            {error ? (
              <span class="form-error-message" id="med-error">
                <span class="sr-only">Fejl: </span>
                {error}
              </span>
            ) : null}
            {candidates.map((candidate, index) => (
              <div class="form-group-radio">
                <input
                  class="form-radio"
                  type="radio"
                  id={index === 0 ? 'med' : `med-${candidate.value}`}
                  name="med"
                  value={candidate.value}
                  checked={candidate.value === chosen}
                  aria-describedby={`med-${candidate.value}-hint`}
                />
                <label for={index === 0 ? 'med' : `med-${candidate.value}`}>{candidate.name}</label>
                <div class="form-hint" id={`med-${candidate.value}-hint`}>
                  <Summary person={candidate} />
                </div>
              </div>
            ))}
          </fieldset>
          <div class="form-group">
            <button class="button button-primary" type="submit">
              Videre
            </button>
          </div>
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
  const error = problems.find((p) => p.field === 'behold')?.text;
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
      <form method="post" action={action} novalidate>
        <CsrfInput token={csrfToken} />
        <input type="hidden" name="med" value={other.value} />
        <fieldset aria-describedby={error ? 'behold-error' : undefined}>
          <legend class="form-label">Hvem beholdes?</legend>
          {error ? (
            <span class="form-error-message" id="behold-error">
              <span class="sr-only">Fejl: </span>
              {error}
            </span>
          ) : null}
          {[person, other].map((candidate, index) => (
            <div class="form-group-radio">
              <input
                class="form-radio"
                type="radio"
                id={index === 0 ? 'behold' : 'behold-other'}
                name="behold"
                value={candidate.value}
                checked={candidate.value === keep}
                aria-describedby={`behold-${index}-hint`}
              />
              <label for={index === 0 ? 'behold' : 'behold-other'}>
                {candidate.name} ({candidate.publisherName})
              </label>
              <div class="form-hint" id={`behold-${index}-hint`}>
                <Summary person={candidate} />
              </div>
            </div>
          ))}
        </fieldset>
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Læg sammen
          </button>
        </div>
      </form>
    </Layout>
  );
}
