/**
 * The search page: the form with its filters (body, publisher, region, dates, outcome, section, amount),
 * the count, ranked results with highlighted snippets and their publisher, pages, suggestions when
 * nothing matches, and the attachment pages that matched ("Fundet i bilag"); above them the
 * bodies, publishers and health councils whose names matched. Works without JavaScript (a GET
 * form). A parameter that does not fit is shown at its field, with everything else that was typed.
 */
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../domain/decision.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import { formatAmount, parseAmount } from '../../domain/money.js';
import { SECTION_KINDS, type SectionKind } from '../../domain/sections.js';
import { Breadcrumbs, FictitiousMark, Highlighted, OutcomeBadge, Pagination, Snippet } from './components.js';
import { describedBy, ErrorMessage } from './fields.js';
import { FollowForm, type FollowFormProps } from './follow-form.js';
import { ErrorSummary, type Problem } from './forms.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { AttachmentHits, type AttachmentHitView } from './search-attachments.js';
import { DateFilter, FILTERS, FilterSelect, type SearchFormValues } from './search-fields.js';
import { NameHits, type NameHitsView } from './search-names.js';

export type { SearchFormValues };

/** The kinds of section the search may be limited to: all but participation, attachments, absentees, "other". */
const KINDS_NOT_OFFERED = new Set<SectionKind>(['participation', 'attachments', 'absent', 'other']);
const SECTION_KIND_OPTIONS = SECTION_KINDS.filter((kind) => !KINDS_NOT_OFFERED.has(kind));

/** The element id of a parameter's field (a problem names the parameter: "fra" → "filter-from"). */
const FIELD_IDS: Record<string, string> = {
  q: 'search-query',
  ...Object.fromEntries(Object.values(FILTERS).map((filter) => [filter.name, filter.id])),
};

export interface Segment {
  text: string;
  isHit: boolean;
}

export interface SearchHitView {
  href: string;
  number: number;
  title: Segment[];
  snippet: Segment[];
  body: { name: string; href: string };
  /** The body's publisher; null while it is not known. */
  publisher: { name: string; href: string } | null;
  meeting: { href: string; documentKind: DocumentType | null };
  dateText: string;
  outcome: DecisionOutcome | null;
  /** The amounts the item mentions, as written ("2,5 mio. kr."); the first few. */
  amounts: string[];
  isFictitious: boolean;
}

export interface SearchPageProps {
  values: SearchFormValues;
  options: {
    bodies: { slug: string; name: string }[];
    /** Grouped by kind: regions, municipalities, other organisations. */
    publishers: { group: 'region' | 'municipality' | 'other'; options: { slug: string; name: string }[] }[];
    regions: { slug: string; name: string }[];
  };
  /** Null when there is nothing to search for yet. */
  result: {
    total: number;
    /** More matches than `total`: the count is a lower bound. */
    totalIsCapped: boolean;
    page: number;
    pages: number;
    /** The number of the first hit on this page. */
    first: number;
    hits: SearchHitView[];
    suggestions: {
      similarTitles: { title: string; href: string }[];
      withoutFilters: { total: number; href: string } | null;
    } | null;
    /** Pages of open attachments whose text matched (the first page of results only). */
    attachmentHits: AttachmentHitView[];
  } | null;
  pageHref: (page: number) => string;
  hasFilters: boolean;
  /** Open data: this search as an Atom feed. */
  feedHref?: string;
  /** This search's results as files (the same parameters). */
  downloads?: { csv: string; json: string };
  /** "Følg" by e-mail (render/html/follow-form.tsx). */
  follow?: FollowFormProps;
  /** Names that matched the query (first page only). */
  nameHits?: NameHitsView | null;
  /** What is wrong with the parameters, each at the parameter it is about (then `result` is null). */
  problems?: Problem[];
}

