/**
 * importKey: a key version from CSV (`protokol key import FILE`): one row per recipient, the key's
 * name, kind, source and date on every row (the same on each), the recipient as its address name
 * (a body's slug as in /organ/…, or a publisher's as in /udgiver/…), its weight and whether the
 * weight is a fictitious demo value. Semicolons (Danish Excel) or commas between the fields.
 *
 *   nøgle;art;kilde;dato;modtager;vægt;fiktiv
 *   Sygdomsvægtede borgere;sygdomsvægtede borgere;Region Syddanmark, budget 2026;2025-09-15;region-syddanmark--sundhedsraad-soenderjylland;19,5;nej
 *
 * All or nothing: every problem is named with its row (the header is row 1), and nothing is saved
 * while there is one. The key is found by its name's slug; each import is its next version.
 *
 * Who may call it: the command line (the server's operators). Returns the version, or the problems.
 */
import type { Db } from '../../db/client.js';
import { findRecipientsBySlug, insertKeyVersion, type RecipientWeight } from '../../db/stores/frames.js';
import { normalizeWeight, weightsOf } from '../../domain/allocation.js';
import { KEY_KINDS, type KeyKind, type RecipientId, recipientKey } from '../../domain/allocation-key.js';
import { parseCsv } from '../../domain/csv.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { slugify } from '../../domain/slug.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export const KEY_COLUMNS = ['nøgle', 'art', 'kilde', 'dato', 'modtager', 'vægt', 'fiktiv'] as const;

/** The kind column's words (Danish, or the code's names). */
const KIND_WORDS: Record<string, KeyKind> = {
  'sygdomsvægtede borgere': 'disease_weighted_citizens',
  befolkning: 'population',
  indbyggere: 'population',
  'lige andele': 'equal_shares',
  'egen nøgle': 'custom',
  anden: 'custom',
  ...Object.fromEntries(KEY_KINDS.map((kind) => [kind, kind])),
};
const YES = new Set(['ja', 'j', 'x', '1', 'true']);
const NO = new Set(['nej', 'n', '', '0', 'false']);

export interface KeyProblem {
  /** The CSV row (the header is row 1); null: the file as a whole. */
  row: number | null;
  text: string;
}

export type ImportKeyResult =
  | { ok: true; name: string; slug: string; version: number; versionId: number; recipients: number }
  | { ok: false; problems: KeyProblem[] };

interface Row {
  row: number;
  cells: Record<string, string>;
}

