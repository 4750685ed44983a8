/** The front page: the search box and the health councils by region. */
import { formatDate } from '../../domain/danish-dates.js';
import { Layout } from './layout.js';

export interface FrontPageProps {
  regions: {
    name: string;
    slug: string;
    validFromOn: string | null;
    validToOn: string | null;
    councils: { name: string; slug: string; municipalityCount: number }[];
  }[];
}

export function FrontPage({ regions }: FrontPageProps) {
  return (
    <Layout title="Forside" hideSearch>
      <h1>Sundhedsrådenes møder og beslutninger</h1>
      <p class="font-lead">
        Find dagsordener, referater og beslutninger fra sundhedsrådene og de udvalg, der arbejder med dem – på tværs af
        alle regioner.
      </p>
      <form action="/sog" method="get" role="search" class="search-form">
        <div class="form-group search">
          <label for="front-search" class="form-label">
            Søg i dagsordener og referater
          </label>
          <input class="form-input" id="front-search" name="q" type="search" />
          <button class="button button-search" type="submit">
            Søg
          </button>
        </div>
      </form>
      <h2>Sundhedsråd efter region</h2>
      {regions.map((region) => (
        <section aria-labelledby={`region-${region.slug}`}>
          <h3 id={`region-${region.slug}`}>{region.name}</h3>
          {region.validToOn ? (
            <p class="region-note">Regionen findes til og med {formatDate(region.validToOn)}.</p>
          ) : null}
          {region.validFromOn && region.validFromOn >= '2027-01-01' ? (
            <p class="region-note">Regionen findes fra {formatDate(region.validFromOn)}.</p>
          ) : null}
          {region.councils.length > 0 ? (
            <ul class="council-list">
              {region.councils.map((council) => (
                <li>
                  <a href={`/organ/${council.slug}`}>{council.name}</a>{' '}
                  <span class="muted">({council.municipalityCount} kommuner)</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Ingen sundhedsråd hører til regionen fra 2027.</p>
          )}
        </section>
      ))}
    </Layout>
  );
}
