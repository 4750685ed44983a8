/**
 * The admins' publication sites (kilder): the form that registers a site for harvesting (address,
 * publisher, optional committees), and every known site (the reference data's and those admins
 * added) in a table: publisher, address ("Adresse ukendt" when not known), committees, status and
 * when last harvested, each with a link to its own page (site-page.tsx) where it is corrected,
 * paused or retired.
 */

import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { fieldsOf, TextArea, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';
import { type OptionGroup, PublisherSelect } from './publisher-select.js';

export interface SiteView {
  /** The site's own admin page. */
  href: string;
  /** The address, or "Adresse ukendt". */
  url: string;
  publisherName: string;
  /** "Alle udvalg" or the committees, comma-separated (a health council's name when the site is its committee). */
  committees: string;
  /** The status in Danish, with why ("Fejler: de seneste 2 forsøg mislykkedes"). */
  statusText: string;
  /** "7. december 2026 kl. 12.00" or "Aldrig". */
  lastSuccessText: string;
  /** "Møder: 48 af 50 (96 %); dokumenter: …", or "–" before the site's list was read. */
  coverageText: string;
  /** The alarm the site raises (stale, coverage under 95 %), with since when; null: none. */
  alarmText: string | null;
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
  const alarms = sites.filter((site) => site.alarmText !== null);
  const { common, sites: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title}>
      <AdminNav current="/admin/kilder" />
      <h1>{m.title}</h1>
      <PageAlerts notice={notice} problems={problems} />
      {alarms.length > 0 ? (
        <div class="alert alert-warning" role="region" aria-labelledby="site-alarms">
          <div class="alert-body">
            <h2 class="alert-heading" id="site-alarms">
              {m.alarms(alarms.length)}
            </h2>
            <ul class="alert-text">
              {alarms.map((site) => (
                <li>
                  <a href={site.href}>
                    <BreakableUrl url={site.url} />
                  </a>{' '}
                  ({site.publisherName}): {site.alarmText}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <p>
        {m.lead[0]} <code>protokol harvest --all</code>
        {m.lead[1]}
      </p>
      <h2>{m.register}</h2>
      <PostForm action="/admin/kilder" csrfToken={csrfToken}>
        <TextField {...field('url')} label={common.siteAddress} hint={m.urlHint} required maxlength={500} />
        <PublisherSelect {...field('publisher')} label={common.publisher} groups={publishers} />
        <TextArea {...field('committees')} label={common.committeesOptional} hint={m.committeesHint} rows={3} />
        <SubmitGroup>{m.register}</SubmitGroup>
      </PostForm>
      <h2>{m.known(sites.length)}</h2>
      {sites.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <DataTable caption={m.caption} head={m.head} isRegion>
          {sites.map((site) => (
            <tr>
              <td>{site.publisherName}</td>
              <td>
                <BreakableUrl url={site.url} />
              </td>
              <td>{site.committees}</td>
              <td>{site.statusText}</td>
              <td>{site.lastSuccessText}</td>
              <td>
                {site.coverageText}
                {site.alarmText ? (
                  <>
                    <br />
                    <strong>{common.alarm}</strong>
                  </>
                ) : null}
              </td>
              <td>
                <a href={site.href} aria-label={m.showAndCorrectOf(site.url, site.publisherName)}>
                  {m.showAndCorrect}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

/** The last run's errors, each with the address it was about. */
export function RunErrors({ run }: { run: SiteView['lastRun'] }) {
  const m = ADMIN_MESSAGES[usePage().lang].sites;
  if (!run || run.errors.length === 0) return null;
  return (
    <>
      <h2>{m.runErrors(run.errors.length)}</h2>
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
  );
}

/** A long address that may wrap after each "/" (so that a narrow screen need not scroll sideways). */
export function BreakableUrl({ url }: { url: string }) {
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
