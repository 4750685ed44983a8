/**
 * importGpBoards: GP capacity boards (lægedækning) from CSV (`protokol gp import FILE`, or the
 * secretariat's upload): one row per practice (ydernummer), with its health council, the national
 * model's possible number of GPs and its source and the date the data hold for (the same on every
 * row of a council), its planning area, name, GPs, capacity (the differentiated number of
 * patients), patients listed, open or closed for new patients, the day a vacancy's clock started
 * (empty when not vacant) and, optionally, its owners (for the rule of at most three ydernumre).
 * Semicolons (Danish Excel) or commas between the fields.
 *
 *   sundhedsråd;mulige_læger;kilde;dato;område;ydernummer;navn;læger;kapacitet;tilmeldte;åben;vakant_fra;ejere
 *   region-syddanmark--sundhedsraad-soenderjylland;120;Fordelingsmodellen 2026;2026-03-01;Tønder;012345;Lægerne i Tønder;3;4.800;4.750;nej;;Anna Holm|Bo Ravn
 *
 * All or nothing: each row is checked with zod and every problem is named with its row (the header
 * is row 1) and column; nothing is saved while there is one. Each council's areas and practices are
 * replaced whole; a vacancy not registered before is added with its deadline; the month of the
 * data's date gets the council's snapshot.
 *
 * Who may call it: the command line (actor null), and a secretariat of every council in the file
 * (`edit_meeting` there) or an admin. Returns the councils saved, or the problems.
 */
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { findCouncilsBySlug, ownedPracticesElsewhere, saveBoard } from '../../db/stores/gp-capacity.js';
import { parseCsv } from '../../domain/csv.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import {
  GP_LIMITS,
  isPracticeNumber,
  MAX_PRACTICES_PER_OWNER,
  monthOf,
  ownersOf,
  ownersOverLimit,
  vacancyDeadline,
} from '../../domain/gp-capacity.js';
import type { Actor } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';
import { mayActFor } from '../projects/access.js';
import { takeMonthSnapshot } from './take-month-snapshot.js';