/** The header's delimiter: a semicolon when the first line has one, else a comma. */
const delimiterOf = (text: string) => ((text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',');

/** The fields every row must agree on, checked against the first row. */
function keyFields(rows: Row[], problems: KeyProblem[]) {
  const first = rows[0].cells;
  for (const { row, cells } of rows.slice(1)) {
    for (const column of ['nøgle', 'art', 'kilde', 'dato'] as const) {
      if (cells[column] !== first[column])
        problems.push({ row, text: `»${column}« er »${cells[column]}«, men »${first[column]}« i række 2` });
    }
  }
  const kind = KIND_WORDS[first.art.toLowerCase()];
  if (!first.nøgle) problems.push({ row: 2, text: 'nøglens navn mangler (kolonnen »nøgle«)' });
  if (!kind)
    problems.push({
      row: 2,
      text: `ukendt art »${first.art}« (skriv sygdomsvægtede borgere, befolkning, lige andele eller egen nøgle)`,
    });
  if (!first.kilde) problems.push({ row: 2, text: 'kilden mangler (kolonnen »kilde«: hvor vægtene kommer fra)' });
  if (!isCalendarDate(first.dato))
    problems.push({ row: 2, text: `datoen »${first.dato}« er ikke en dato (skriv fx 2025-09-15)` });
  return { name: first.nøgle, kind, source: first.kilde, sourceOn: first.dato };
}

/** Each row's recipient, weight and fictitious flag; the problems of those that are wrong. */
async function weightRows(db: Db, rows: Row[], kind: KeyKind | undefined, problems: KeyProblem[]) {
  const found = await findRecipientsBySlug(db, [...new Set(rows.map((r) => r.cells.modtager))]);
  const seen = new Map<string, number>();
  const weights: RecipientWeight[] = [];
  for (const { row, cells } of rows) {
    const slug = cells.modtager;
    const body = found.bodies.get(slug);
    const publisher = found.publishers.get(slug);
    let recipient: RecipientId | null = null;
    if (!slug) problems.push({ row, text: 'modtageren mangler (kolonnen »modtager«)' });
    else if (body !== undefined && publisher !== undefined)
      problems.push({ row, text: `»${slug}« er både et organ og en udgiver: skriv organets fulde adresse-navn` });
    else if (body !== undefined) recipient = { kind: 'body', id: body };
    else if (publisher !== undefined) recipient = { kind: 'publisher', id: publisher };
    else
      problems.push({
        row,
        text: `modtageren »${slug}« findes ikke (skriv organets adresse-navn som i /organ/…, fx region-syddanmark--sundhedsraad-soenderjylland, eller udgiverens som i /udgiver/…)`,
      });
    if (recipient) {
      const earlier = seen.get(recipientKey(recipient));
      if (earlier !== undefined) problems.push({ row, text: `modtageren »${slug}« står også i række ${earlier}` });
      seen.set(recipientKey(recipient), row);
    }
    const text = cells.vægt === '' && kind === 'equal_shares' ? '1' : cells.vægt;
    const weight = weightsOf([text]) ? normalizeWeight(text) : null;
    if (weight === null)
      problems.push({ row, text: `vægten »${cells.vægt}« er ikke et tal på 0 eller derover (skriv fx 19,5)` });
    const fictitious = cells.fiktiv.toLowerCase();
    if (!YES.has(fictitious) && !NO.has(fictitious))
      problems.push({ row, text: `»fiktiv« er »${cells.fiktiv}«: skriv ja eller nej` });
    if (recipient && weight !== null) weights.push({ recipient, weight, isFictitious: YES.has(fictitious) });
  }
  if (problems.length === 0 && weights.every((w) => weightsOf([w.weight])![0] === 0n))
    problems.push({ row: null, text: 'alle vægte er 0: mindst én skal være over 0' });
  return weights;
}

/** Reads, checks and (when nothing is wrong) saves one key version from the CSV's text. */
export async function importKey({
  db,
  text,
  actor,
}: {
  db: Db;
  text: string;
  actor: AuditActor;
}): Promise<ImportKeyResult> {
  const clean = text.replace(/^\uFEFF/, '');
  const records = parseCsv(clean, delimiterOf(clean));
  const header = Object.keys(records[0] ?? {});
  const missing = KEY_COLUMNS.filter((column) => !header.includes(column));
  if (records.length === 0)
    return { ok: false, problems: [{ row: null, text: 'filen har ingen rækker under overskriften' }] };
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        {
          row: 1,
          text: `overskriften mangler ${missing.map((m) => `»${m}«`).join(', ')} (kolonnerne: ${KEY_COLUMNS.join(';')})`,
        },
      ],
    };
  const rows = records.map((cells, i) => ({ row: i + 2, cells }));
  const problems: KeyProblem[] = [];
  const key = keyFields(rows, problems);
  const weights = await weightRows(db, rows, key.kind, problems);
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  const slug = slugify(key.name);
  return db.transaction(async (tx) => {
    const saved = await insertKeyVersion(tx, { ...key, slug, isFictitiousKey: false, kind: key.kind!, weights });
    await recordAuditEntry(tx, {
      actor,
      action: 'key_version.import',
      entity: 'allocation_key',
      entityId: saved.keyId,
      before: null,
      after: {
        name: key.name,
        version: saved.version,
        kind: key.kind,
        source: key.source,
        sourceOn: key.sourceOn,
        recipients: weights.length,
      },
    });
    return {
      ok: true,
      name: key.name,
      slug,
      version: saved.version,
      versionId: saved.versionId,
      recipients: weights.length,
    } as const;
  });
}
