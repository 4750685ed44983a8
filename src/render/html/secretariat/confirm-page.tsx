/**
 * "Er du sikker?": the step before an action that removes, cancels or publishes. Says what will
 * happen and that it cannot be undone; a POST button (with the CSRF field and `confirm=1`) does it,
 * "Fortryd" goes back without doing anything. No JavaScript needed.
 */
import { PostForm, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { SecretariatCrumbs } from './shared.js';

export interface ConfirmPageProps {
  csrfToken: string;
  /** What is about to be done, as a heading: "Aflys mødet". */
  heading: string;
  /** What will happen, in plain words. */
  consequences: readonly string[];
  action: string;
  /** The button that does it: "Ja, aflys mødet". */
  confirmLabel: string;
  /** Where "Fortryd" goes: the page the action was asked from. */
  backHref: string;
  backLabel: string;
  /** Fields the action needs besides the confirmation (a correction's reason). */
  hidden?: Record<string, string>;
  /** An action that can be taken back (a planned meeting marked cancelled): no "cannot be undone". */
  undoable?: boolean;
}

export function ConfirmPage(props: ConfirmPageProps) {
  return (
    <Layout title={`${props.heading} – Sekretariat`}>
      <SecretariatCrumbs items={[{ label: props.backLabel, href: props.backHref }, { label: props.heading }]} />
      <h1>{props.heading}</h1>
      <div class="alert alert-warning" role="alert">
        <div class="alert-body">
          <p class="alert-heading">Er du sikker?</p>
          {props.consequences.map((line) => (
            <p class="alert-text">{line}</p>
          ))}
          {props.undoable ? null : (
            <p class="alert-text">
              <strong>Det kan ikke fortrydes.</strong>
            </p>
          )}
        </div>
      </div>
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={{ ...props.hidden, confirm: '1' }}>
        <div class="form-group button-row">
          <SubmitButton>{props.confirmLabel}</SubmitButton> <a href={props.backHref}>Fortryd</a>
        </div>
      </PostForm>
    </Layout>
  );
}
