/**
 * Publishers (udgivere) in the admins' forms: the Danish names of their kinds, and every publisher
 * grouped by kind for the selects (regions, municipalities, KKR, KL, PLO, hospitals, others).
 */
import type { PublisherChoiceRow } from '../../db/queries/admin-bodies.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import type { OptionGroup } from '../../render/html/admin/publisher-select.js';

/** Each kind's name, one and many, in the order the selects group them. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, { one: string; many: string }> = {
  region: { one: 'Region', many: 'Regioner' },
  municipality: { one: 'Kommune', many: 'Kommuner' },
  kkr: { one: 'KKR', many: 'KKR' },
  kl: { one: 'KL', many: 'KL' },
  plo: { one: 'PLO', many: 'PLO' },
  hospital: { one: 'Hospital', many: 'Hospitaler' },
  other: { one: 'Anden organisation', many: 'Andre organisationer' },
};

const KIND_ORDER = Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[];

/** Every publisher, grouped by kind (empty kinds left out); the value is what `optionValue` gives (the id by default). */
export function publisherGroups(
  rows: PublisherChoiceRow[],
  optionValue: (row: PublisherChoiceRow) => string = (row) => String(row.id),
): OptionGroup[] {
  return KIND_ORDER.map((kind) => ({
    label: ORGANISATION_KIND_LABELS[kind].many,
    options: rows.filter((row) => row.kind === kind).map((row) => ({ value: optionValue(row), label: row.name })),
  })).filter((group) => group.options.length > 0);
}
