/**
 * Names a search found, above the items: the publishers (a municipality, a region …), the health
 * councils of a municipality found ("Sundhedsråd for Vejle Kommune") and the bodies — each a link
 * to its page, with what kind of thing it is.
 */
import type { BodyKind } from '../../domain/body-kind.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import { usePage } from './page-context.js';

export interface NameHitsView {
  publishers: { name: string; href: string; kind: OrganisationKind }[];
  councils: { name: string; href: string; municipality: string }[];
  bodies: { name: string; href: string; kind: BodyKind; publisher: string | null }[];
}

export function NameHits({ hits }: { hits: NameHitsView | null }) {
  const { t, labels } = usePage();
  if (!hits || hits.publishers.length + hits.councils.length + hits.bodies.length === 0) return null;
  return (
    <section aria-labelledby="name-hits-heading" class="name-hits">
      <h2 id="name-hits-heading">{t.nameHitsHeading}</h2>
      <ul class="name-hit-list">
        {hits.publishers.map((publisher) => (
          <li>
            <a href={publisher.href}>{publisher.name}</a>{' '}
            <span class="muted">({labels.organisationKind[publisher.kind]})</span>
          </li>
        ))}
        {hits.councils.map((council) => (
          <li>
            <a href={council.href}>{council.name}</a> <span class="muted">({t.councilOf(council.municipality)})</span>
          </li>
        ))}
        {hits.bodies.map((body) => (
          <li>
            <a href={body.href}>{body.name}</a>{' '}
            <span class="muted">
              ({labels.bodyKind[body.kind]}
              {body.publisher ? `, ${body.publisher}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
