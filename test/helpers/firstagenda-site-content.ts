/**
 * The made-up content of the fictitious First Agenda sites (firstagenda-site.ts): seeded
 * randomness, a small Danish-looking vocabulary (every name invented) and the item HTML in First
 * Agenda's style (a "Beslutning" block in minutes, "Fremstilling" with h4 sections, inline
 * styles, `<br>` runs, lists).
 */

export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

// ---- deterministic randomness -------------------------------------------------------------

/** A 32-bit hash of a string (FNV-1a with a final mix). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) >>> 0;
}

/** mulberry32: small, fast, good enough for test data. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const between = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low + 1));

export function guid(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(rng() * 16).toString(16);
  const variant = (8 + Math.floor(rng() * 4)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A standard normal deviate (Box–Muller). */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

// ---- fictitious vocabulary ---------------------------------------------------------------

export const words = (list: string) => list.split('|');

export const COMMITTEE_NAMES = words(
  'Sundhedsudvalget|Social- og Sundhedsudvalget|Økonomiudvalget|Sundhedsrådet for Fjordklyngen|Café- og Kulturudvalget|Ældre- og Omsorgsudvalget|Børne- og Skoleudvalget|Teknik- og Miljøudvalget',
);
const FIRST = words('Anne|Bo|Carla|Dennis|Eva|Frede|Gitte|Hans|Inge|Jens|Karen|Lars');
const LAST = words('Testesen|Prøvesen|Fjordholm|Lyngbakke|Eksempel|Mosegaard|Skovfiktiv|Engdal');
export const PARTIES = words('A|V|C|F|O|B|Ø|I');
export const PLACES = words('Mødelokale 1, Fjordby Rådhus|Byrådssalen|Sundhedshuset, Engvej 4|Teams');
export const TOPICS = words(
  'Budgetopfølgning|Handleplan for forebyggelse|Rammeaftale om genoptræning|Status på sundhedsklyngens projekter|Kapacitet i hjemmeplejen|Plan for det nære sundhedsvæsen|Evaluering af rehabiliteringsforløb|Høring om kvalitetsstandarder|Orientering om lægedækning|Temadrøftelse om trivsel',
);
const SUBJECTS = words('Administrationen|Udvalget|Sundhedsrådet|Klyngen|Kommunen|Arbejdsgruppen');
const VERBS = words('vurderer|beskriver|fremlægger|anbefaler|prioriterer|følger op på|styrker');
const ADJECTIVES = words('tværgående|nære|fælles|samlede|forventede|faglige|lokale|fiktive');
const NOUNS = words(
  'indsats|handleplan|rammeaftale|økonomi|kapacitet|evaluering|samarbejde|forebyggelse|genoptræning|borgerinddragelse',
);
const OPENERS = words('Samtidig|Derudover|På den baggrund|I forlængelse heraf|Som udgangspunkt');
const DECISIONS = words('Godkendt.|Taget til efterretning.|Tiltrådt.|Drøftet.|Anbefales.|Udsat.');
/** The fields every item carries with the same value (in real documents too). */
export const ITEM_CONSTANTS = {
  Lydfiler: null,
  Ressourcer: null,
  Presentations: null,
  ItemDecision: null,
  Documents: null,
  IntegrationUid: ZERO_GUID,
  CorporationUid: ZERO_GUID,
  IsOpen: false,
  SourceId: null,
  CasePresentationUid: null,
  ExternalAgendaItemAttendees: [],
};
const STYLE = 'margin:0cm 0cm 8pt;line-height:107%;font-size:11pt;font-family:&quot;Calibri&quot;,sans-serif';

function sentence(rng: Rng): string {
  const opener = rng() < 0.4 ? `${pick(rng, OPENERS)} ` : '';
  const subject = pick(rng, SUBJECTS);
  const first = opener ? subject.toLowerCase() : subject;
  return `${opener}${first} ${pick(rng, VERBS)} den ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} for perioden ${between(rng, 2024, 2030)}-${between(rng, 2031, 2035)}.`;
}

function paragraph(rng: Rng): string {
  const count = between(rng, 2, 6);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(rng));
  return sentences.join(' ');
}

export function personName(rng: Rng): string {
  return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
}

function decisionText(revision: number, rng: Rng): string {
  const base = pick(rng, DECISIONS);
  return revision > 1 ? `${base} Rettet ${revision - 1}. gang efter mødet.` : base;
}

export function closedHtml(meeting: { hasMinutes: boolean; revision: number }, rng: Rng): string {
  if (!meeting.hasMinutes) return '<div></div>';
  return `<div><p class="xsltFirstParagraph">${decisionText(meeting.revision, rng)}</p><p></p></div>`;
}

/** An open item's HTML of about `size` characters; with the decision once the minutes are out. */
export function itemHtml(size: number, meeting: { hasMinutes: boolean; revision: number }, rng: Rng): string {
  const parts: string[] = ["<div><div id='sagsfremstillingContainer'>\n\n"];
  if (meeting.hasMinutes) {
    const absent = rng() < 0.15 ? `<p>Afbud: ${personName(rng)}</p>` : '';
    parts.push(
      `<div><h3>Beslutning</h3>\n<span><p class="xsltFirstParagraph">${decisionText(meeting.revision, rng)}</p>${absent}<br><br></span>\n</div>\n`,
    );
  }
  parts.push("<h3>Fremstilling</h3>\n<span class='ukendt'><h4>Sagsprocedure</h4>\n<p>Udvalget.</p>\n");
  parts.push(`<h4>Resume</h4>\n<p>${paragraph(rng)}</p>\n<h4>Sagsfremstilling</h4>\n`);
  let length = parts.reduce((sum, part) => sum + part.length, 0);
  while (length < size) {
    const roll = rng();
    let chunk: string;
    if (roll < 0.15) {
      const bullets = Array.from({ length: between(rng, 2, 5) }, () => `    <li>${sentence(rng)}</li>`).join('\n');
      chunk = `<ul style="list-style-type: disc;">\n${bullets}\n</ul>\n`;
    } else if (roll < 0.3) {
      chunk = `<p style="${STYLE}"><span style="font-size:11.0pt">${paragraph(rng)}</span></p><br><br><br>\n`;
    } else {
      chunk = `<p>${paragraph(rng)}</p>\n`;
    }
    parts.push(chunk);
    length += chunk.length;
  }
  parts.push(`<h4>Økonomi</h4>\n<p>${sentence(rng)}</p>\n`);
  parts.push(
    `<h4>Indstilling</h4>\n<p><em>Administrationen indstiller, at ${pick(rng, NOUNS)}en godkendes.</em></p></span>\n`,
  );
  parts.push('\n\n</div></div>');
  return parts.join('');
}
