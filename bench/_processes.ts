/**
 * A process of many steps for bench/http's process_page: the framework agreement chain with one
 * adoption step per council (a parallel group), its first steps treated by published items, so
 * that the page draws every kind of mark and link. Returns its id.
 */
import type { DbHandle } from '../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { startProcess } from '../src/use-cases/processes/start-process.js';

export async function fillProcess(handle: DbHandle, steps: number): Promise<number> {
  const [body] = await handle.query<{ id: number }>('select id from bodies order by id limit 1');
  // The chain has 5 steps of its own and one per council.
  const councils = Array.from({ length: Math.max(1, steps - 6) }, (_, i) => ({
    outsideName: `Kommunalbestyrelse ${i + 1}`,
  }));
  const started = await startProcess({
    db: handle.db,
    templateKey: 'rammeaftale',
    startsOn: '2026-01-01',
    ownerBodyId: body.id,
    picks: new Map([
      ['input', [{ outsideName: 'Handicaprådet' }, { outsideName: 'Sundhedsrådet' }]],
      ['councils', councils],
    ]),
    actor: null,
    auditActor: COMMAND_LINE_ACTOR,
  });
  if (!started.ok) throw new Error(JSON.stringify(started.problems));
  return started.processId;
}
