/**
 * "Fundet i bilag": pages of open attachments whose text matched a search — the attachment (the
 * stored file, else its address on the publisher's site), the page (and whether OCR read it), the
 * item and meeting it belongs to, and the highlighted passage.
 */
import { Snippet } from './components.js';
import { usePage } from './page-context.js';

export interface AttachmentHitView {
  title: string;
  /** The stored file (/bilag/:id), else the attachment on the publisher's site; null when neither is known. */
  href: string | null;
  page: number;
  /** The page's text was read by OCR: said beside the page. */
  readByOcr: boolean;
  snippet: { text: string; isHit: boolean }[];
  item: { href: string; number: number; title: string };
  meeting: { href: string; dateText: string };
  body: { name: string; href: string };
  publisher: { name: string; href: string } | null;
}

export function AttachmentHits({ hits }: { hits: AttachmentHitView[] }) {
  const { t } = usePage();
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby="attachment-hits-heading" class="attachment-hits">
      <h2 id="attachment-hits-heading">{t.foundInAttachments}</h2>
      <ul class="attachment-hit-list">
        {hits.map((hit) => (
          <AttachmentHit hit={hit} />
        ))}
      </ul>
    </section>
  );
}

function AttachmentHit({ hit }: { hit: AttachmentHitView }) {
  const { t } = usePage();
  return (
    <li class="attachment-hit">
      <h3 class="attachment-hit-title">
        <span lang="da">{hit.href ? <a href={hit.href}>{hit.title}</a> : hit.title}</span>{' '}
        <span class="muted">
          ({t.attachmentPage(hit.page)}
          {hit.readByOcr ? `, ${t.attachmentReadByOcr}` : ''})
        </span>
      </h3>
      <p class="result-meta">
        {t.attachmentOfItem}{' '}
        <a href={hit.item.href} lang="da">
          {t.item} {hit.item.number}: {hit.item.title}
        </a>{' '}
        · <a href={hit.meeting.href}>{hit.meeting.dateText}</a> · <a href={hit.body.href}>{hit.body.name}</a>
        {hit.publisher ? (
          <>
            {' · '}
            <a href={hit.publisher.href}>{hit.publisher.name}</a>
          </>
        ) : null}
      </p>
      <Snippet segments={hit.snippet} />
    </li>
  );
}
