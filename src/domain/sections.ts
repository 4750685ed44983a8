/**
 * Section kinds: the standard headings of an agenda item (DESIGN.md §2), recognised in their
 * printed variants ("RESUMÉ", "Resume", "Beslutninger", "Fremstilling" …). Others are kept as
 * they are, with kind "other".
 */

export const SECTION_KINDS = [
  'summary',
  'case_presentation',
  'recommendation',
  'decision',
  'economy',
  'previous_decisions',
  'climate',
  'participation',
  'process',
  'attachments',
  'absent',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/**
 * The heading each standard kind is printed under in Danish minutes: document text (a new item's
 * sections get these headings, and the minutes print them). The Danish interface names the kinds
 * by them too; the catalogue (render/messages/) has the English names.
 */
export const SECTION_HEADINGS: Record<Exclude<SectionKind, 'other'>, string> = {
  summary: 'Resumé',
  case_presentation: 'Sagsfremstilling',
  recommendation: 'Indstilling',
  decision: 'Beslutning',
  economy: 'Økonomi',
  previous_decisions: 'Tidligere beslutninger',
  climate: 'Klimavurdering',
  participation: 'Deltagelse',
  process: 'Proces',
  attachments: 'Bilag',
  absent: 'Fraværende',
};

const KIND_BY_HEADING: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['summary', /^(resum[eé]|sammenfatning|kort\s+fortalt|baggrund\s+og\s+resum[eé])$/],
  ['case_presentation', /^(sags?fremstilling|fremstilling|sagsbeskrivelse|sagen|beskrivelse|sagsforløb)$/],
  [
    'recommendation',
    /^(indstilling(er)?|forslag\s+til\s+beslutning|administrationens\s+indstilling|direktionens\s+indstilling)$/,
  ],
  ['decision', /^(beslutning(er)?|afgørelse)\b/],
  ['economy', /^(økonomi|økonomiske\s+konsekvenser|bevillingsmæssige\s+konsekvenser)$/],
  ['previous_decisions', /^(tidligere\s+beslutning(er)?)$/],
  ['climate', /^(klimavurdering|klima|klimakonsekvenser)$/],
  ['participation', /^(deltagelse|deltagere)$/],
  ['process', /^(proces|videre\s+proces|tidsplan|kommunikation)$/],
  ['attachments', /^(bilag)$/],
  ['absent', /^(fraværende|fravær|afbud)$/],
];

export function sectionKind(heading: string): SectionKind {
  const normalized = heading.trim().toLowerCase().replace(/[:.]$/, '').replace(/\s+/g, ' ');
  for (const [kind, pattern] of KIND_BY_HEADING) {
    if (pattern.test(normalized)) return kind;
  }
  return 'other';
}
