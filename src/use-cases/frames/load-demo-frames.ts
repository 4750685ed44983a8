/**
 * The demo set's frame: 2.5 M DKK of Region Syddanmark for culture projects in health, shared over
 * the region's four health councils by a key of disease-weighted citizens. Its deciding body is the
 * demo's own Sundhedsråd Fjordby (the reference data hold no regional council, and a new demo body
 * would change what every page of the demo set lists). Sundhedsråd Sønderjylland's share, 19.5 % (487,500 DKK), is
 * the one the minutes give; the other three shares are fictitious and marked so. Loaded with the
 * demo minutes, removed with them (`protokol demo remove`).
 */
import type { Db } from '../../db/client.js';
import {
  findPublisherBySlug,
  findRecipientsBySlug,
  hasFictitiousFrames,
  insertKeyVersion,
  removeFictitiousFrames,
} from '../../db/stores/frames.js';
import { COMMAND_LINE_ACTOR } from '../audit/record-audit-entry.js';
import { createFrame } from './create-frame.js';

const REGION = 'region-syddanmark';
const DECIDING = 'region-syddanmark--sundhedsraad-fjordby';
/** The four health councils of Region Syddanmark, their shares in per cent, and which are fictitious. */
const SHARES = [
  { slug: 'region-syddanmark--sundhedsraad-soenderjylland', weight: '19.5', isFictitious: false },
  { slug: 'region-syddanmark--sundhedsraad-fyn', weight: '38.2', isFictitious: true },
  { slug: 'region-syddanmark--sundhedsraad-lillebaelt', weight: '22.6', isFictitious: true },
  { slug: 'region-syddanmark--sundhedsraad-sydvestjylland', weight: '19.7', isFictitious: true },
];

/** Loads the demo frame (once); false when the reference data lack the region or its councils. */
export async function loadDemoFrames({ db }: { db: Db }): Promise<boolean> {
  if (await hasFictitiousFrames(db)) return true;
  const region = await findPublisherBySlug(db, REGION);
  const found = await findRecipientsBySlug(db, [DECIDING, ...SHARES.map((share) => share.slug)]);
  const deciding = found.bodies.get(DECIDING);
  if (!region || deciding === undefined || SHARES.some((share) => !found.bodies.has(share.slug))) return false;
  const versionId = await db.transaction(async (tx) => {
    const saved = await insertKeyVersion(tx, {
      slug: 'sygdomsvaegtede-borgere-demo',
      name: 'Sygdomsvægtede borgere (demo)',
      isFictitiousKey: true,
      kind: 'disease_weighted_citizens',
      source: 'Sundhedsråd Sønderjyllands andel (19,5 %) som i referatet; de tre andre andele er fiktive demoværdier',
      sourceOn: '2026-01-26',
      weights: SHARES.map((share) => ({
        recipient: { kind: 'body', id: found.bodies.get(share.slug) as number },
        weight: share.weight,
        isFictitious: share.isFictitious,
      })),
    });
    return saved.versionId;
  });
  const result = await createFrame({
    db,
    title: 'Kulturprojekter på sundhedsområdet 2026',
    purpose: 'Projekter, der bruger kunst og kultur til at fremme borgernes sundhed og trivsel.',
    conditions:
      'Projekterne afrapporterer en årlig status til sundhedsrådet, og forretningsudvalget får hvert år en samlet status for alle projekterne.',
    ownerId: region.id,
    decidingBodyId: deciding,
    decisionItemId: null,
    totalOre: 250_000_000n,
    fromYear: 2026,
    toYear: 2026,
    keyVersionId: versionId,
    isFictitious: true,
    actor: null,
    auditActor: COMMAND_LINE_ACTOR,
  });
  if (!result.ok) throw new Error(`Demo frame refused: ${JSON.stringify(result.problems)}`);
  return true;
}

/** Removes the demo frames and keys; how many frames. */
export function removeDemoFrames({ db }: { db: Db }): Promise<number> {
  return db.transaction((tx) => removeFictitiousFrames(tx));
}
