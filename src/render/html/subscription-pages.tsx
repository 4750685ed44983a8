/**
 * The pages of following by e-mail (/foelg …): the form again with what is wrong, "check your
 * e-mail", confirming with the choice of frequency, the subscriber's own page (reached by the token
 * link in each e-mail), unsubscribing, and a link that no longer works. Danish and English.
 */
import { SUBSCRIPTION_MESSAGES } from '../messages/subscriptions.js';
import { ChoiceGroup, Radio } from './fields.js';
import { FollowForm, type FollowFormProps } from './follow-form.js';
import { CsrfInput, ErrorSummary, Notice } from './forms.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

const useMessages = () => SUBSCRIPTION_MESSAGES[usePage().lang];

/** The form with what was typed and what is wrong, or "check your e-mail". */
/** The form's answer: "check your e-mail"; the form again with what is wrong; or (`target` null) a target that does not exist. */
export function FollowRequestPage(
  props: Omit<FollowFormProps, 'target'> & { target: FollowFormProps['target'] | null; isRequested: boolean },
) {
  const m = useMessages();
  if (props.isRequested) {
    return (
      <Layout title={m.requestedTitle}>
        <h1>{m.requestedTitle}</h1>
        <Notice kind="info">{m.requestedText(props.email ?? '')}</Notice>
        <p>
          <a href={props.back}>{m.backTo(props.label)}</a>
        </p>
      </Layout>
    );
  }
  const { target } = props;
  return (
    <Layout title={m.followTitle}>
      <ErrorSummary problems={props.error ? [{ field: target ? 'foelg-email' : undefined, text: props.error }] : []} />
      <h1>{m.followTitle}</h1>
      {target ? <FollowForm {...props} target={target} /> : null}
      <p>
        <a href={props.back}>{target ? m.backTo(props.label) : m.back}</a>
      </p>
    </Layout>
  );
}

function FrequencyChoice({ name, idPrefix, value }: { name: string; idPrefix: string; value: string }) {
  const m = useMessages();
  return (
    <ChoiceGroup name={name} legend={m.frequencyLegend}>
      <Radio
        id={`${idPrefix}-immediate`}
        name={name}
        value="immediate"
        label={m.immediate}
        checked={value !== 'daily'}
      />
      <Radio id={`${idPrefix}-daily`} name={name} value="daily" label={m.daily} checked={value === 'daily'} />
    </ChoiceGroup>
  );
}

export function ConfirmPage({ token, label, csrfToken }: { token: string; label: string; csrfToken: string }) {
  const m = useMessages();
  return (
    <Layout title={m.confirmTitle}>
      <h1>{m.confirmTitle}</h1>
      <p class="font-lead">{m.confirmLead(label)}</p>
      <form method="post" action={`/foelg/bekraeft/${token}`}>
        <CsrfInput token={csrfToken} />
        <FrequencyChoice name="hyppighed" idPrefix="hyppighed" value="immediate" />
        <button class="button button-primary" type="submit">
          {m.confirmButton}
        </button>
      </form>
    </Layout>
  );
}

export function ConfirmedPage({ label, manageHref }: { label: string; manageHref: string }) {
  const m = useMessages();
  return (
    <Layout title={m.confirmedTitle}>
      <h1>{m.confirmedTitle}</h1>
      <Notice>{m.confirmedText(label)}</Notice>
      <p>
        <a href={manageHref}>{m.manageLink}</a>
      </p>
    </Layout>
  );
}

export function TokenGonePage() {
  const m = useMessages();
  return (
    <Layout title={m.tokenGoneTitle}>
      <h1>{m.tokenGoneTitle}</h1>
      <p>{m.tokenGone}</p>
    </Layout>
  );
}

/** Unsubscribing from a message's link: one button (the same address the one-click POST uses). */
export function UnsubscribePage({ token, label }: { token: string; label: string }) {
  const m = useMessages();
  return (
    <Layout title={m.unsubscribeTitle}>
      <h1>{m.unsubscribeTitle}</h1>
      <p class="font-lead">{m.unsubscribeLead(label)}</p>
      <form method="post" action={`/foelg/afmeld/${token}`}>
        <button class="button button-primary" type="submit">
          {m.unsubscribeButton}
        </button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage(props: {
  label: string | null;
  isAddressDeleted: boolean;
  manageHref: string | null;
}) {
  const m = useMessages();
  return (
    <Layout title={m.unsubscribedTitle}>
      <h1>{m.unsubscribedTitle}</h1>
      <Notice>{m.unsubscribedText(props.label)}</Notice>
      {props.isAddressDeleted ? <p>{m.addressDeleted}</p> : null}
      {props.manageHref && !props.isAddressDeleted ? (
        <p>
          <a href={props.manageHref}>{m.manageLink}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export interface ManagedSubscription {
  id: number;
  label: string;
  href: string;
  frequency: string;
  isConfirmed: boolean;
}

export function ManagePage(props: {
  token: string;
  csrfToken: string;
  subscriptions: ManagedSubscription[];
  notice?: string;
}) {
  const m = useMessages();
  const action = `/foelg/mine/${props.token}`;
  return (
    <Layout title={m.manageTitle}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <h1>{m.manageTitle}</h1>
      <p class="font-lead">{m.manageLead}</p>
      {props.subscriptions.length === 0 ? <p>{m.noSubscriptions}</p> : null}
      {props.subscriptions.map((subscription) => (
        <section class="managed-subscription" aria-labelledby={`abonnement-${subscription.id}`}>
          <h2 class="h3" id={`abonnement-${subscription.id}`}>
            <a href={subscription.href}>{subscription.label}</a>
            {subscription.isConfirmed ? null : <span class="muted"> ({m.pendingNote})</span>}
          </h2>
          <form method="post" action={action}>
            <CsrfInput token={props.csrfToken} />
            <input type="hidden" name="abonnement" value={String(subscription.id)} />
            {subscription.isConfirmed ? (
              <FrequencyChoice
                name="hyppighed"
                idPrefix={`hyppighed-${subscription.id}`}
                value={subscription.frequency}
              />
            ) : null}
            <div class="button-row">
              {subscription.isConfirmed ? (
                <button class="button button-secondary" type="submit" name="handling" value="hyppighed">
                  {m.saveFrequency}
                </button>
              ) : null}
              <button
                class="button button-tertiary"
                type="submit"
                name="handling"
                value="afmeld"
                aria-label={`${m.unsubscribeButton}: ${subscription.label}`}
              >
                {m.unsubscribeButton}
              </button>
            </div>
          </form>
        </section>
      ))}
      {props.subscriptions.length > 0 ? (
        <form method="post" action={action}>
          <CsrfInput token={props.csrfToken} />
          <button class="button button-secondary" type="submit" name="handling" value="afmeld-alt">
            {m.unsubscribeAll}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}
