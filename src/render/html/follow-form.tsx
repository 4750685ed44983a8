/**
 * "Følg" on a body's, a publisher's, a case's, a search's and a body's answers' page: an e-mail
 * field and a button that post to /foelg (no JavaScript, no account). What is followed travels in
 * hidden fields; the page it stands on is where the answer links back to. The same form stands on
 * the page /foelg again with what was typed and what is wrong.
 *
 * The form carries no CSRF token: it stands on pages the page cache serves to everyone; /foelg only
 * queues a confirmation e-mail, limited per address and per client (see web/subscriptions).
 */
import { SUBSCRIPTION_MESSAGES } from '../messages/subscriptions.js';
import { ErrorMessage } from './fields.js';
import { usePage } from './page-context.js';

/** What a form follows, as its hidden fields name it. */
export type FollowTarget =
  | { kind: 'body' | 'publisher' | 'case' | 'answers'; id: number }
  | { kind: 'search'; q: string; organ?: string; udgiver?: string; region?: string; udfald?: string };

export interface FollowFormProps {
  target: FollowTarget;
  /** What is followed, as the lead names it ("Sundhedsråd Fjordby"). */
  label: string;
  /** The page to go back to. */
  back: string;
  /** What was typed, and what is wrong with it (the page /foelg). */
  email?: string;
  error?: string;
}

function hiddenFields(target: FollowTarget): [string, string][] {
  if (target.kind !== 'search')
    return [
      ['hvad', target.kind],
      ['id', String(target.id)],
    ];
  const { kind, ...search } = target;
  return [
    ['hvad', kind],
    ...Object.entries(search).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  ];
}

export function FollowForm({ target, label, back, email, error }: FollowFormProps) {
  const m = SUBSCRIPTION_MESSAGES[usePage().lang];
  const id = 'foelg-email';
  return (
    <section class="follow-by-email" aria-labelledby="foelg-heading">
      <h2 id="foelg-heading" class="h3">
        {m.formHeading}
      </h2>
      <form method="post" action="/foelg" novalidate>
        {hiddenFields(target).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="tilbage" value={back} />
        <p>{m.formLead(m.targetLabel(target.kind, label))}</p>
        <div class={`form-group${error ? ' form-error' : ''}`}>
          <label class="form-label" for={id}>
            {m.emailLabel}
          </label>
          <span class="form-hint" id={`${id}-hint`}>
            {m.emailHint}
          </span>
          {error ? <ErrorMessage id={`${id}-error`} error={error} /> : null}
          <div class="follow-by-email__row">
            <input
              class="form-input"
              id={id}
              name="email"
              type="email"
              value={email ?? ''}
              autocomplete="email"
              required
              maxlength={254}
              aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
              aria-invalid={error ? 'true' : undefined}
            />
            <button class="button button-secondary" type="submit">
              {m.followButton}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
