/**
 * Sources (kilder): /kilder lists every publisher with its publication sites (a health council's
 * committee on its region's site named), each site's status in plain words, when it was last
 * harvested and how many of the meetings on the site's list the archive holds; what each status
 * means. `SourceLine` is the same in one line, on a publisher's page.
 */
import { COVERAGE_ALARM_BELOW, type Coverage } from '../../domain/coverage.js';
import { SOURCE_STATUSES, type SourceStatusKind } from '../../domain/source-status.js';
import { SOURCES_MESSAGES } from '../messages/sources.js';
import { Breadcrumbs } from './components.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { DataTable } from './tables.js';

export interface SourceView {
  /** The site's address; null: not known. */
  url: string | null;
  /** The one committee of the site that is harvested (a health council), with its page. */
  body: { name: string; href: string } | null;
  status: SourceStatusKind;
  lastSuccessAt: Date | null;
  failedRuns: number;
  blockedUntil: Date | null;
  meetingsHeld: number;
  /** The meetings on the site's list at the last successful run (within its committees); null: not known. */
  meetingsListed: number | null;
  /** The site's list against the archive; null before its list was first read. */
  coverage: Coverage | null;
}

export interface SourcePublisherView {
  name: string;
  slug: string;
  href: string;
  sources: SourceView[];
}

export interface SourcesPageProps {
  groups: { kind: 'regions' | 'municipalities' | 'others'; publishers: SourcePublisherView[] }[];
  siteCount: number;
  okCount: number;
  /** Seen on a list → searchable, over the last 30 days (seconds). */
  freshness: { meetings: number; medianSeconds: number | null; p95Seconds: number | null };
}

export function SourcesPage({ groups, siteCount, okCount, freshness }: SourcesPageProps) {
  const { lang, labels } = usePage();
  const m = SOURCES_MESSAGES[lang];
  return (
    <Layout title={m.title}>
      <Breadcrumbs items={[{ label: m.title }]} />
      <h1>{m.title}</h1>
      <p class="font-lead">{m.lead}</p>
      <p>{m.summary(siteCount, okCount)}</p>
      <p class="source-freshness">
        {freshness.medianSeconds !== null && freshness.p95Seconds !== null
          ? m.freshness(m.duration(freshness.medianSeconds), m.duration(freshness.p95Seconds), freshness.meetings)
          : m.noFreshness}
      </p>
      {groups.map((group) => (
        <section aria-labelledby={`sources-${group.kind}`}>
          <h2 id={`sources-${group.kind}`}>{m[group.kind]}</h2>
          <DataTable caption={m.tableCaption(m[group.kind])} head={m.columns} isRegion>
            {group.publishers.flatMap((publisher) =>
              publisher.sources.length === 0 ? (
                <tr id={publisher.slug}>
                  <th scope="row">
                    <a href={publisher.href}>{publisher.name}</a>
                  </th>
                  <td>{m.noSite}</td>
                  <td>–</td>
                  <td>–</td>
                  <td>–</td>
                </tr>
              ) : (
                publisher.sources.map((source, index) => (
                  <tr id={index === 0 ? publisher.slug : undefined}>
                    <th scope="row">
                      <a href={publisher.href}>{publisher.name}</a>
                    </th>
                    <td>
                      <SiteAddress source={source} />
                    </td>
                    <td>
                      <StatusText source={source} />
                    </td>
                    <td>{source.lastSuccessAt ? m.formatTime(source.lastSuccessAt) : m.never}</td>
                    <td>
                      <CoverageText source={source} />
                    </td>
                  </tr>
                ))
              ),
            )}
          </DataTable>
        </section>
      ))}
      <h2 id="daekning">{m.coverageHeading}</h2>
      <p>{m.coverageMeaning}</p>
      <h2 id="status">{m.statusHeading}</h2>
      <dl class="source-statuses">
        {SOURCE_STATUSES.map((status) => (
          <>
            <dt>{labels.sourceStatus[status]}</dt>
            <dd>{m.statusMeaning[status]}</dd>
          </>
        ))}
      </dl>
    </Layout>
  );
}

function SiteAddress({ source }: { source: SourceView }) {
  const { lang } = usePage();
  const m = SOURCES_MESSAGES[lang];
  return (
    <>
      {source.url ? <a href={source.url}>{source.url.replace(/^https?:\/\//, '')}</a> : m.addressUnknown}
      {source.body ? (
        <>
          {' '}
          ({m.onlyBody} <a href={source.body.href}>{source.body.name}</a>)
        </>
      ) : null}
    </>
  );
}

const isLow = (share: number | null) => share !== null && share < COVERAGE_ALARM_BELOW;

/** "Møder: 48 af 50 (96 %)", "Dokumenter: 140 af 150 (93 %) – under 95 %", "2 møder fjernet ved kilden". */
function CoverageText({ source }: { source: SourceView }) {
  const { lang } = usePage();
  const m = SOURCES_MESSAGES[lang];
  const c = source.coverage;
  if (!c || (c.listed === 0 && c.removed === 0)) {
    return (
      <>
        {source.meetingsHeld > 0 || source.meetingsListed !== null
          ? m.coverage(source.meetingsHeld, source.meetingsListed)
          : '–'}
      </>
    );
  }
  const line = (text: string, low: boolean) => (
    <span class={low ? 'source-coverage source-coverage--low' : 'source-coverage'}>
      {text}
      {low ? <strong> – {m.coverageLow}</strong> : null}
    </span>
  );
  return (
    <>
      {line(m.coverageMeetings(c), isLow(c.meetingsShare))}
      <br />
      {line(m.coverageDocuments(c), isLow(c.documentsShare))}
      {c.removed > 0 ? (
        <>
          <br />
          <span class="source-coverage">{m.removedAtSource(c.removed)}</span>
        </>
      ) : null}
    </>
  );
}

/** "Fejler: de seneste 2 forsøg mislykkedes", "Blokeret: næste forsøg tidligst …". */
function StatusText({ source }: { source: SourceView }) {
  const { lang, labels } = usePage();
  const m = SOURCES_MESSAGES[lang];
  const detail =
    source.status === 'failing'
      ? m.failedRuns(source.failedRuns)
      : source.status === 'blocked' && source.blockedUntil
        ? m.blockedUntil(m.formatTime(source.blockedUntil))
        : null;
  return (
    <span class={`source-status source-status--${source.status}`}>
      <strong>{labels.sourceStatus[source.status]}</strong>
      {detail ? `: ${detail}` : null}
    </span>
  );
}

/** A publisher's sources in one line: "Kilde: dagsordener.greve.dk – Opdateret. Senest hentet …". */
export function SourceLine({ sources, href }: { sources: SourceView[]; href: string }) {
  const { lang, labels } = usePage();
  const m = SOURCES_MESSAGES[lang];
  if (sources.length === 0) {
    return (
      <p class="source-line">
        {m.publisherLine}: {m.noSite}. <a href={href}>{m.allSources}</a>
      </p>
    );
  }
  const latest = sources
    .map((source) => source.lastSuccessAt)
    .filter((at): at is Date => at !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return (
    <p class="source-line">
      {sources.length === 1 ? m.publisherLine : m.publisherLineMany}:{' '}
      {sources.map((source, index) => (
        <>
          {index > 0 ? '; ' : ''}
          <SiteAddress source={source} /> – {labels.sourceStatus[source.status]}
        </>
      ))}
      . {latest ? m.lastHarvested(m.formatTime(latest)) : m.notHarvested}. <a href={href}>{m.allSources}</a>
    </p>
  );
}
