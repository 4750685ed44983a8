/** Every publisher (udgiver) by kind: the regions, the municipalities by region, the other organisations. */
import { FOLLOWING_MESSAGES } from '../messages/following.js';
import { Breadcrumbs } from './components.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export interface PublisherLinkView {
  name: string;
  href: string;
  bodyCount: number;
}

export interface PublishersPageProps {
  regions: PublisherLinkView[];
  /** By the region each municipality belongs to from 2027. */
  municipalitiesByRegion: { region: string; slug: string; municipalities: PublisherLinkView[] }[];
  others: PublisherLinkView[];
}

export function PublishersPage({ regions, municipalitiesByRegion, others }: PublishersPageProps) {
  const { t, lang } = usePage();
  return (
    <Layout title={t.publishersTitle}>
      <Breadcrumbs items={[{ label: t.publishersTitle }]} />
      <h1>{t.publishersTitle}</h1>
      <p class="font-lead">{t.publishersLead}</p>
      <p>
        <a href="/foelg-med#kalender">{FOLLOWING_MESSAGES[lang].followAllLink}</a>
      </p>

      <h2>{t.regionsHeading}</h2>
      <PublisherList publishers={regions} />

      <h2>{t.municipalitiesHeading}</h2>
      {municipalitiesByRegion.map((group) => (
        <section aria-labelledby={`municipalities-${group.slug}`}>
          <h3 id={`municipalities-${group.slug}`}>{t.municipalitiesIn(group.region)}</h3>
          <PublisherList publishers={group.municipalities} />
        </section>
      ))}

      <h2>{t.otherPublishersHeading}</h2>
      <PublisherList publishers={others} />
    </Layout>
  );
}

function PublisherList({ publishers }: { publishers: PublisherLinkView[] }) {
  const { t } = usePage();
  return (
    <ul class="publisher-list">
      {publishers.map((publisher) => (
        <li>
          <a href={publisher.href}>{publisher.name}</a>
          {publisher.bodyCount > 0 ? <span class="muted"> ({t.bodyCount(publisher.bodyCount)})</span> : null}
        </li>
      ))}
    </ul>
  );
}
