/**
 * The Danish words that published agendas and minutes are built from, as constants shared by the
 * readers and refiners. Keep it additive: readers of other layouts rely on these names.
 * Everything here is compared after `foldHeading` (fold.ts: lower case, "é" → "e", one space,
 * no surrounding markup).
 */

/** Folding lives in fold.ts; it is offered here too because the vocabulary is compared through it. */
export { foldHeading } from './fold.js';

/** The words that open a document and say what it is. */
export const DOCUMENT_TYPE_WORDS: Readonly<Record<string, 'referat' | 'dagsorden'>> = {
  referat: 'referat',
  beslutningsreferat: 'referat',
  beslutningsprotokol: 'referat',
  protokol: 'referat',
  dagsorden: 'dagsorden',
  'åben dagsorden': 'dagsorden',
  'åbent referat': 'referat',
};

/** Labels of the header block ("Mødedato Mandag d. 23. marts 2026 kl. 17:30"), folded. */
export const HEADER_LABELS = {
  date: ['mødedato', 'dato', 'mødedag', 'tidspunkt', 'mødetidspunkt', 'tid'],
  location: ['mødested', 'sted', 'lokale', 'mødelokale'],
  participants: ['mødedeltagere', 'deltagere', 'medlemmer', 'til stede', 'deltagende'],
  absent: ['fraværende', 'afbud', 'fravær', 'afbud fra'],
  body: ['udvalg', 'forum', 'organ', 'råd'],
  endTime: ['mødet slut', 'sluttidspunkt', 'mødet sluttede', 'mødet hævet'],
} as const;

/** The line that starts a table of contents. */
export const TABLE_OF_CONTENTS = [
  'indholdsfortegnelse',
  'indhold',
  'indholdsliste',
  'punktoversigt',
  'dagsordenspunkter',
];

/**
 * Section headings that a text layout prints on a line of their own, folded. A line is a
 * heading only when it is exactly one of these (no colon, nothing after it), so a sentence or a
 * quoted "Beslutning:" inside a proposal stays text.
 */
export const SECTION_HEADINGS = [
  'resume',
  'sammenfatning',
  'kort fortalt',
  'sagsfremstilling',
  'sagsfremstillinger',
  'fremstilling',
  'sagsbeskrivelse',
  'sagsforløb',
  'indstilling',
  'indstillinger',
  'forslag til beslutning',
  'administrationens indstilling',
  'direktionens indstilling',
  'beslutning',
  'beslutninger',
  'økonomi',
  'økonomiske konsekvenser',
  'bevillingsmæssige konsekvenser',
  'tidligere beslutninger',
  'tidligere beslutning',
  'klimavurdering',
  'klimakonsekvenser',
  'deltagelse',
  'proces',
  'bilag',
  'bilagsoversigt',
  'fraværende',
  'afbud',
] as const;

/** Headings (folded) under which the decision of this meeting is recorded. */
export const DECISION_HEADINGS = ['beslutning', 'beslutninger', 'beslutningsreferat'] as const;

/** Headings (folded) whose content quotes earlier or other bodies' decisions: never this meeting's decision. */
export const HISTORY_HEADINGS = ['sagsforløb', 'tidligere beslutninger', 'tidligere beslutning'] as const;

/** Headings (folded) whose lines are attachments. */
export const ATTACHMENT_HEADINGS = ['bilag', 'bilagsoversigt'] as const;

/** Headings (folded) whose lines are absentees. */
export const ABSENTEE_HEADINGS = ['fraværende', 'afbud'] as const;

/** An item title or marker that makes an item closed ("Lukket", "Lukket: Salg af …", "(Lukket)"). */
export const CLOSED_WORD = 'lukket';
/** Parenthesised words after a participant's name that mark them absent. */
export const ABSENCE_MARKERS = ['fravær', 'fraværende', 'afbud', 'afbud.', 'forfald', 'udeblevet', 'ikke til stede'];

/** Party letters as Danish minutes print them after a member's name. */
export const PARTY_LETTERS = ['A', 'B', 'C', 'D', 'F', 'I', 'K', 'M', 'O', 'V', 'Ø', 'Å', 'Æ', 'Q', 'L', 'E', 'G', 'P'];
/** Party abbreviations of more than one letter. */
export const PARTY_ABBREVIATIONS = ['SF', 'EL', 'DF', 'LA', 'KF', 'RV', 'DD', 'UFG', 'UP', 'LL'];

/** Words that make a name an organisation rather than a person ("Aabenraa Kommune", "PLO"). */
export const ORGANIZATION_WORDS = [
  'kommune',
  'region',
  'sygehus',
  'hospital',
  'praksis',
  'forening',
  'lægeforening',
  'plo',
  'kl',
  'kkr',
  'danske regioner',
  'styrelse',
  'universitet',
  'psykiatri',
  'patientforening',
  'råd',
  'sekretariat',
];

/** Roles of a member as printed after the name ("(formand)"). */
export const ROLE_WORDS = ['formand', 'næstformand', 'medlem', 'observatør', 'sekretær', 'sekretariat', 'mødeleder'];

/** Lines after the last item that end the minutes: signatures and closing notes. */
export const CLOSING_PHRASES = [
  'mødet hævet',
  'mødet blev hævet',
  'mødet sluttede',
  'underskriftsblad',
  'underskrifter',
];

/**
 * Further section headings of the municipal case systems' PDF layouts (eDoc, Acadre), folded.
 * Used together with SECTION_HEADINGS by the readers of those layouts.
 */
export const CASE_SYSTEM_SECTION_HEADINGS = [
  'sammendrag',
  'baggrund',
  'supplerende sagsfremstilling',
  'økonomiske konsekvenser og finansiering',
  'økonomi og organisatoriske konsekvenser',
  'økonomi og finansiering',
  'beslutningen træffes af',
  'høring',
  'lovgrundlag',
  'retsgrundlag',
  'kommunikation',
  'tidsplan',
  'personalemæssige konsekvenser',
  'miljømæssige konsekvenser',
  'organisatoriske konsekvenser',
  'handicappolitisk vurdering',
  'beskrivelse',
] as const;

/** Cover-page labels of the eDoc and Acadre layouts, folded: who attended, who was absent. */
export const COVER_LABELS = {
  present: ['tilstede', 'til stede', 'deltagere', 'medlemmer', 'mødedeltagere', 'deltagende'],
  absent: ['afbud/fraværende', 'fraværende', 'afbud', 'afbud/fravær', 'fravær', 'fraværende/afbud'],
  secretary: ['sekretær', 'referent', 'sekretariat'],
} as const;
