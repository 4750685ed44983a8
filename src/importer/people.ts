/**
 * People as the layouts print them: "Anna Test (V)", "Lolan Ottesen (A) - formand", "Michael
 * Haslund, PLO (Fravær)", "Susanne Eilersen, O, Mette Linnet, V". One set of rules for every
 * reader: a parenthesis holds a party letter, a role, an organisation or an absence; a name may
 * be followed by " - <role>". Pure; every pattern is linear.
 */
import type { Absentee, Participant } from '../domain/meeting-document.js';
import { collapseSpace } from './fold.js';
import { ABSENCE_MARKERS, ORGANIZATION_WORDS, PARTY_ABBREVIATIONS, PARTY_LETTERS, ROLE_WORDS } from './vocabulary.js';

const PARTIES = new Set([...PARTY_LETTERS, ...PARTY_ABBREVIATIONS]);
const PARENTHESIS = /\(([^()]{0,80})\)/g;

/** "V", "SF", "(C)" → the party letter; else null. */
export function partyOf(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return PARTIES.has(bare) ? bare : null;
}

/** "Aabenraa Kommune", "PLO", "Region Syddanmark": a qualifier naming an organisation. */
export function isOrganization(text: string): boolean {
  const value = text.trim();
  if (/^[A-ZÆØÅ][A-ZÆØÅ-]{1,7}$/.test(value) && !PARTIES.has(value)) return true;
  const words = value.toLowerCase().split(/[\s\-/]+/);
  return words.some((word) => ORGANIZATION_WORDS.includes(word) || word.endsWith('kommune'));
}

export function isRole(text: string): boolean {
  return ROLE_WORDS.includes(text.trim().toLowerCase());
}

function isAbsence(text: string): boolean {
  return ABSENCE_MARKERS.includes(text.trim().toLowerCase());
}

/** One printed person or qualifier: the text outside parentheses, and what the parentheses say. */
interface PersonToken {
  rest: string;
  absent: boolean;
  party: string | null;
  role: string | null;
  organization: string | null;
}

function readToken(token: string): PersonToken {
  const marks: string[] = [];
  const rest = collapseSpace(
    token.replace(PARENTHESIS, (_all, inner: string) => {
      marks.push(inner.trim());
      return ' ';
    }),
  );
  // A mark that is no absence, party or organisation is the role or title as printed ("(Regionsrådsmedlem)").
  const role =
    marks.find((m) => isRole(m)) ??
    marks.find((m) => m !== '' && !isAbsence(m) && !partyOf(m) && !isOrganization(m)) ??
    null;
  return {
    rest,
    absent: marks.some(isAbsence),
    party: marks.map(partyOf).find((p) => p !== null) ?? null,
    role,
    organization: marks.find((m) => !isAbsence(m) && !partyOf(m) && !isRole(m) && isOrganization(m)) ?? null,
  };
}

/** Is the token only a qualifier of the person before it ("O", "PLO", "formand", "(Fravær)")? */
function isQualifier(rest: string): boolean {
  return rest === '' || partyOf(rest) !== null || isOrganization(rest) || isRole(rest);
}

function qualify(person: Participant, token: PersonToken): void {
  const { rest } = token;
  if (rest !== '') {
    if (partyOf(rest)) person.party ??= partyOf(rest);
    else if (isRole(rest)) person.role ??= rest;
    else person.organization ??= rest;
  }
  if (token.absent) person.absent = true;
  if (token.party) person.party ??= token.party;
  if (token.role) person.role ??= token.role;
  if (token.organization) person.organization ??= token.organization;
}

/**
 * A printed list of people → participants. Names and their qualifiers alternate as minutes
 * print them: "Susanne Eilersen, O, Mette Linnet, V" (party letters), "Mads Skau, Haderslev
 * Kommune" (organisations), "Michael Haslund, PLO (Fravær)" (absence), or names alone.
 */
export function parsePeople(text: string): Participant[] {
  const people: Participant[] = [];
  for (const raw of text.split(/[,;]|\s+og\s+(?=[A-ZÆØÅ])/)) {
    if (!raw.trim()) continue;
    const token = readToken(raw.trim());
    const last = people[people.length - 1];
    if (isQualifier(token.rest)) {
      if (last) qualify(last, token);
      continue;
    }
    if (!/\p{L}/u.test(token.rest) || token.rest.length > 80) continue;
    people.push({
      name: token.rest,
      party: token.party,
      organization: token.organization,
      role: token.role,
      absent: token.absent,
    });
  }
  return people;
}

const ROLE_AFTER_NAME = /^(?<name>.{1,200}?)(?:\s+[-–]|\s*,)\s*(?<role>\S.*)$/;

/**
 * One printed person → participant: "Lolan Ottesen (A) - formand", "Bo Prøvesen (V) (Afbud)",
 * "Mie Hansen, formand". What follows a dash or comma is the role when a party was printed
 * before it or when it is a known role; otherwise it stays part of the name.
 */
export function parsePerson(text: string, defaults: { role?: string | null; absent?: boolean } = {}): Participant {
  const token = readToken(text.trim());
  let name = token.rest;
  let role = token.role;
  const after = ROLE_AFTER_NAME.exec(name);
  if (after?.groups && (token.party !== null || isRole(after.groups.role))) {
    name = after.groups.name.trim();
    role ??= after.groups.role.trim();
  }
  return {
    name,
    party: token.party,
    organization: token.organization,
    role: role ?? defaults.role ?? null,
    absent: token.absent || defaults.absent === true,
  };
}

/** A printed person as an item's absentee ({ name, party }). */
export function parseAbsentName(text: string): Absentee {
  const person = parsePerson(text);
  return { name: person.name, party: person.party };
}

/** "Afbud: A, B", "Fraværende: C", "Ikke til stede: D (A)": a line naming who was absent. */
const ABSENTEE_LINE = /^(?:afbud|fraværende|fravær|ikke til stede|forfald)\s*:\s*(?<names>\S.*)$/i;

/**
 * Takes the lines naming absentees ("Afbud: …", "Fraværende: …") out of a text (a decision),
 * as the absentees they name.
 */
export function splitAbsenteeLines(text: string): { text: string; absent: Absentee[] } {
  const absent: Absentee[] = [];
  const kept: string[] = [];
  for (const line of text.split(/\n/)) {
    const match = ABSENTEE_LINE.exec(line.trim());
    if (!match?.groups) {
      kept.push(line);
      continue;
    }
    for (const name of match.groups.names.split(/\s*(?:,|\bog\b)\s*/)) {
      const clean = name.replace(/\.$/, '').trim();
      if (clean !== '') absent.push(parseAbsentName(clean));
    }
  }
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    absent,
  };
}
