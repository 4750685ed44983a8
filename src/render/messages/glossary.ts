/**
 * The glossary for citizens (/ordliste): the words of meetings and minutes explained in plain
 * language, Danish and English. The term itself is the Danish word the pages print; the anchor
 * (`id`) is what the pages' "?" links point at (`/ordliste#udfald`). docs/glossary.md maps the same
 * words to the names in code.
 */
import type { DecisionOutcome } from '../../domain/decision.js';

export const GLOSSARY_TERMS = [
  'sundhedsraad',
  'organ',
  'moede',
  'dagsorden',
  'referat',
  'punkt',
  'lukket-punkt',
  'resume',
  'sagsfremstilling',
  'indstilling',
  'beslutning',
  'udfald',
  'godkendt',
  'taget-til-efterretning',
  'droeftet',
  'udsat',
  'ikke-godkendt',
  'andet-udfald',
  'bilag',
  'sag',
  'sagsnummer',
  'moedeplan',
  'udgiver',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** Each outcome's entry in the glossary. */
export const OUTCOME_TERMS: Record<DecisionOutcome, GlossaryTerm> = {
  approved: 'godkendt',
  noted: 'taget-til-efterretning',
  discussed: 'droeftet',
  postponed: 'udsat',
  rejected: 'ikke-godkendt',
  other: 'andet-udfald',
};

export interface GlossaryEntry {
  /** The Danish word as the pages print it. */
  term: string;
  /** What it means, in plain words. */
  text: string;
}

export const GLOSSARY_PATH = '/ordliste';

/** The address of a term's explanation. */
export const glossaryHref = (term: GlossaryTerm) => `${GLOSSARY_PATH}#${term}`;

export const GLOSSARY_DA: Record<GlossaryTerm, GlossaryEntry> = {
  sundhedsraad: {
    term: 'Sundhedsråd',
    text: 'Et råd, hvor en region og kommunerne i et område arbejder sammen om sundhed, fx om forløb mellem hospital, egen læge og kommunens tilbud.',
  },
  organ: {
    term: 'Organ',
    text: 'Fællesbetegnelse for et råd, et udvalg eller en anden forsamling, der holder møder og træffer beslutninger.',
  },
  moede: {
    term: 'Møde',
    text: 'Når organets medlemmer samles og behandler punkterne på dagsordenen.',
  },
  dagsorden: {
    term: 'Dagsorden',
    text: 'Listen over det, der skal behandles på et møde. Den offentliggøres før mødet.',
  },
  referat: {
    term: 'Referat',
    text: 'Det skrevne resultat af et møde: hvad der blev besluttet under hvert punkt. Det offentliggøres efter mødet.',
  },
  punkt: {
    term: 'Punkt',
    text: 'Et emne på dagsordenen. Punkterne har numre, og hvert punkt har sin egen beslutning.',
  },
  'lukket-punkt': {
    term: 'Lukket punkt',
    text: 'Et punkt, som ikke må offentliggøres, fx fordi det handler om personer, kontrakter eller forhandlinger. Kun organets medlemmer kan læse indholdet. Offentligheden ser kun, at punktet findes.',
  },
  resume: {
    term: 'Resumé',
    text: 'Et kort sammendrag af, hvad punktet handler om.',
  },
  sagsfremstilling: {
    term: 'Sagsfremstilling',
    text: 'Den længere forklaring af sagen: baggrund, fakta og overvejelser.',
  },
  indstilling: {
    term: 'Indstilling',
    text: 'Forslaget til en beslutning, som organet får forelagt, fx fra administrationen: "Det indstilles, at …". Organet kan følge forslaget eller beslutte noget andet.',
  },
  beslutning: {
    term: 'Beslutning',
    text: 'Det, organet besluttede under punktet. Står i referatet.',
  },
  udfald: {
    term: 'Udfald',
    text: 'Beslutningen i ét ord, fx Godkendt eller Taget til efterretning, så man hurtigt kan se resultatet.',
  },
  godkendt: {
    term: 'Godkendt',
    text: 'Organet sagde ja til forslaget.',
  },
  'taget-til-efterretning': {
    term: 'Taget til efterretning',
    text: 'Organet har hørt orienteringen og noteret sig den. Der er ikke besluttet noget nyt.',
  },
  droeftet: {
    term: 'Drøftet',
    text: 'Organet talte om sagen, men traf ikke en egentlig beslutning.',
  },
  udsat: {
    term: 'Udsat',
    text: 'Sagen blev ikke afgjort på mødet og kommer igen på et senere møde.',
  },
  'ikke-godkendt': {
    term: 'Ikke godkendt',
    text: 'Organet sagde nej til forslaget.',
  },
  'andet-udfald': {
    term: 'Andet',
    text: 'Beslutningen passer ikke ind i de andre udfald. Læs beslutningens tekst.',
  },
  bilag: {
    term: 'Bilag',
    text: 'Et dokument, der hører til et punkt, fx en rapport, et notat eller en plan.',
  },
  sag: {
    term: 'Sag',
    text: 'Et emne, der kan blive behandlet på flere møder og i flere organer. Sagens side samler alle punkter om den.',
  },
  sagsnummer: {
    term: 'Sagsnummer',
    text: 'Det nummer, som myndigheden har givet sagen i sit journalsystem, fx 25/41077.',
  },
  moedeplan: {
    term: 'Mødeplan',
    text: 'Organets møder i løbet af et år: de holdte og de kommende.',
  },
  udgiver: {
    term: 'Udgiver',
    text: 'Den region eller kommune, der har offentliggjort dagsordenen eller referatet.',
  },
};

export const GLOSSARY_EN: Record<GlossaryTerm, GlossaryEntry> = {
  sundhedsraad: {
    term: 'Sundhedsråd',
    text: 'Health council: a council where a region and the municipalities of an area work together on health, such as care that passes between hospital, GP and the municipality.',
  },
  organ: { term: 'Organ', text: 'Body: a council, committee or other assembly that meets and makes decisions.' },
  moede: { term: 'Møde', text: 'Meeting: when the members of a body meet and deal with the items on the agenda.' },
  dagsorden: {
    term: 'Dagsorden',
    text: 'Agenda: the list of what a meeting will deal with. It is published before the meeting.',
  },
  referat: {
    term: 'Referat',
    text: 'Minutes: the written record of a meeting, with what was decided under each item. Published after the meeting.',
  },
  punkt: {
    term: 'Punkt',
    text: 'Item: one subject on the agenda. Items are numbered, and each has its own decision.',
  },
  'lukket-punkt': {
    term: 'Lukket punkt',
    text: 'Closed item: an item that may not be made public, for instance about persons, contracts or negotiations. Only the members of the body can read it; the public only sees that it exists.',
  },
  resume: { term: 'Resumé', text: 'Summary: a short account of what the item is about.' },
  sagsfremstilling: {
    term: 'Sagsfremstilling',
    text: 'Case presentation: the longer explanation of the case, with background, facts and considerations.',
  },
  indstilling: {
    term: 'Indstilling',
    text: 'Recommendation: the proposed decision put to the body, often by the administration ("It is recommended that …"). The body may follow it or decide otherwise.',
  },
  beslutning: {
    term: 'Beslutning',
    text: 'Decision: what the body decided under the item, as written in the minutes.',
  },
  udfald: {
    term: 'Udfald',
    text: 'Outcome: the decision in a word or two, such as Approved or Noted, so the result can be seen at a glance.',
  },
  godkendt: { term: 'Godkendt', text: 'Approved: the body said yes to the proposal.' },
  'taget-til-efterretning': {
    term: 'Taget til efterretning',
    text: 'Noted: the body heard the information and took note of it. Nothing new was decided.',
  },
  droeftet: { term: 'Drøftet', text: 'Discussed: the body talked about the matter without making a formal decision.' },
  udsat: { term: 'Udsat', text: 'Postponed: the matter was not settled and comes back at a later meeting.' },
  'ikke-godkendt': { term: 'Ikke godkendt', text: 'Rejected: the body said no to the proposal.' },
  'andet-udfald': {
    term: 'Andet',
    text: 'Other: the decision fits none of the other outcomes. Read the text of the decision.',
  },
  bilag: { term: 'Bilag', text: 'Attachment: a document that belongs to an item, such as a report, memo or plan.' },
  sag: {
    term: 'Sag',
    text: 'Case: a matter that may be dealt with at several meetings and by several bodies. The case page gathers every item about it.',
  },
  sagsnummer: {
    term: 'Sagsnummer',
    text: 'Case number: the number the authority gave the case in its records, such as 25/41077.',
  },
  moedeplan: { term: 'Mødeplan', text: "Meeting plan: the body's meetings in a year, held and coming." },
  udgiver: { term: 'Udgiver', text: 'Publisher: the region or municipality that published the agenda or minutes.' },
};
