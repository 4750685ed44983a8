/**
 * The demo set's GP capacity board: the invented Sundhedsråd Fjordby's planning areas, practices
 * (ydernumre with invented numbers and names), one vacancy whose clock started in January 2026,
 * and six months of history — every figure fictitious and marked so (the board is demo data, shown
 * with the fictitious notice). Loaded with the demo minutes, removed with them (`protokol demo remove`).
 */
import type { Db } from '../../db/client.js';
import {
  findCouncilsBySlug,
  hasFictitiousBoards,
  removeFictitiousBoards,
  saveBoard,
  saveSnapshots,
} from '../../db/stores/gp-capacity.js';
import { vacancyDeadline } from '../../domain/gp-capacity.js';
import { takeMonthSnapshot } from './take-month-snapshot.js';

const COUNCIL = 'region-syddanmark--sundhedsraad-fjordby';
const AREAS = ['Fjordby Nord', 'Fjordby Syd', 'Øerne'];
/** Invented practices: area, number, name, GPs, capacity, patients, open for new patients. */
const PRACTICES = [
  ['Fjordby Nord', '990101', 'Lægerne ved Havnen (fiktiv)', 4, 6_400, 6_350, false],
  ['Fjordby Nord', '990102', 'Lægehuset Bakken (fiktiv)', 3, 4_800, 4_300, true],
  ['Fjordby Nord', '990103', 'Lægen i Skovby (fiktiv)', 1, 1_600, 1_590, false],
  ['Fjordby Syd', '990201', 'Sundhedshuset Syd (fiktiv)', 5, 8_000, 7_200, true],
  ['Fjordby Syd', '990202', 'Lægerne i Engby (fiktiv)', 2, 3_200, 3_180, false],
  ['Øerne', '990301', 'Ølægen (fiktiv)', 0, 1_400, 0, false],
  ['Øerne', '990302', 'Lægehuset Færgen (fiktiv)', 1, 1_500, 1_100, true],
] as const;
const VACANT = { number: '990301', since: '2026-01-15' };
/** The months before the current one: actual GPs falling as a practice fell vacant. */
const HISTORY = [
  { month: '2025-10', actualGps: 17, practicesOpen: 3, practicesClosed: 4, vacanciesOpen: 0 },
  { month: '2025-11', actualGps: 17, practicesOpen: 3, practicesClosed: 4, vacanciesOpen: 0 },
  { month: '2025-12', actualGps: 17, practicesOpen: 2, practicesClosed: 5, vacanciesOpen: 0 },
  { month: '2026-01', actualGps: 16, practicesOpen: 2, practicesClosed: 5, vacanciesOpen: 1 },
  { month: '2026-02', actualGps: 16, practicesOpen: 3, practicesClosed: 4, vacanciesOpen: 1 },
];
const POSSIBLE = 19;
const DATA_ON = '2026-03-01';

/** Loads the demo board (once); false when the demo council is not there. */
export async function loadDemoGpCapacity({ db }: { db: Db }): Promise<boolean> {
  if (await hasFictitiousBoards(db)) return true;
  const council = (await findCouncilsBySlug(db, [COUNCIL])).get(COUNCIL);
  if (!council) return false;
  await db.transaction(async (tx) => {
    const vacant = PRACTICES.find((practice) => practice[1] === VACANT.number)!;
    const { boardId } = await saveBoard(tx, {
      bodyId: council.id,
      possibleGps: POSSIBLE,
      possibleSource: 'Fiktivt demotal, ikke fra den nationale fordelingsmodel',
      dataOn: DATA_ON,
      isFictitious: true,
      userId: null,
      areas: AREAS,
      practices: PRACTICES.map(([area, number, name, gps, capacity, patients, isOpen]) => ({
        area,
        number,
        name,
        gps,
        capacity,
        patients,
        isOpen,
        owners: [],
      })),
      vacancies: [
        {
          practiceNumber: VACANT.number,
          practiceName: vacant[2],
          areaName: vacant[0],
          clockStartsOn: VACANT.since,
          deadlineOn: vacancyDeadline(VACANT.since),
        },
      ],
    });
    await saveSnapshots(
      tx,
      boardId,
      HISTORY.map((month) => ({ ...month, possibleGps: POSSIBLE })),
    );
    await takeMonthSnapshot(tx, boardId, DATA_ON.slice(0, 7));
  });
  return true;
}

/** Removes the demo boards (with their areas, practices, vacancies and history); how many. */
export function removeDemoGpCapacity({ db }: { db: Db }): Promise<number> {
  return db.transaction((tx) => removeFictitiousBoards(tx));
}
