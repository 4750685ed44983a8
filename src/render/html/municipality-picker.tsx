/**
 * "Find dit sundhedsråd": a GET form (works without JavaScript) with every municipality to choose
 * from, which leads to the health council the municipality belongs to. The front page and the
 * finder's own page (/find-sundhedsraad) show the same form.
 */
import { describedBy, ErrorMessage } from './fields.js';
import { usePage } from './page-context.js';

export interface MunicipalityPickerProps {
  action: string;
  municipalities: { slug: string; name: string }[];
  /** The municipality chosen before (the finder's page). */
  chosen?: string;
  error?: string;
}

export function MunicipalityPicker({ action, municipalities, chosen, error }: MunicipalityPickerProps) {
  const { t } = usePage();
  return (
    <form action={action} method="get" class="municipality-picker">
      <div class={`form-group${error ? ' form-error' : ''}`}>
        <label class="form-label" for="find-municipality">
          {t.municipality}
        </label>
        <span class="form-hint" id="find-municipality-hint">
          {t.findCouncilLead}
        </span>
        {error ? <ErrorMessage id="find-municipality-error" error={error} /> : null}
        <select
          class="form-select"
          id="find-municipality"
          name="kommune"
          required
          aria-describedby={describedBy('find-municipality', t.findCouncilLead, error)}
          aria-invalid={error ? 'true' : undefined}
        >
          <option value="">{t.chooseMunicipality}</option>
          {municipalities.map((municipality) => (
            <option value={municipality.slug} selected={municipality.slug === chosen}>
              {municipality.name}
            </option>
          ))}
        </select>
      </div>
      <button class="button button-secondary" type="submit">
        {t.showCouncil}
      </button>
    </form>
  );
}
