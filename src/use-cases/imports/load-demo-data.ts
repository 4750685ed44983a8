/**
 * The demo set: fictitious minutes that the project writes itself (demo/minutes/), run through the
 * real importer and marked as fictitious, so that every page has content on a fresh machine.
 * The demo bodies belong to the invented health council area "Fjordby" in Region Syddanmark,
 * which is their publisher.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/client.js';
import { DEMO_PUBLISHER } from '../../db/publishers.js';
import { countMeetings, linkDemoSuccessors, removeFictitiousRecords } from '../../db/stores/demo-store.js';
import { loadDemoAgreements, removeDemoAgreements } from '../agreements/load-demo-agreements.js'; // Investment agreements
import { loadDemoFrames, removeDemoFrames } from '../frames/load-demo-frames.js'; // Frames and keys
import { loadDemoGpCapacity, removeDemoGpCapacity } from '../gp-capacity/load-demo-gp-capacity.js'; // GP capacity
import { loadDemoPlans, removeDemoPlans } from '../plans/load-demo-plans.js'; // Plans and hearings
import { loadDemoProcesses, removeDemoProcesses } from '../processes/load-demo-processes.js'; // Processes
import {
  loadDemoProjects,
  refuseRealProjectsOnDemoFrames,
  removeDemoProjects,
} from '../projects/load-demo-projects.js'; // Grants and projects
import { importMeetings } from './import-meetings.js';

export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/minutes');

/** Imports the demo minutes (idempotent) under their publisher; the council succeeds the clusters. */
export async function loadDemoData({ db }: { db: Db }): Promise<{ meetings: number }> {
  const summary = await importMeetings({ db, paths: [DEMO_DIR], isFictitious: true, publisher: DEMO_PUBLISHER });
  const failed = summary.results.filter((r) => r.state === 'error');
  if (failed.length > 0) throw new Error(`Demo data failed to import: ${failed.map((f) => f.error).join('; ')}`);
  await linkDemoSuccessors(db);
  await loadDemoFrames({ db }); // Frames and keys: the demo frame shared by key
  await loadDemoProjects({ db }); // Grants and projects: three on the demo frame and an outside pool
  await loadDemoAgreements({ db }); // Investment agreements: two of Sundhedsråd Sønderjylland with its municipalities
  await loadDemoPlans({ db }); // Plans and hearings: the nærsundhedsplan's versions, its hearing and memo (before the processes, which link it)
  await loadDemoProcesses({ db }); // Processes (forløb): the nærsundhedsplan and a framework agreement chain
  await loadDemoGpCapacity({ db }); // GP capacity (lægedækning): Fjordby's board with a vacancy and its history
  return { meetings: summary.results.length };
}

/** Loads the demo set only into a database without any meeting; returns null when it did not. */
export async function loadDemoDataIfEmpty({ db }: { db: Db }): Promise<{ meetings: number } | null> {
  if ((await countMeetings(db)) > 0) return null;
  return loadDemoData({ db });
}

/**
 * Removes every fictitious meeting and body, and the persons, cases and source files that only
 * they referred to (so that no demo person page or document stays behind); real records are untouched.
 */
export async function removeDemoData({ db }: { db: Db }): Promise<{ meetings: number; bodies: number }> {
  await refuseRealProjectsOnDemoFrames({ db }); // a real project on the demo frame: refused, naming it, before any removal
  await removeDemoAgreements({ db }); // Investment agreements: with their reports' follow-ups
  await removeDemoProjects({ db }); // Grants and projects: before the frame they draw on
  await removeDemoFrames({ db }); // Frames and keys: before the fictitious bodies they refer to
  await removeDemoProcesses({ db }); // Processes (forløb): before the fictitious bodies they refer to
  await removeDemoPlans({ db }); // Plans and hearings: before the fictitious bodies and items they refer to
  await removeDemoGpCapacity({ db }); // GP capacity: before the fictitious council it belongs to
  return removeFictitiousRecords(db);
}
