/** Keys and frames for tests: Region Syddanmark's four health councils and a key over them as CSV. */
import type { Db } from '../../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createFrame } from '../../src/use-cases/frames/create-frame.js';
import { importKey } from '../../src/use-cases/frames/import-key.js';

export const COUNCILS = ['soenderjylland', 'fyn', 'lillebaelt', 'sydvestjylland'].map(
  (name) => `region-syddanmark--sundhedsraad-${name}`,
);

/** A key of disease-weighted citizens: Sønderjylland 19.5 % (cited), the others fictitious. */
export const KEY_CSV = [
  'nøgle;art;kilde;dato;modtager;vægt;fiktiv',
  `Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;${COUNCILS[0]};19,5;nej`,
  `Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;${COUNCILS[1]};38,2;ja`,
  `Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;${COUNCILS[2]};22,6;ja`,
  `Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;${COUNCILS[3]};19,7;ja`,
].join('\r\n');

/** Imports KEY_CSV and creates a 2.5 M DKK frame by it, decided by `decidingBodyId` (reference data loaded). */
export async function seedFrame(
  db: Db,
  input: { ownerId: number; decidingBodyId: number; decisionItemId?: number | null; title?: string },
): Promise<{ frameId: number; versionId: number }> {
  const key = await importKey({ db, text: KEY_CSV, actor: COMMAND_LINE_ACTOR });
  if (!key.ok) throw new Error(JSON.stringify(key.problems));
  const frame = await createFrame({
    db,
    title: input.title ?? 'Kulturprojekter 2026',
    purpose: 'Kultur og sundhed.',
    conditions: 'Årlig status til sundhedsrådet.',
    ownerId: input.ownerId,
    decidingBodyId: input.decidingBodyId,
    decisionItemId: input.decisionItemId ?? null,
    totalOre: 250_000_000n,
    fromYear: 2026,
    toYear: 2026,
    keyVersionId: key.versionId,
    actor: null,
    auditActor: COMMAND_LINE_ACTOR,
  });
  if (!frame.ok) throw new Error(JSON.stringify(frame.problems));
  return { frameId: frame.frameId, versionId: key.versionId };
}
