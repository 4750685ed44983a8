/**
 * Choosing a publisher (udgiver): a select of every publisher grouped by kind (regions,
 * municipalities, KKR …), with a first empty choice, a label, hint and error like the other fields.
 */

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

export interface PublisherSelectProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  /** The chosen publisher (its value), '' when none. */
  value: string;
  groups: OptionGroup[];
  /** The first, empty choice. */
  placeholder?: string;
}

export function PublisherSelect(props: PublisherSelectProps) {
  const { id, name, label, hint, error, value, groups, placeholder = 'Vælg udgiver' } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
      {error ? (
        <span class="form-error-message" id={`${id}-error`}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      <select
        class="form-select"
        id={id}
        name={name ?? id}
        required
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      >
        <option value="" selected={value === ''}>
          {placeholder}
        </option>
        {groups.map((group) => (
          <optgroup label={group.label}>
            {group.options.map((option) => (
              <option value={option.value} selected={option.value === value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
