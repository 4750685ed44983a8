/**
 * The demo set's projects: three projects through their lifecycle. Two draw on Sundhedsråd
 * Sønderjylland's part of the demo frame (487.500 kr.): one running with a yearly report due,
 * one evaluated and taken into operation; the third is a grant from an outside pool (Fonden for
 * Almen Praksis' pulje: 818.200 kr. granted, with the cluster's own funding), run by the demo's
 * cluster and health council together, extended, its first report received. The two on the frame
 * have spent some of their grants, so the frame's picture shows spent beside committed. Where the demo minutes
 * hold a fitting meeting, the transitions are linked to its items. All fictitious, loaded with the
 * demo frame and removed before it. A real project on the demo frame stops `protokol demo remove`
 * before anything is removed, naming the projects (`refuseRealProjectsOnDemoFrames`): detaching them
 * would change where a real project's money comes from without a decision, so the secretariat moves
 * or removes them first.
 */
import type { Db } from '../../db/client.js';
import { findProject } from '../../db/queries/projects.js';
import { findRecipientsBySlug } from '../../db/stores/frames.js';
import {
  findFictitiousFrame,
  findItemOn,
  hasFictitiousProjects,
  listRealProjectsOnFictitiousFrames,
  removeFictitiousProjects,
} from '../../db/stores/projects.js';
import type { ProjectStatus } from '../../domain/project.js';
import { AppError } from '../../errors.js';
import { COMMAND_LINE_ACTOR } from '../audit/record-audit-entry.js';
import { moveProject } from './move-project.js';
import { receiveReport } from './receive-report.js';
import { recordSpending } from './record-spending.js';
import { type RegisterProjectInput, registerProject } from './register-project.js';

const SOENDERJYLLAND = 'region-syddanmark--sundhedsraad-soenderjylland';
const FJORDBY = 'region-syddanmark--sundhedsraad-fjordby';
const CLUSTER = 'region-syddanmark--sundhedsklynge-fjordby-politisk-niveau';

type ProjectFacts = Omit<RegisterProjectInput, 'db' | 'actor' | 'auditActor' | 'isFictitious'>;

interface Step {
  to: ProjectStatus;
  on: string;
  note?: string;
  grantedOre?: bigint;
  startsOn?: string;
  extendedTo?: string;
  /** The Fjordby council's meeting day and item number that decided it. */
  item?: [string, number];
}

interface DemoProject {
  facts: Omit<ProjectFacts, 'source' | 'bodyIds'>;
  steps: Step[];
  /** What the secretariat recorded as spent, after the steps. */
  spendings?: { on: string; amountOre: bigint; note: string }[];
}

const SINGING: DemoProject = {
  facts: {
    name: 'Fællessang for ensomme ældre',
    purpose: 'Ugentlig fællessang på plejecentre og i forsamlingshuse, der skal mindske ensomhed blandt ældre.',
    appliedOn: '2026-02-16',
    appliedOre: 30_000_000n,
    ownFundingOre: 5_000_000n,
    startsOn: '2026-04-01',
    endsOn: '2028-03-31',
  },
  steps: [
    {
      to: 'granted',
      on: '2026-03-16',
      grantedOre: 25_000_000n,
      note: 'Bevilget med 250.000 kr. af de ansøgte 300.000 kr.',
      item: ['2026-03-16', 4],
    },
    { to: 'running', on: '2026-04-01' },
  ],
  spendings: [{ on: '2026-06-30', amountOre: 8_500_000n, note: 'Korledere og noder, 2. kvartal 2026.' }],
};

const PRESCRIPTION: DemoProject = {
  facts: {
    name: 'Kunst på recept',
    purpose: 'Borgere med let til moderat depression henvises af egen læge til et forløb med kunst og kultur.',
    appliedOn: '2026-01-20',
    appliedOre: 20_000_000n,
    ownFundingOre: 0n,
    startsOn: '2026-02-01',
    endsOn: '2026-10-31',
  },
  steps: [
    { to: 'granted', on: '2026-01-26', item: ['2026-01-26', 4] },
    { to: 'running', on: '2026-02-01' },
    { to: 'evaluated', on: '2026-11-20', note: 'Evalueringen viser færre lægebesøg blandt deltagerne.' },
    { to: 'in_operation', on: '2026-12-07', note: 'Forløbet fortsætter i drift fra 2027.' },
  ],
  spendings: [
    { on: '2026-06-30', amountOre: 9_000_000n, note: 'Forløb og materialer, første halvår.' },
    { on: '2026-11-30', amountOre: 9_500_000n, note: 'Forløb og evaluering, andet halvår.' },
  ],
};