/** The columns, in the order the documentation gives them; `ejere` may be left out. */
export const GP_COLUMNS = [
  'sundhedsråd',
  'mulige_læger',
  'kilde',
  'dato',
  'område',
  'ydernummer',
  'navn',
  'læger',
  'kapacitet',
  'tilmeldte',
  'åben',
  'vakant_fra',
  'ejere',
] as const;
type Column = (typeof GP_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly Column[] = ['ejere'];

export interface GpProblem {
  /** The CSV row (the header is row 1); null: the file as a whole. */
  row: number | null;
  /** The column the problem is in, when it is one. */
  column: Column | null;
  text: string;
}

export type ImportGpBoardsResult =
  | { ok: true; boards: { slug: string; name: string; practices: number; newVacancies: number }[] }
  | { ok: false; problems: GpProblem[] };

const YES = new Set(['ja', 'j', 'x', '1', 'åben', 'true']);
const NO = new Set(['nej', 'n', '0', 'lukket', 'false']);

/** A whole number ≥ 0 as Danes write it ("4800" or "4.800"). */
const count = z.string().transform((value, ctx) => {
  if (/^\d{1,7}$/.test(value) || /^\d{1,3}(?:\.\d{3}){1,2}$/.test(value)) {
    const number = Number(value.replace(/\./g, ''));
    if (number <= GP_LIMITS.countMax) return number;
  }
  ctx.addIssue({ code: 'custom', message: `»${value}« er ikke et helt tal på 0 eller derover (skriv fx 4.800)` });
  return z.NEVER;
});
const DATE_HINT = 'er ikke en dato (skriv fx 2026-03-01)';
const day = z.string().refine(isCalendarDate, { error: (issue) => `»${issue.input}« ${DATE_HINT}` });
const optionalDay = z
  .string()
  .refine((value) => value === '' || isCalendarDate(value), { error: (issue) => `»${issue.input}« ${DATE_HINT}` })
  .transform((value) => value || null);
const required = (what: string) =>
  z.string().min(1, `${what} mangler`).max(GP_LIMITS.nameMax, `${what} er for lang (højst ${GP_LIMITS.nameMax} tegn)`);

/** One row's cells, checked and read. */
const GpRow = z.object({
  sundhedsråd: z.string().min(1, 'sundhedsrådet mangler (skriv dets adresse-navn som i /organ/…)'),
  mulige_læger: count,
  kilde: required('kilden til det mulige antal læger'),
  dato: day,
  område: required('planlægningsområdet'),
  ydernummer: z.string().refine(isPracticeNumber, {
    message: 'ydernummeret skal være cifre (1–10, fx 012345)',
  }),
  navn: required('praksissens navn'),
  læger: count,
  kapacitet: count,
  tilmeldte: count,
  åben: z.string().transform((value, ctx) => {
    const word = value.toLowerCase();
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
    ctx.addIssue({ code: 'custom', message: `»${value}«: skriv ja (åben for nye patienter) eller nej (lukket)` });
    return z.NEVER;
  }),
  vakant_fra: optionalDay,
  ejere: z
    .string()
    .transform(ownersOf)
    .refine((owners) => owners.length <= GP_LIMITS.ownersMax, {
      message: `højst ${GP_LIMITS.ownersMax} ejere (adskilt af |)`,
    }),
});
type GpRowValue = z.infer<typeof GpRow> & { row: number };

/** The header's delimiter: a semicolon when the first line has one, else a comma. */
const delimiterOf = (text: string) => ((text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',');

/** Each row read, or its problems named by row and column. */
function readRows(records: Record<string, string>[], problems: GpProblem[]): GpRowValue[] {
  const rows: GpRowValue[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    const parsed = GpRow.safeParse({ ejere: '', ...cells });
    if (parsed.success) rows.push({ ...parsed.data, row });
    else
      for (const issue of parsed.error.issues)
        problems.push({ row, column: issue.path[0] as Column, text: issue.message });
  });
  return rows;
}

interface CouncilRows {
  slug: string;
  rows: GpRowValue[];
}

/** The council's fields of every row (as written) must agree with its first row in the file. */
function checkCouncilFields(records: Record<string, string>[], problems: GpProblem[]): void {
  const first = new Map<string, { row: number; cells: Record<string, string> }>();
  records.forEach((cells, i) => {
    const row = i + 2;
    const earlier = first.get(cells.sundhedsråd);
    if (!earlier) {
      first.set(cells.sundhedsråd, { row, cells });
      return;
    }
    for (const column of ['mulige_læger', 'kilde', 'dato'] as const)
      if (cells[column] !== earlier.cells[column])
        problems.push({
          row,
          column,
          text: `»${cells[column]}«, men »${earlier.cells[column]}« i række ${earlier.row} for samme sundhedsråd`,
        });
  });
}

/** The rows by council, in the order first met. */
function byCouncil(rows: GpRowValue[]): CouncilRows[] {
  const councils = new Map<string, CouncilRows>();
  for (const row of rows) {
    const council = councils.get(row.sundhedsråd) ?? { slug: row.sundhedsråd, rows: [] };
    council.rows.push(row);
    councils.set(row.sundhedsråd, council);
  }
  return [...councils.values()];
}

/** Practice numbers once in the file; a vacancy's clock not after the data's date. */
function checkPractices(rows: GpRowValue[], problems: GpProblem[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const earlier = seen.get(row.ydernummer);
    if (earlier !== undefined)
      problems.push({ row: row.row, column: 'ydernummer', text: `ydernummeret står også i række ${earlier}` });
    else seen.set(row.ydernummer, row.row);
    if (row.vakant_fra !== null && row.vakant_fra > row.dato)
      problems.push({
        row: row.row,
        column: 'vakant_fra',
        text: `uret kan ikke starte (${row.vakant_fra}) efter datoen for tallene (${row.dato})`,
      });
  }
}

/** Owners of more than three ydernumre, counting the practices stored for the other councils. */
async function checkOwners(db: Db, rows: GpRowValue[], councilIds: number[], problems: GpProblem[]) {
  if (!rows.some((row) => row.ejere.length > 0)) return;
  const elsewhere = await ownedPracticesElsewhere(db, councilIds);
  const file = rows.map((row) => ({ number: row.ydernummer, owners: row.ejere }));
  for (const over of ownersOverLimit([...elsewhere, ...file])) {
    const key = over.owner.toLocaleLowerCase('da');
    const last = [...rows].reverse().find((row) => row.ejere.some((owner) => owner.toLocaleLowerCase('da') === key));
    problems.push({
      row: last?.row ?? null,
      column: 'ejere',
      text: `»${over.owner}« ville eje ${over.numbers.length} ydernumre (${over.numbers.join(', ')}); én læge må højst eje ${MAX_PRACTICES_PER_OWNER}`,
    });
  }
}

/** Each council must exist, be a health council and be one the actor may act for. */
async function findCouncils(db: Db, councils: CouncilRows[], actor: Actor | null, problems: GpProblem[]) {
  const found = await findCouncilsBySlug(
    db,
    councils.map((council) => council.slug),
  );
  for (const council of councils) {
    const body = found.get(council.slug);
    const row = council.rows[0].row;
    if (!body)
      problems.push({
        row,
        column: 'sundhedsråd',
        text: `»${council.slug}« findes ikke (skriv sundhedsrådets adresse-navn som i /organ/…, fx region-syddanmark--sundhedsraad-soenderjylland)`,
      });
    else if (!body.isHealthCouncil)
      problems.push({ row, column: 'sundhedsråd', text: `»${body.name}« er ikke et sundhedsråd` });
    else if (!mayActFor(actor, [body.id]))
      problems.push({ row, column: 'sundhedsråd', text: `du er ikke sekretariat for ${body.name}` });
  }
  return found;
}

type SavedBoard = Extract<ImportGpBoardsResult, { ok: true }>['boards'][number];

/** Saves one council's board, its month's snapshot and the audit entry. */
async function saveCouncil(
  tx: Tx,
  council: CouncilRows,
  body: { id: number; name: string },
  auditActor: AuditActor,
): Promise<SavedBoard> {
  const first = council.rows[0];
  const saved = await saveBoard(tx, {
    bodyId: body.id,
    possibleGps: first.mulige_læger,
    possibleSource: first.kilde,
    dataOn: first.dato,
    isFictitious: false,
    userId: auditActor.userId,
    areas: [...new Set(council.rows.map((row) => row.område))],
    practices: council.rows.map((row) => ({
      number: row.ydernummer,
      name: row.navn,
      area: row.område,
      gps: row.læger,
      capacity: row.kapacitet,
      patients: row.tilmeldte,
      isOpen: row.åben,
      owners: row.ejere,
    })),
    vacancies: council.rows.flatMap((row) =>
      row.vakant_fra === null
        ? []
        : [
            {
              practiceNumber: row.ydernummer,
              practiceName: row.navn,
              areaName: row.område,
              clockStartsOn: row.vakant_fra,
              deadlineOn: vacancyDeadline(row.vakant_fra),
            },
          ],
    ),
  });
  const snapshot = await takeMonthSnapshot(tx, saved.boardId, monthOf(first.dato));
  await recordAuditEntry(tx, {
    actor: auditActor,
    action: 'gp_board.import',
    entity: 'gp_board',
    entityId: saved.boardId,
    before: null,
    after: { body: council.slug, dataOn: first.dato, ...snapshot, newVacancies: saved.newVacancies },
  });
  return { slug: council.slug, name: body.name, practices: council.rows.length, newVacancies: saved.newVacancies };
}

/** Reads, checks and (when nothing is wrong) saves the councils' boards from the CSV's text. */
export async function importGpBoards({
  db,
  text,
  actor,
  auditActor,
}: {
  db: Db;
  text: string;
  /** Null: the command line. */
  actor: Actor | null;
  auditActor: AuditActor;
}): Promise<ImportGpBoardsResult> {
  const clean = text.replace(/^\uFEFF/, '');
  const records = parseCsv(clean, delimiterOf(clean));
  if (records.length === 0)
    return { ok: false, problems: [{ row: null, column: null, text: 'filen har ingen rækker under overskriften' }] };
  const header = Object.keys(records[0]);
  const missing = GP_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.includes(column) && !header.includes(column));
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          text: `overskriften mangler ${missing.map((m) => `»${m}«`).join(', ')} (kolonnerne: ${GP_COLUMNS.join(';')})`,
        },
      ],
    };
  const problems: GpProblem[] = [];
  const rows = readRows(records, problems);
  checkCouncilFields(records, problems);
  checkPractices(rows, problems);
  const councils = byCouncil(rows);
  const found = await findCouncils(db, councils, actor, problems);
  await checkOwners(
    db,
    rows,
    councils.flatMap((council) => found.get(council.slug)?.id ?? []),
    problems,
  );
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  return db.transaction(async (tx) => {
    const boards: SavedBoard[] = [];
    for (const council of councils) boards.push(await saveCouncil(tx, council, found.get(council.slug)!, auditActor));
    return { ok: true, boards } as const;
  });
}
