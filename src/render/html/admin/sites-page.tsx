/**
 * The admins' publication sites (kilder): the form that registers a site for harvesting (address,
 * publisher, optional committees), and every registered site with its publisher, committees, state
 * and last harvest — when, how it went, its counts and each error with the address it was about.
 */

import { Facts } from '../components.js';
import { fieldsOf, TextArea, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { AdminNav } from './admin-nav.js';
import { type OptionGroup, PublisherSelect } from './publisher-select.js';

export interface SiteView {
  url: string;
  publisherName: string;
  /** "Alle udvalg" or the committees, comma-separated. */
  committees: string;
  stateLabel: string;
  lastRun: {
    whenText: string;
    resultLabel: string;
    /** "2 nye, 1 opdateret, 9 uændrede, 1 fejlet". */
    countsText: string;
    errors: { url: string; message: string }[];
  } | null;
}

export interface SiteFormValues {
  url: string;
  publisher: string;
  committees: string;
}

export interface SitesPageProps {
  sites: SiteView[];
  publishers: OptionGroup[];
  csrfToken: string;
  values: SiteFormValues;
  problems: Problem[];
  notice?: string;
}

export function SitesPage({ sites, publishers, csrfToken, values, problems, notice }: SitesPageProps) {
  const field = fieldsOf(values, problems);
  return (
    <Layout title="Kilder">
      <AdminNav current="/admin/kilder" />
      <h1>Kilder</h1>
      <PageAlerts notice={notice} problems={problems} />
      <p>
        Udgivernes publiceringssider (First Agenda), som Protokol høster dagsordener og referater fra: ved serverens
        planlagte høst og med <code>protokol harvest --all</code>.
      </p>
      <h2>Registrér side</h2>
      <PostForm action="/admin/kilder" csrfToken={csrfToken}>
        <TextField
          {...field('url')}
          label="Sidens adresse"
          hint="Fx https://dagsordener.greve.dk"
          required
          maxlength={500}
        />
        <PublisherSelect {...field('publisher')} label="Udgiver" groups={publishers} />
        <TextArea
          {...field('committees')}
          label="Kun disse udvalg (valgfrit)"
          hint="Ét udvalg pr. linje, som siden skriver navnet. Tomt: alle sidens udvalg."
          rows={3}
        />
        <SubmitGroup>Registrér side</SubmitGroup>
      </PostForm>
      <h2>Registrerede sider</h2>
      {sites.length === 0 ? <p>Ingen sider er registreret endnu.</p> : sites.map((site) => <Site site={site} />)}
    </Layout>
  );
}

function Site({ site }: { site: SiteView }) {
  const run = site.lastRun;
  return (
    <section class="harvest-site">
      <h3>{site.url}</h3>
      <Facts
        rows={[
          ['Udgiver', site.publisherName],
          ['Udvalg', site.committees],
          ['Tilstand', site.stateLabel],
          ['Seneste høst', run ? `${run.whenText}: ${run.resultLabel}` : 'Aldrig høstet'],
          ['Møder', run ? run.countsText : null],
        ]}
      />
      {run && run.errors.length > 0 ? (
        <>
          <h4>Fejl ved seneste høst ({run.errors.length})</h4>
          <ul class="harvest-errors">
            {run.errors.map((error) => (
              <li>
                <code>
                  <BreakableUrl url={error.url} />
                </code>
                : {error.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A long address that may wrap after each "/" (so that a narrow screen need not scroll sideways). */
function BreakableUrl({ url }: { url: string }) {
  const parts = url.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <>
          {part}
          {index < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </>
      ))}
    </>
  );
}
