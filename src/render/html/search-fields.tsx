/**
 * The search form's filter fields: a select (its first choice "all") and a date field, each with
 * its label, hint and error at the field; FILTERS names each one's element id, its parameter in
 * the address and its texts in the catalogue.
 */
import { describedBy, ErrorMessage } from './fields.js';
import { usePage } from './page-context.js';

/** The filters: each one's element id, its name in the address, and its texts in the catalogue. */
export const FILTERS = {
  body: { id: 'filter-body', name: 'organ', label: 'body', empty: 'allBodies' },
  publisher: { id: 'filter-publisher', name: 'udgiver', label: 'publisher', empty: 'anyPublisher' },
  region: { id: 'filter-region', name: 'region', label: 'region', empty: 'allRegions' },
  from: { id: 'filter-from', name: 'fra', label: 'fromDate' },
  to: { id: 'filter-to', name: 'til', label: 'toDate' },
  outcome: { id: 'filter-outcome', name: 'udfald', label: 'outcome', empty: 'anyOutcome' },
  sectionKind: { id: 'filter-section', name: 'afsnit', label: 'sectionKind', empty: 'anySection' },
  amount: { id: 'filter-amount', name: 'beloeb', label: 'amountAtLeast', empty: 'anyAmount' },
} as const;

export type SelectFilter = 'body' | 'publisher' | 'region' | 'outcome' | 'sectionKind' | 'amount';

export interface SearchFormValues {
  query: string;
  body: string;
  publisher: string;
  region: string;
  from: string;
  to: string;
  outcome: string;
  sectionKind: string;
  /** "Beløb over": whole kroner in digits, as the address gives it ("1000000"). */
  amount: string;
}

/** A select filter, its first choice "all"; `values` holds the chosen value under the filter's key. */
export function FilterSelect(props: {
  filter: SelectFilter;
  values: SearchFormValues;
  error?: string;
  options?: [string, string][];
  /** Options in groups (<optgroup>), after the ungrouped ones. */
  groups?: { label: string; options: [string, string][] }[];
}) {
  const { t } = usePage();
  const { id, name, label, empty } = FILTERS[props.filter];
  const option = ([value, text]: [string, string]) => (
    <option value={value} selected={value === props.values[props.filter]}>
      {text}
    </option>
  );
  return (
    <div class={`form-group${props.error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>
        {t[label]}
      </label>
      {props.error ? <ErrorMessage id={`${id}-error`} error={props.error} /> : null}
      <select
        class="form-select"
        id={id}
        name={name}
        aria-describedby={describedBy(id, undefined, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        <option value="">{t[empty]}</option>
        {(props.options ?? []).map(option)}
        {(props.groups ?? []).map((group) => (
          <optgroup label={group.label}>{group.options.map(option)}</optgroup>
        ))}
      </select>
    </div>
  );
}

/**
 * A date filter ("fra", "til"): a text field that takes what its hint says, "23.03.2026" or
 * "2026-03-23" (a browser's date picker shows its own order, which the hint would contradict). The
 * decimal keypad of a phone has the digits and a separator; "." and "," are both taken.
 */
export function DateFilter({
  filter,
  values,
  error,
}: {
  filter: 'from' | 'to';
  values: SearchFormValues;
  error?: string;
}) {
  const { t } = usePage();
  const { id, name, label } = FILTERS[filter];
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>
        {t[label]}
      </label>
      <span class="form-hint" id={`${id}-hint`}>
        {t.dateHint}
      </span>
      {error ? <ErrorMessage id={`${id}-error`} error={error} /> : null}
      <input
        class="form-input input-width-s"
        id={id}
        name={name}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        maxlength={20}
        value={values[filter]}
        aria-describedby={describedBy(id, t.dateHint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}
