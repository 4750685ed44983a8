/**
 * The demo set's processes (fictitious, marked so): Sundhedsråd Fjordby's nærsundhedsplan from the
 * template — its process plan and the hearing draft linked to the demo minutes' items, whose
 * decisions set them done — linked to the demo plan when the plans' demo set has one; and the
 * biennial framework agreement chain across five bodies (the council in Protokol, Socialdirektørforum,
 * K22, KKR Syddanmark, three councils named only) with the regional council's adoption overdue in
 * December 2026. Loaded with the demo minutes, removed with them (`protokol demo remove`).
 */
import type { Db } from '../../db/client.js';
import {
  findBodiesBySlug,
  findFictitiousPlanId,
  findItemsByTitle,
  listFictitiousProcessIds,
  loadProcess,
  removeFictitiousProcesses,
} from '../../db/stores/processes.js';
import { COMMAND_LINE_ACTOR } from '../audit/record-audit-entry.js';
import { completeProcessStep } from './complete-process-step.js';
import { scheduleProcessStep } from './schedule-process-step.js';
import { startProcess } from './start-process.js';

const FJORDBY = 'region-syddanmark--sundhedsraad-fjordby';
const actors = { actor: null, auditActor: COMMAND_LINE_ACTOR };

/** The nærsundhedsplan's steps and the demo items that treated them. */
const TREATED: [step: string, item: string][] = [
  ['Procesplan og visioner', 'Procesplan for nærsundhedsplanen'],
  ['Høring af udkast', 'Udkast til nærsundhedsplan 2027-2030 sendes i høring'],
];

/** Loads the demo processes (once); false when the demo council is missing. */
export async function loadDemoProcesses({ db }: { db: Db }): Promise<boolean> {
  if ((await listFictitiousProcessIds(db)).length > 0) return true;
  const council = (await findBodiesBySlug(db, [FJORDBY])).get(FJORDBY);
  if (!council) return false;
  const plan = await startProcess({
    db,
    templateKey: 'naersundhedsplan',
    startsOn: '2026-05-01',
    ownerBodyId: council.id,
    title: 'Nærsundhedsplan 2027–2030 for Fjordby-området',
    picks: new Map([['patients', [{ outsideName: 'Patient- og pårørendeudvalget i Region Syddanmark' }]]]),
    planId: await findFictitiousPlanId(db, 'local_health_plan'),
    isFictitious: true,
    ...actors,
  });
  if (!plan.ok) throw new Error(`Demo process refused: ${JSON.stringify(plan.problems)}`);
  const items = await findItemsByTitle(
    db,
    council.id,
    TREATED.map(([, item]) => item),
  );
  const steps = (await loadProcess(db, plan.processId))?.steps ?? [];
  for (const [title, item] of TREATED) {
    const step = steps.find((s) => s.title === title);
    const itemId = items.get(item);
    if (step && itemId !== undefined) await scheduleProcessStep({ db, stepId: step.id, target: { itemId }, ...actors });
  }
  await loadDemoFrameworkAgreement(db, council.id);
  return true;
}

async function loadDemoFrameworkAgreement(db: Db, councilId: number): Promise<void> {
  const chain = await startProcess({
    db,
    templateKey: 'rammeaftale',
    startsOn: '2026-01-01',
    ownerBodyId: councilId,
    picks: new Map([
      ['input', [{ bodyId: councilId }, { outsideName: 'Handicaprådet i Fjordby Kommune' }]],
      ['kkr', [{ outsideName: 'KKR Syddanmark' }]],
      [
        'councils',
        [
          { outsideName: 'Kommunalbestyrelsen i Fjordby Kommune' },
          { outsideName: 'Kommunalbestyrelsen i Havnby Kommune' },
          { outsideName: 'Regionsrådet i Region Syddanmark' },
        ],
      ],
    ]),
    isFictitious: true,
    ...actors,
  });
  if (!chain.ok) throw new Error(`Demo process refused: ${JSON.stringify(chain.problems)}`);
  const steps = (await loadProcess(db, chain.processId))?.steps ?? [];
  // Done up to KKR and in two of the three councils; the regional council's adoption (due 30 November) is not.
  const done = steps.filter((s) => s.action !== 'adoption' && s.action !== 'sending_on');
  done.push(...steps.filter((s) => s.action === 'adoption' && !s.bodyName.startsWith('Regionsrådet')));
  for (const step of done) {
    await completeProcessStep({ db, stepId: step.id, now: new Date('2026-11-20T12:00:00Z'), ...actors });
  }
}

/** Removes the demo processes; how many. */
export function removeDemoProcesses({ db }: { db: Db }): Promise<number> {
  return db.transaction((tx) => removeFictitiousProcesses(tx));
}
