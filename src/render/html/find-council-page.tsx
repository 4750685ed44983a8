/**
 * "Find dit sundhedsråd" (/find-sundhedsraad): the municipality picker; once a municipality is
 * chosen and has several health councils (or none known yet), the councils and a link to the
 * municipality's own page. One council needs no page: the route goes straight on to it.
 */

import { Breadcrumbs } from './components.js';
import { ErrorSummary } from './forms.js';
import { Layout } from './layout.js';
import { MunicipalityPicker, type MunicipalityPickerProps } from './municipality-picker.js';
import { usePage } from './page-context.js';

export interface FindCouncilPageProps {
  picker: Omit<MunicipalityPickerProps, 'error'>;
  /** The municipality asked for does not exist (a hand-made address): said at the picker. */
  isUnknownChoice?: boolean;
  /** The chosen municipality and its councils; null before one is chosen. */
  found: {
    municipality: { name: string; href: string };
    councils: { name: string; href: string }[];
  } | null;
}

export function FindCouncilPage({ picker, found, isUnknownChoice = false }: FindCouncilPageProps) {
  const { t } = usePage();
  const error = isUnknownChoice ? t.chooseMunicipalityProblem : undefined;
  return (
    <Layout title={t.findCouncil}>
      <Breadcrumbs items={[{ label: t.findCouncil }]} />
      <h1>{t.findCouncil}</h1>
      <ErrorSummary problems={error ? [{ field: 'find-municipality', text: error }] : []} />
      {found ? (
        <section aria-labelledby="found-councils-heading">
          <h2 id="found-councils-heading">{found.municipality.name}</h2>
          {found.councils.length > 0 ? (
            <>
              <p>{t.councilsOfMunicipalityLead(found.municipality.name)}</p>
              <ul>
                {found.councils.map((council) => (
                  <li>
                    <a href={council.href}>{council.name}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.noCouncilOfMunicipality(found.municipality.name)}</p>
          )}
          <p>
            <a href={found.municipality.href}>{t.municipalityOwnPage(found.municipality.name)}</a>
          </p>
        </section>
      ) : null}
      <MunicipalityPicker {...picker} error={error} />
    </Layout>
  );
}