const POOL: DemoProject = {
  facts: {
    name: 'Klyngesamarbejde om borgere med flere kroniske sygdomme',
    purpose: 'Almen praksis, kommunerne og sygehuset koordinerer forløbet for borgere med flere kroniske sygdomme.',
    appliedOn: '2025-04-01',
    appliedOre: 81_820_000n,
    ownFundingOre: 20_000_000n,
    startsOn: '2025-09-01',
    endsOn: '2026-08-31',
    note: 'Klyngen søgte puljen og lægger selv 200.000 kr. til.',
  },
  steps: [
    { to: 'granted', on: '2025-06-20', grantedOre: 81_820_000n, note: 'Fonden bevilgede 818.200 kr.' },
    { to: 'running', on: '2025-09-01' },
    {
      to: 'extended',
      on: '2026-05-18',
      extendedTo: '2027-06-30',
      note: 'Forlænget af det strategiske niveau, til evalueringen foreligger.',
      item: ['2026-05-18', 4],
    },
  ],
};

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? String(value) : value);

/** Registers a demo project and moves it through its steps; its id. */
async function run(
  db: Db,
  fjordby: number,
  project: ProjectFacts,
  steps: Step[],
  spendings: DemoProject['spendings'] = [],
): Promise<number> {
  const registered = await registerProject({
    ...project,
    db,
    isFictitious: true,
    actor: null,
    auditActor: COMMAND_LINE_ACTOR,
  });
  if (!registered.ok) throw new Error(`Demo project refused: ${JSON.stringify(registered.problems)}`);
  for (const step of steps) {
    const moved = await moveProject({
      db,
      projectId: registered.projectId,
      to: step.to,
      decidedOn: step.on,
      decisionItemId: step.item ? await findItemOn(db, fjordby, step.item[0], step.item[1]) : null,
      note: step.note ?? null,
      grantedOre: step.grantedOre,
      startsOn: step.startsOn,
      extendedTo: step.extendedTo,
      actor: null,
      auditActor: COMMAND_LINE_ACTOR,
    });
    if (!moved.ok) throw new Error(`Demo project's step refused: ${JSON.stringify({ step, moved }, bigints)}`);
  }
  for (const spending of spendings) {
    const recorded = await recordSpending({
      db,
      projectId: registered.projectId,
      amountOre: spending.amountOre,
      spentOn: spending.on,
      note: spending.note,
      actor: null,
      auditActor: COMMAND_LINE_ACTOR,
    });
    if (!recorded.ok) throw new Error(`Demo spending refused: ${JSON.stringify(recorded, bigints)}`);
  }
  return registered.projectId;
}

/** Loads the demo projects (once); false when the demo frame or its bodies are not there. */
export async function loadDemoProjects({ db }: { db: Db }): Promise<boolean> {
  if (await hasFictitiousProjects(db)) return true;
  const frame = await findFictitiousFrame(db);
  const found = await findRecipientsBySlug(db, [SOENDERJYLLAND, FJORDBY, CLUSTER]);
  const council = found.bodies.get(SOENDERJYLLAND);
  const fjordby = found.bodies.get(FJORDBY);
  const position = frame?.positions.get(SOENDERJYLLAND);
  if (!frame || council === undefined || fjordby === undefined || position === undefined) return false;
  const cluster = found.bodies.get(CLUSTER);
  const onFrame = { kind: 'frame', frameId: frame.frameId, position } as const;
  for (const demo of [SINGING, PRESCRIPTION])
    await run(db, fjordby, { ...demo.facts, source: onFrame, bodyIds: [council] }, demo.steps, demo.spendings);
  const poolProject = await run(
    db,
    fjordby,
    {
      ...POOL.facts,
      source: { kind: 'pool', poolName: "Fonden for Almen Praksis' pulje" },
      bodyIds: cluster === undefined ? [fjordby] : [cluster, fjordby],
    },
    POOL.steps,
  );
  const [first] = (await findProject(db, poolProject))?.reports ?? [];
  if (!first) throw new Error('The demo pool project has no status report due');
  await receiveReport({
    db,
    projectId: poolProject,
    reportId: first.id,
    receivedOn: '2026-08-25',
    body: 'Projektet har samlet 14 praksis og 3 kommuner. 212 borgere har fået en fælles forløbsplan.',
    documentUrl: null,
    actor: null,
    auditActor: COMMAND_LINE_ACTOR,
  });
  return true;
}

/** Removes the demo projects (before the demo frame they draw on); how many. */
export function removeDemoProjects({ db }: { db: Db }): Promise<number> {
  return db.transaction((tx) => removeFictitiousProjects(tx));
}

/**
 * Throws a conflict naming the real (not demo) projects that draw on a demo frame: the demo set
 * cannot be removed under them. Called before anything of the demo set is removed.
 */
export async function refuseRealProjectsOnDemoFrames({ db }: { db: Db }): Promise<void> {
  const real = await listRealProjectsOnFictitiousFrames(db);
  if (real.length === 0) return;
  const names = real.map((project) => `»${project.name}« (/projekt/${project.id})`).join(', ');
  throw new AppError(
    'conflict',
    `demodata kan ikke fjernes: ${real.length === 1 ? 'projektet' : 'projekterne'} ${names} trækker på demorammen. Flyt ${real.length === 1 ? 'det' : 'dem'} til en anden ramme eller pulje, eller slet ${real.length === 1 ? 'det' : 'dem'}, og prøv igen.`,
  );
}