export function SearchPage(props: SearchPageProps) {
  const { values, options, result, pageHref, hasFilters, feedHref, downloads, nameHits } = props;
  const { t, lang } = usePage();
  const problems = (props.problems ?? []).map((problem) => ({
    ...problem,
    field: problem.field ? FIELD_IDS[problem.field] : undefined,
  }));
  const errorOf = (id: string) => problems.find((problem) => problem.field === id)?.text;
  const queryError = errorOf('search-query');
  const title = values.query ? `${t.searchTitle}: ${values.query}` : t.searchTitle;
  const feedLabel = lang === 'en' ? 'Follow this search (Atom feed)' : 'Følg denne søgning (Atom-feed)';
  return (
    <Layout
      title={title}
      hideSearch
      alternates={feedHref && result ? [{ href: feedHref, type: 'application/atom+xml', title: feedLabel }] : []}
    >
      <Breadcrumbs items={[{ label: t.searchTitle }]} />
      <h1>{t.searchHeading}</h1>
      <ErrorSummary problems={problems} />
      <form action="/sog" method="get" role="search" class="search-page-form">
        <div class={`form-group${queryError ? ' form-error' : ''}`}>
          <label for="search-query" class="form-label">
            {t.searchLabel}
          </label>
          <span class="form-hint" id="search-query-hint">
            {t.searchHint}
          </span>
          {queryError ? <ErrorMessage id="search-query-error" error={queryError} /> : null}
          <div class="search">
            <input
              class="form-input"
              id="search-query"
              name="q"
              type="search"
              value={values.query}
              aria-describedby={describedBy('search-query', t.searchHint, queryError)}
              aria-invalid={queryError ? 'true' : undefined}
            />
            <button class="button button-search" type="submit">
              {t.searchButton}
            </button>
          </div>
        </div>
        <SearchFilters
          values={values}
          options={options}
          hasFilters={hasFilters || problems.length > 0}
          errorOf={errorOf}
        />
      </form>

      <NameHits hits={nameHits ?? null} />
      {result === null && problems.length === 0 ? <p>{t.emptySearch}</p> : null}
      {result ? <Results result={result} query={values.query} pageHref={pageHref} /> : null}
      {result && downloads && result.total > 0 ? (
        <ul class="download-links">
          <li>
            <a href={downloads.csv}>{t.downloadResultsCsv}</a>
          </li>
          <li>
            <a href={downloads.json}>{t.downloadResultsJson}</a>
          </li>
        </ul>
      ) : null}
      {result ? <AttachmentHits hits={result.attachmentHits} /> : null}
      {feedHref && result ? (
        <p class="feed-link">
          <a href={feedHref} type="application/atom+xml">
            {feedLabel}
          </a>
        </p>
      ) : null}
      {props.follow && result ? <FollowForm {...props.follow} /> : null}
    </Layout>
  );
}

function Results({
  result,
  query,
  pageHref,
}: {
  result: NonNullable<SearchPageProps['result']>;
  query: string;
  pageHref: (page: number) => string;
}) {
  const { t } = usePage();
  if (result.total === 0) return <NoResults result={result} query={query} />;
  return (
    <section aria-labelledby="results-heading" class="search-results">
      <h2 id="results-heading">{t.resultsHeading}</h2>
      <p class="result-count" role="status">
        {result.totalIsCapped ? t.resultCountCapped(result.total, query) : t.resultCount(result.total, query)}
        {result.pages > 1 ? ` · ${t.pageOf(result.page, result.pages)}` : ''}
      </p>
      {result.hits.length === 0 ? <p>{t.noResultsOnPage}</p> : null}
      <ol class="result-list" start={result.first}>
        {result.hits.map((hit) => (
          <Hit hit={hit} />
        ))}
      </ol>
      <Pagination page={result.page} pages={result.pages} hrefFor={pageHref} />
    </section>
  );
}

