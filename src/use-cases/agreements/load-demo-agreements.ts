/**
 * The demo set's investment agreements: two fictitious agreements of Sundhedsråd Sønderjylland
 * with its municipalities. One for lasting capacity with all four, decided by the council and
 * approved by three of the four municipal councils ("3 af 4 kommunalbestyrelser"); one for
 * temporary development with Tønder Kommune alone, running, its yearly reports due. All marked
 * fictitious (the amounts and dates are invented), loaded with the demo set and removed with it.
 */
import type { Db } from '../../db/client.js';
import { findAgreement } from '../../db/queries/agreements.js';
import { hasFictitiousAgreements, removeFictitiousAgreements } from '../../db/stores/agreements.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import type { AgreementStatus } from '../../domain/agreement.js';
import { COMMAND_LINE_ACTOR } from '../audit/record-audit-entry.js';
import { approveAgreement } from './approve-agreement.js';
import { type CreateAgreementInput, createAgreement } from './create-agreement.js';
import { moveAgreement } from './move-agreement.js';

const SOENDERJYLLAND = 'region-syddanmark--sundhedsraad-soenderjylland';
const MIO = 100_000_000n;

type Facts = Omit<CreateAgreementInput, 'db' | 'actor' | 'auditActor' | 'isFictitious' | 'councilBodyId'>;

interface DemoAgreement {
  facts: Facts;
  moves: { to: AgreementStatus; on: string; note?: string }[];
  /** Municipal councils' approvals: the municipality's code and the day. */
  approvals: [string, string][];
  after?: { to: AgreementStatus; on: string }[];
}

const CAPACITY: DemoAgreement = {
  facts: {
    title: 'Flere sygeplejersker i de kommunale akutteams',
    purpose:
      'Varig kapacitet: de fire kommuners akutteams får flere sygeplejersker, så flere borgere kan behandles i eget hjem i stedet for at blive indlagt.',
    kind: 'lasting_capacity',
    municipalityCodes: ['0580', '0510', '0540', '0550'],
    years: [
      { year: 2027, amountOre: 10n * MIO },
      { year: 2028, amountOre: 12n * MIO },
      { year: 2029, amountOre: 12n * MIO },
      { year: 2030, amountOre: 12n * MIO },
    ],
    proposedOn: '2026-09-14',
    note: 'Forslaget er udarbejdet af sundhedsrådets sekretariat sammen med kommunerne.',
  },
  moves: [
    { to: 'negotiation', on: '2026-10-05' },
    { to: 'decided', on: '2026-11-23', note: 'Sundhedsrådet besluttede aftalen.' },
  ],
  approvals: [
    ['0580', '2026-12-09'],
    ['0510', '2026-12-15'],
    ['0540', '2026-12-16'],
  ],
};

const DEVELOPMENT: DemoAgreement = {
  facts: {
    title: 'Sammenhængende forløb for borgere med KOL i Tønder',
    purpose:
      'Midlertidig udvikling: Tønder Kommune, almen praksis og sygehuset afprøver et fælles forløb for borgere med KOL.',
    kind: 'temporary_development',
    municipalityCodes: ['0550'],
    years: [
      { year: 2027, amountOre: 1_500_000_00n },
      { year: 2028, amountOre: 1_250_000_00n },
    ],
    proposedOn: '2026-08-17',
  },
  moves: [
    { to: 'negotiation', on: '2026-08-31' },
    { to: 'decided', on: '2026-09-14' },
  ],
  approvals: [['0550', '2026-10-01']],
  after: [{ to: 'running', on: '2027-01-01' }],
};

const refused = (what: string, result: unknown) =>
  new Error(
    `Demo agreement's ${what} refused: ${JSON.stringify(result, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`,
  );

async function run(db: Db, councilBodyId: number, demo: DemoAgreement): Promise<void> {
  const actors = { actor: null, auditActor: COMMAND_LINE_ACTOR };
  const created = await createAgreement({ ...demo.facts, db, councilBodyId, isFictitious: true, ...actors });
  if (!created.ok) throw refused('creation', created.problems);
  const move = async (step: { to: AgreementStatus; on: string; note?: string }) => {
    const moved = await moveAgreement({
      db,
      agreementId: created.agreementId,
      to: step.to,
      decidedOn: step.on,
      decisionItemId: null,
      note: step.note ?? null,
      ...actors,
    });
    if (!moved.ok) throw refused('move', moved);
  };
  for (const step of demo.moves) await move(step);
  const agreement = await findAgreement(db, created.agreementId);
  for (const [code, on] of demo.approvals) {
    const party = agreement?.parties.find((one) => one.municipalityCode === code);
    if (!party) throw refused('approval', code);
    const approved = await approveAgreement({
      db,
      agreementId: created.agreementId,
      partyId: party.id,
      approvedOn: on,
      decisionItemId: null,
      ...actors,
    });
    if (!approved.ok) throw refused('approval', approved);
  }
  for (const step of demo.after ?? []) await move(step);
}

/** Loads the demo agreements (once); false when the health council is not there. */
export async function loadDemoAgreements({ db }: { db: Db }): Promise<boolean> {
  if (await hasFictitiousAgreements(db)) return true;
  const council = await findBodyIdBySlug(db, SOENDERJYLLAND);
  if (council === null) return false;
  for (const demo of [CAPACITY, DEVELOPMENT]) await run(db, council, demo);
  return true;
}

/** Removes the demo agreements (with their reports' follow-ups); how many. */
export function removeDemoAgreements({ db }: { db: Db }): Promise<number> {
  return db.transaction((tx) => removeFictitiousAgreements(tx));
}
