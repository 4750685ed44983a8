/**
 * DKFDS form building blocks for the signed-in pages (the secretariat's, a member's, the admins'):
 * fields with label, hint and error, the error summary, notices, and the CSRF field every form that
 * is not GET must carry. No inline script or style (the CSP forbids them).
 */
import type { Child } from 'hono/jsx';

/** The hidden CSRF field (the session's token); the same as the web layer's CsrfField. */
export function CsrfInput({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export interface Problem {
  /** The id of the field the problem is about (linked from the summary). */
  field?: string;
  text: string;
}

/** The page's problems, each linked to its field (DKFDS error summary). */
export function ErrorSummary({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-atomic="true">
      <div class="alert-body">
        <p class="alert-heading">Der er et problem</p>
        <ul class="alert-text nobullet-list">
          {problems.map((problem) => (
            <li>{problem.field ? <a href={`#${problem.field}`}>{problem.text}</a> : problem.text}</li>
          ))}
        </ul>
      </div>
    </div>
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

interface FieldBase {
  id: string;
  /** The form field's name; the id when not given. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Label({ id, label, hint, error }: FieldBase) {
  return (
    <>
      <label class="form-label" for={id}>
        {label}
      </label>
      {hint ? (
        <span class="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="form-error-message" id={`${id}-error`}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

export function TextField(
  props: FieldBase & {
    value?: string | null;
    type?: 'text' | 'date' | 'time' | 'email' | 'password';
    maxlength?: number;
    autocomplete?: string;
  },
) {
  const { id, name, type = 'text', value, required = false, hint, error, maxlength, autocomplete } = props;
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <Label {...props} />
      <input
        class="form-input"
        id={id}
        name={name ?? id}
        type={type}
        value={value ?? ''}
        required={required}
        maxlength={maxlength}
        autocomplete={autocomplete ?? 'off'}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: FieldBase & { value?: string | null; rows?: number }) {
  const { id, name, value, rows = 6, required = false, hint, error } = props;
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <Label {...props} />
      <textarea
        class="form-input form-textarea"
        id={id}
        name={name ?? id}
        rows={rows}
        required={required}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {value ?? ''}
      </textarea>
    </div>
  );
}

export function Select(props: FieldBase & { value?: string | null; options: { value: string; label: string }[] }) {
  const { id, name, value, options, required = false, hint, error } = props;
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <Label {...props} />
      <select
        class="form-select"
        id={id}
        name={name ?? id}
        required={required}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox({
  id,
  name,
  label,
  checked,
  hint,
}: {
  id: string;
  name?: string;
  label: string;
  checked: boolean;
  hint?: string;
}) {
  return (
    <div class="form-group">
      <input
        class="form-checkbox"
        id={id}
        name={name ?? id}
        type="checkbox"
        value="1"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <span class="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
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
  kind?: 'primary' | 'secondary' | 'tertiary';
  /** A fuller name for screen readers ("Flyt punkt 3 op"). */
  accessibleLabel?: string;
}) {
  return (
    <form method="post" action={action} class="button-form">
      <CsrfInput token={csrfToken} />
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button class={`button button-${kind}`} type="submit" aria-label={accessibleLabel}>
        {label}
      </button>
    </form>
  );
}
