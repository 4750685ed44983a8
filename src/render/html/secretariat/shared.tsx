/** What the secretariat's pages share: breadcrumbs from the overview, and the conflict panel. */
import { Breadcrumbs, type Crumb } from '../components.js';

export const SECRETARIAT_HREF = '/sekretariat';

export function SecretariatCrumbs({ items }: { items: Crumb[] }) {
  return <Breadcrumbs items={[{ label: 'Sekretariat', href: SECRETARIAT_HREF }, ...items]} />;
}

export interface ConflictRow {
  label: string;
  mine: string;
  saved: string;
}

/**
 * The 409 page's heart: someone saved while the user was writing. Their change and the saved
 * version side by side (only the fields that differ); the form below keeps the user's text, now
 * based on the saved revision, so they can merge and save again.
 */
export function ConflictPanel({ rows, what }: { rows: ConflictRow[]; what: string }) {
  return (
    <div class="alert alert-warning conflict" role="alert">
      <div class="alert-body">
        <p class="alert-heading">{what} er ændret af en anden, mens du skrev</p>
        <p class="alert-text">
          Din ændring er ikke gemt, og intet er overskrevet. Sammenlign din ændring med den gemte version nedenfor. Din
          tekst står stadig i formularen: ret den til, så den rummer det, der skal med fra begge, og gem igen.
        </p>
      </div>
      <div class="conflict-rows">
        {rows.map((row) => (
          <div class="conflict-row">
            <p class="conflict-field">{row.label}</p>
            <div class="conflict-columns">
              <div class="conflict-column">
                <p class="conflict-label">Din ændring</p>
                <pre class="conflict-text">{row.mine || '(tom)'}</pre>
              </div>
              <div class="conflict-column">
                <p class="conflict-label">Den gemte version</p>
                <pre class="conflict-text">{row.saved || '(tom)'}</pre>
              </div>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The warning before leaving a page whose `form.keep-work` has changes that are not saved
 * (src/web/static/unsaved-changes.js; a file of our own, as the Content-Security-Policy asks).
 */
export function UnsavedChangesScript() {
  return <script src="/static/unsaved-changes.js" defer />;
}
