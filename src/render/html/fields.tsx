/**
 * DKFDS form fields: each with its label, hint and error (linked by aria-describedby), and
 * `fieldsOf`, which gives each field of a form what was typed into it and its problem.
 */
import type { Child } from 'hono/jsx';
import type { Problem } from './forms.js';

/** The problem with a field, by the field's id: `errorOf('title')`. */
export function errorLookup(problems: Problem[]): (field: string) => string | undefined {
  return (field) => problems.find((problem) => problem.field === field)?.text;
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

/** The keys of a form's values that hold text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * A form's text fields by id: the id, what was typed and the field's problem, to spread into the
 * field: `const field = fieldsOf(values, problems)`, then `<TextField {...field('title')} label="Titel" />`.
 */
export function fieldsOf<T extends object>(values: T, problems: Problem[]) {
  const errorOf = errorLookup(problems);
  return (id: TextKey<T>) => ({ id, value: String(values[id]), error: errorOf(id) });
}

/** The ids of a field's hint and error, for its aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A field's form group: its label, hint and error, then the control (the children). */
export function FieldGroup({ id, label, hint, error, children }: FieldBase & { children?: Child }) {
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>
        {label}
      </label>
      {hint ? (
        <span class="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} error={error} /> : null}
      {children}
    </div>
  );
}

/** A field's or a fieldset's error ("Fejl: " for screen readers). */
export function ErrorMessage({ id, error }: { id?: string; error: string }) {
  return (
    <span class="form-error-message" id={id}>
      <span class="sr-only">Fejl: </span>
      {error}
    </span>
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
    <FieldGroup {...props}>
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
    </FieldGroup>
  );
}

/** The account pages' fields: required unless said otherwise. */
export function RequiredField(props: Parameters<typeof TextField>[0]) {
  return <TextField required {...props} />;
}

export function TextArea(props: FieldBase & { value?: string | null; rows?: number }) {
  const { id, name, value, rows = 6, required = false, hint, error } = props;
  return (
    <FieldGroup {...props}>
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
    </FieldGroup>
  );
}

interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

/** A select: its options, then the options in groups (<optgroup>). */
export function Select(props: FieldBase & { value?: string | null; options: Option[]; groups?: OptionGroup[] }) {
  const { id, name, value, options, groups = [], required = false, hint, error } = props;
  const option = (choice: Option) => (
    <option value={choice.value} selected={choice.value === value}>
      {choice.label}
    </option>
  );
  return (
    <FieldGroup {...props}>
      <select
        class="form-select"
        id={id}
        name={name ?? id}
        required={required}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {options.map(option)}
        {groups.map((group) => (
          <optgroup label={group.label}>{group.options.map(option)}</optgroup>
        ))}
      </select>
    </FieldGroup>
  );
}

interface ChoiceProps {
  id: string;
  /** The form field's name; the id when not given. */
  name?: string;
  /** What is sent when chosen; "1" when not given. */
  value?: string;
  /** The label's text (may hold a span for screen readers only). */
  label: Child;
  checked: boolean;
  /** A hint below the label, read with the control. */
  hint?: Child;
}

/**
 * A checkbox or a radio button as DKFDS draws it: the input, visually hidden but in place, then
 * its label, whose ::before draws the box (and its checked state and focus ring) at the left of
 * the label's text. The wrapper (`.form-group-checkbox`/`.form-group-radio`) is positioned, so
 * the box is drawn beside its own label, wherever the control stands (a form, a table cell).
 */
function Choice({ type, id, name, value = '1', label, checked, hint }: ChoiceProps & { type: 'checkbox' | 'radio' }) {
  return (
    <div class={`form-group-${type}`}>
      <input
        class={`form-${type}`}
        type={type}
        id={id}
        name={name ?? id}
        value={value}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <div class="form-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** A checkbox in a group of choices (ChoiceGroup) or a table's cell. */
export function CheckboxItem(props: ChoiceProps) {
  return <Choice type="checkbox" {...props} />;
}

/** A radio button, one of a ChoiceGroup's choices (all with the same name). */
export function Radio(props: ChoiceProps & { name: string; value: string }) {
  return <Choice type="radio" {...props} />;
}

/** A checkbox on its own in a form (a yes/no question), in a form group of its own. */
export function Checkbox(props: ChoiceProps) {
  return (
    <div class="form-group">
      <Choice type="checkbox" {...props} />
    </div>
  );
}

/**
 * Checkboxes or radio buttons that answer one question: a fieldset named by its legend, with its
 * hint and error (the error's id is `${name}-error`, the hint's `${name}-hint`), then the choices.
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  children?: Child;
}) {
  return (
    <fieldset class={`form-group${error ? ' form-error' : ''}`} aria-describedby={describedBy(name, hint, error)}>
      <legend class="form-label">{legend}</legend>
      {hint ? (
        <span class="form-hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${name}-error`} error={error} /> : null}
      {children}
    </fieldset>
  );
}