function SearchFilters({
  values,
  options,
  hasFilters,
  errorOf,
}: Pick<SearchPageProps, 'values' | 'options' | 'hasFilters'> & { errorOf: (id: string) => string | undefined }) {
  const { t, labels } = usePage();
  const publisherGroupLabel = {
    region: t.regionsHeading,
    municipality: t.municipalitiesHeading,
    other: t.otherPublishersHeading,
  };
  return (
    <details class="details search-filters" open={hasFilters}>
      <summary class="details-summary">{t.filters}</summary>
      <div class="details-text">
        <div class="filter-grid">
          <FilterSelect
            filter="body"
            values={values}
            error={errorOf(FILTERS.body.id)}
            options={options.bodies.map((b) => [b.slug, b.name])}
          />
          <FilterSelect
            filter="publisher"
            values={values}
            error={errorOf(FILTERS.publisher.id)}
            groups={options.publishers.map((group) => ({
              label: publisherGroupLabel[group.group],
              options: group.options.map((p) => [p.slug, p.name]),
            }))}
          />
          <FilterSelect
            filter="region"
            values={values}
            error={errorOf(FILTERS.region.id)}
            options={options.regions.map((r) => [r.slug, r.name])}
          />
          <DateFilter filter="from" values={values} error={errorOf(FILTERS.from.id)} />
          <DateFilter filter="to" values={values} error={errorOf(FILTERS.to.id)} />
          <FilterSelect
            filter="outcome"
            values={values}
            error={errorOf(FILTERS.outcome.id)}
            options={DECISION_OUTCOMES.map((o) => [o, labels.outcome[o]])}
          />
          <FilterSelect
            filter="sectionKind"
            values={values}
            error={errorOf(FILTERS.sectionKind.id)}
            options={SECTION_KIND_OPTIONS.map((k) => [k, labels.sectionKind[k]])}
          />
          <FilterSelect
            filter="amount"
            values={values}
            error={errorOf(FILTERS.amount.id)}
            options={amountOptions(values.amount)}
          />
        </div>
        <button class="button button-secondary" type="submit">
          {t.searchButton}
        </button>
      </div>
    </details>
  );
}

function NoResults({ result, query }: { result: NonNullable<SearchPageProps['result']>; query: string }) {
  const { t } = usePage();
  return (
    <section aria-labelledby="results-heading" class="search-results">
      <h2 id="results-heading">{t.resultsHeading}</h2>
      <div class="alert alert-info" role="status">
        <div class="alert-body">
          <p class="alert-heading">{t.noResults(query)}</p>
          <p class="alert-text">{t.tryFewerWords}</p>
        </div>
      </div>
      {result.suggestions && (result.suggestions.similarTitles.length > 0 || result.suggestions.withoutFilters) ? (
        <>
          <h3>{t.suggestionsHeading}</h3>
          {result.suggestions.withoutFilters ? (
            <p>
              <a href={result.suggestions.withoutFilters.href}>
                {t.tryWithoutFilters(result.suggestions.withoutFilters.total)}
              </a>
            </p>
          ) : null}
          {result.suggestions.similarTitles.length > 0 ? (
            <>
              <p>{t.didYouMean}</p>
              <ul lang="da">
                {result.suggestions.similarTitles.map((suggestion) => (
                  <li>
                    <a href={suggestion.href}>{suggestion.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** "Beløb over" thresholds in kroner; a value given in the address that is not one of them is offered too. */
const AMOUNT_THRESHOLDS = [100_000n, 500_000n, 1_000_000n, 10_000_000n, 100_000_000n];

function amountOptions(chosen: string): [string, string][] {
  const options = AMOUNT_THRESHOLDS.map((kroner): [string, string] => [kroner.toString(), formatAmount(kroner * 100n)]);
  const given = parseAmount(chosen);
  if (given && !options.some(([value]) => value === chosen)) options.push([chosen, formatAmount(given.ore)]);
  return options;
}

function Hit({ hit }: { hit: SearchHitView }) {
  const { t, labels } = usePage();
  return (
    <li class="result">
      <h3 class="result-title" lang="da">
        <a href={hit.href}>
          {t.item} {hit.number}: <Highlighted segments={hit.title} />
        </a>
      </h3>
      <p class="result-meta">
        {hit.publisher ? (
          <>
            <a href={hit.publisher.href}>{hit.publisher.name}</a> ·{' '}
          </>
        ) : null}
        <a href={hit.body.href}>{hit.body.name}</a> ·{' '}
        <a href={hit.meeting.href}>
          {hit.meeting.documentKind ? `${labels.documentType[hit.meeting.documentKind]}, ` : ''}
          {hit.dateText}
        </a>
        {hit.outcome ? (
          <>
            {' · '}
            <OutcomeBadge outcome={hit.outcome} />
          </>
        ) : null}
        <FictitiousMark when={hit.isFictitious} />
      </p>
      <Snippet segments={hit.snippet} />
      {hit.amounts.length > 0 ? (
        <p class="result-amounts">
          {t.amountsMentioned}: {hit.amounts.join(' · ')}
        </p>
      ) : null}
    </li>
  );
}
