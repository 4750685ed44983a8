/** Small DKFDS building blocks shared by the pages: breadcrumbs, navigation, sections, badges, facts, paging. */
import type { Child } from 'hono/jsx';
import type { DecisionOutcome } from '../../domain/decision.js';
import { ICON_PATHS, ICON_VIEW_BOX } from './icons.js';
import { usePage } from './page-context.js';

export interface Crumb {
  label: string;
  href?: string;
}

/** DKFDS breadcrumbs; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = usePage();
  const all: Crumb[] = [{ label: t.home, href: '/' }, ...items];
  return (
    <nav class="breadcrumbs" aria-label={t.breadcrumbs}>
      <ol class="breadcrumbs__list">
        {all.map((crumb, index) =>
          crumb.href && index < all.length - 1 ? (
            <li class="breadcrumbs__list-item">
              {index > 0 ? <Icon name="chevron-right" /> : null}
              <a class="breadcrumbs__link" href={crumb.href}>
                {crumb.label}
              </a>
            </li>
          ) : (
            <li class="breadcrumbs__list-item" aria-current="page">
              {index > 0 ? <Icon name="chevron-right" /> : null}
              {crumb.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/** A section named by its heading (aria-labelledby). */
export function HeadedSection({ id, heading, children }: { id: string; heading: Child; children?: Child }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

export interface NavLink {
  href: string;
  label: string;
}

/** A navigation's list of links; the current page's link is marked (aria-current). */
export function LinkNav({
  label,
  class: className,
  listClass,
  links,
  current,
}: {
  /** The navigation's name for screen readers. */
  label: string;
  class?: string;
  listClass: string;
  links: readonly NavLink[];
  /** The current page's href. */
  current: string;
}) {
  return (
    <nav aria-label={label} class={className}>
      <ul class={listClass}>
        {links.map((link) => (
          <li>
            <a href={link.href} aria-current={link.href === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Icon({ name, class: className }: { name: string; class?: string }) {
  const drawn = ICON_PATHS[name]; // inline, so that the page does not fetch DKFDS's whole sprite
  return (
    <svg
      class={`icon-svg${className ? ` ${className}` : ''}`}
      viewBox={drawn ? ICON_VIEW_BOX : undefined}
      focusable="false"
      aria-hidden="true"
    >
      {drawn ? <path d={drawn} /> : <use href={`/dkfds/img/all-svg-icons.svg#${name}`} />}
    </svg>
  );
}

/** The alert on every page that shows fictitious demo data. */
export function FictitiousNotice() {
  const { t } = usePage();
  return (
    <div class="alert alert-warning fictitious-notice">
      <Icon name="warning" class="alert-icon" />
      <div class="alert-body">
        <p class="alert-heading">{t.fictitiousBadge}</p>
        <p class="alert-text">{t.fictitiousNotice}</p>
      </div>
    </div>
  );
}

/** The alert on a meeting's pages that a member sees the closed items' content too. */
export function MemberViewNotice() {
  const { t } = usePage();
  return (
    <div class="alert alert-warning member-view-notice">
      <div class="alert-body">
        <p class="alert-text">{t.memberViewNotice}</p>
      </div>
    </div>
  );
}

/** A small badge next to fictitious meetings and bodies in lists. */
export function FictitiousBadge() {
  const { t } = usePage();
  return <span class="badge badge-warning badge-small">{t.fictitiousBadge}</span>;
}

/** The badge after a list entry (with a space before it), when the entry is demo data. */
export function FictitiousMark({ when }: { when: boolean }) {
  return when ? (
    <>
      {' '}
      <FictitiousBadge />
    </>
  ) : null;
}

const OUTCOME_CLASSES: Record<DecisionOutcome, string> = {
  approved: 'badge-success',
  noted: 'badge-info',
  discussed: 'badge-info',
  postponed: 'badge-warning',
  rejected: 'badge-error',
  other: '',
};

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const { labels } = usePage();
  return <span class={`badge outcome-badge ${OUTCOME_CLASSES[outcome]}`.trim()}>{labels.outcome[outcome]}</span>;
}

/** A hit's passage (as published, so in Danish) with the matches highlighted; nothing when empty. */
export function Snippet({ segments }: { segments: { text: string; isHit: boolean }[] }) {
  return segments.length > 0 ? (
    <p class="result-snippet" lang="da">
      <Highlighted segments={segments} />
    </p>
  ) : null;
}

/** Snippet or title segments with the hits wrapped in <mark>. */
export function Highlighted({ segments }: { segments: { text: string; isHit: boolean }[] }) {
  return <>{segments.map((segment) => (segment.isHit ? <mark>{segment.text}</mark> : segment.text))}</>;
}

/** A publisher as a link to its page, or "Udgiver ukendt". */
export function PublisherLink({ publisher }: { publisher: { name: string; href: string } | null }) {
  const { t } = usePage();
  return publisher ? <a href={publisher.href}>{publisher.name}</a> : <span>{t.publisherUnknown}</span>;
}

/** Where a harvested meeting was published: an address on the publisher's own site. */
export interface SourceLinkView {
  href: string;
  /** "dagsordener.greve.dk" */
  host: string;
  /** "3. december 2026": the publisher's site no longer lists the meeting (it is kept here). */
  removedOnText?: string | null;
}

/** "Kilde": the document on the publisher's site (another site: it opens there, not in Protokol). */
export function SourceLink({ link }: { link: SourceLinkView }) {
  const { t } = usePage();
  return (
    <>
      <a href={link.href} rel="external noopener">
        {t.sourceOnSite(link.host)}
      </a>
      {link.removedOnText ? (
        <>
          {' '}
          <strong class="removed-at-source">{t.removedAtSource(link.removedOnText)}</strong>
        </>
      ) : null}
    </>
  );
}

/** A definition list of facts ("Dato", "Sted" …); rows with no value are left out. */
export function Facts({ rows }: { rows: [string, Child | null | undefined][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl class="facts">
      {shown.map(([term, value]) => (
        <div class="facts-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface PaginationProps {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}

/** DKFDS pagination with links (works without JavaScript). */
export function Pagination({ page, pages, hrefFor }: PaginationProps) {
  const { t } = usePage();
  if (pages <= 1) return null;
  const numbers = pageNumbers(page, pages);
  return (
    <nav class="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        // DKFDS hides the arrow links' text on a phone: the label keeps their name.
        <a href={hrefFor(page - 1)} class="button button-arrow button-previous" aria-label={t.previousPage}>
          <Icon name="chevron-left" />
          <span class="pagination-nav-link">{t.previousPage}</span>
        </a>
      ) : null}
      <span class="pagination-mobile">{t.pageOf(page, pages)}</span>
      <ul class="pagination__items">
        {numbers.map((n) =>
          n === null ? (
            <li class="pagination-item pagination-overflow">
              <span>…</span>
            </li>
          ) : (
            <li class="pagination-item pagination-number">
              {n === page ? (
                <a href={hrefFor(n)} class="button current-page" aria-current="page" aria-label={t.pageN(n)}>
                  {n}
                </a>
              ) : (
                <a href={hrefFor(n)} class="button button-secondary" aria-label={t.pageN(n)}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
      </ul>
      {page < pages ? (
        <a href={hrefFor(page + 1)} class="button button-arrow button-next" aria-label={t.nextPage}>
          <span class="pagination-nav-link">{t.nextPage}</span>
          <Icon name="chevron-right" />
        </a>
      ) : null}
    </nav>
  );
}

/** 1 … 4 5 6 … 20: the first, the last and two around the current page. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    if (i > 0 && n - sorted[i - 1] > 1) result.push(null);
    result.push(n);
  }
  return result;
}
