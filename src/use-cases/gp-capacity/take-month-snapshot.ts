/**
 * takeMonthSnapshot: the history's snapshot of a board for one month, made from its current state
 * (domain/gp-capacity.ts `snapshotOf`) and saved over that month's earlier one. Called inside the
 * transaction of each change of a board (an import, a vacancy's outcome); no permission of its own.
 */
import type { Tx } from '../../db/client.js';
import { loadBoardState, saveSnapshots } from '../../db/stores/gp-capacity.js';
import { type MonthSnapshot, snapshotOf } from '../../domain/gp-capacity.js';

export async function takeMonthSnapshot(tx: Tx, boardId: number, month: string): Promise<MonthSnapshot> {
  const snapshot = snapshotOf(await loadBoardState(tx, boardId), month);
  await saveSnapshots(tx, boardId, [snapshot]);
  return snapshot;
}
