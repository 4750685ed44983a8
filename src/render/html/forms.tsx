/**
 * DKFDS form building blocks for the signed-in pages (the secretariat's, a member's, the admins'):
 * the CSRF field every form that is not GET must carry, the POST form and its buttons, the error
 * summary and notices. The fields are in fields.tsx. No inline script or style (the CSP forbids them).
 */
import type { Child } from 'hono/jsx';
import { HeadedSection } from './components.js';

/** The hidden CSRF field (the session's token); the same as the web layer's CsrfField. */
export function CsrfInput({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export interface Problem {
  /** The id of the field the problem is about (linked from the summary). */
  field?: string;
  text: string;
}

/**
 * The page's problems, all at once at the top, each linked to its field (the DKFDS error summary,
 * "fejlopsummering"). It takes the focus when the page loads (autofocus on an element that
 * tabindex -1 makes focusable, no script), so a screen reader reads the problems first and the
 * keyboard goes from them to the fields.
 */
export function ErrorSummary({ problems: all }: { problems: Problem[] }) {
  // A field's first problem, as the field itself shows it (errorLookup).
  const problems = all.filter(
    (problem, index) => !problem.field || all.findIndex((p) => p.field === problem.field) === index,
  );
  if (problems.length === 0) return null;
  return (
    <div
      class="alert alert-error error-summary"
      role="alert"
      aria-atomic="true"
      aria-labelledby="error-summary-heading"
      tabindex={-1}
      autofocus
      data-module="error-summary"
    >
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          {problems.length === 1 ? 'Der er et problem' : `Der er ${problems.length} problemer`}
        </p>
        <ul class="alert-text nobullet-list">
          {problems.map((problem) => (
            <li>{problem.field ? <a href={`#${problem.field}`}>{problem.text}</a> : problem.text}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** What the last action did (the notice) and what is wrong with what was sent (the problems). */
export function PageAlerts({ notice, problems }: { notice?: string; problems: Problem[] }) {
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
    </>
  );
}

export function Notice({ kind = 'success', children }: { kind?: 'success' | 'info' | 'warning'; children?: Child }) {
  return (
    <div class={`alert alert-${kind}`} role="status">
      <div class="alert-body">
        <p class="alert-text">{children}</p>
      </div>
    </div>
  );
}

type ButtonKind = 'primary' | 'secondary' | 'tertiary';

/** A submit button; `name` and `value` tell a form's buttons apart, `formaction` sends the form elsewhere. */
export function SubmitButton(props: {
  kind?: ButtonKind;
  name?: string;
  value?: string;
  formaction?: string;
  disabled?: boolean;
  /** A fuller name for screen readers ("Flyt punkt 3 op"). */
  accessibleLabel?: string;
  children?: Child;
}) {
  const { kind = 'primary', name, value, formaction, disabled, accessibleLabel } = props;
  return (
    <button
      class={`button button-${kind}`}
      type="submit"
      name={name}
      value={value}
      formaction={formaction}
      disabled={disabled}
      aria-label={accessibleLabel}
    >
      {props.children}
    </button>
  );
}

/** A form's submit button in a form group of its own, after the fields. */
export function SubmitGroup(props: Parameters<typeof SubmitButton>[0]) {
  return (
    <div class="form-group">
      <SubmitButton {...props} />
    </div>
  );
}

/** A POST form with the CSRF field and hidden fields (the revision it edits, the body it is about …). */
export function PostForm({
  action,
  csrfToken,
  hidden = {},
  enctype,
  class: className,
  novalidate = true,
  children,
}: {
  action: string;
  csrfToken: string;
  hidden?: Record<string, string>;
  enctype?: 'multipart/form-data';
  class?: string;
  /** Off for a form of buttons only, which has nothing to validate. */
  novalidate?: boolean;
  children?: Child;
}) {
  return (
    <form method="post" action={action} enctype={enctype} class={className} novalidate={novalidate}>
      <CsrfInput token={csrfToken} />
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}

/** A POST form in a section of its own, named by its heading; an introduction between the two. */
export function FormSection({
  id,
  heading,
  intro,
  action,
  csrfToken,
  children,
}: {
  /** The heading's id. */
  id: string;
  heading: string;
  intro?: Child;
  action: string;
  csrfToken: string;
  children?: Child;
}) {
  return (
    <HeadedSection id={id} heading={heading}>
      {intro}
      <PostForm action={action} csrfToken={csrfToken}>
        {children}
      </PostForm>
    </HeadedSection>
  );
}

/** A form that is one button (POST), with the CSRF field and optional hidden fields. */
export function ButtonForm({
  action,
  csrfToken,
  label,
  hidden = {},
  kind = 'secondary',
  accessibleLabel,
}: {
  action: string;
  csrfToken: string;
  label: string;
  hidden?: Record<string, string>;
  kind?: ButtonKind;
  /** A fuller name for screen readers ("Flyt punkt 3 op"). */
  accessibleLabel?: string;
}) {
  return (
    <PostForm action={action} csrfToken={csrfToken} hidden={hidden} class="button-form" novalidate={false}>
      <SubmitButton kind={kind} accessibleLabel={accessibleLabel}>
        {label}
      </SubmitButton>
    </PostForm>
  );
}
