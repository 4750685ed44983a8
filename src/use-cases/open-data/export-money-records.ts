/**
 * The money records of the export: frames with their allocations, grants and projects, and
 * investment agreements, each amount an integer of øre (exact; JSON numbers are exact far beyond any
 * budget) beside the same in kroner (øre / 100: a decimal number in NDJSON, two decimals after a
 * point in CSV), never a floating-point sum. Their CSV cells are here too (export-csv.ts's columns).
 */
import type { AgreementSummary } from '../../db/queries/agreements.js';
import type { FrameDetail } from '../../db/queries/frames.js';
import type { ProjectSummary } from '../../db/queries/projects.js';
import { totalOre } from '../../domain/agreement.js';
import { kronerDecimal } from '../../domain/money.js';

const kroner = (ore: bigint) => Number(kronerDecimal(ore, '.'));
const ore = (value: bigint) => Number(value);

/** A frame (ramme): its total, years, owner and deciding body, and its allocation per recipient. */
export interface FrameRecord {
  type: 'frame';
  id: number;
  title: string;
  owner: string;
  decidingBody: string;
  fromYear: number;
  toYear: number;
  totalOre: number;
  totalKroner: number;
  key: string;
  keyVersion: number;
  isFictitious: boolean;
  allocations: {
    recipient: string;
    recipientKind: 'body' | 'publisher';
    amountOre: number;
    amountKroner: number;
    committedOre: number;
    committedKroner: number;
    spentOre: number;
    spentKroner: number;
  }[];
}

/** A grant or project: its lifecycle status, what it draws on, and its amounts. */
export interface ProjectRecord {
  type: 'project';
  id: number;
  name: string;
  status: string;
  frame: number | null;
  recipient: string | null;
  pool: string | null;
  bodies: string[];
  appliedOn: string;
  appliedOre: number | null;
  appliedKroner: number | null;
  grantedOre: number | null;
  grantedKroner: number | null;
  ownFundingOre: number;
  ownFundingKroner: number;
  startsOn: string | null;
  endsOn: string | null;
  extendedTo: string | null;
  isFictitious: boolean;
}

/** An investment agreement: its health council, parties (with their approval), years, type and status. */
export interface AgreementRecord {
  type: 'agreement';
  id: number;
  title: string;
  council: string;
  kind: string;
  status: string;
  parties: { publisher: string; approvedOn: string | null }[];
  years: { year: number; amountOre: number; amountKroner: number }[];
  totalOre: number;
  totalKroner: number;
  isFictitious: boolean;
}

export function frameRecord(frame: FrameDetail): FrameRecord {
  return {
    type: 'frame',
    id: frame.id,
    title: frame.title,
    owner: frame.owner.slug,
    decidingBody: frame.decidingBody.slug,
    fromYear: frame.fromYear,
    toYear: frame.toYear,
    totalOre: ore(frame.totalOre),
    totalKroner: kroner(frame.totalOre),
    key: frame.key.slug,
    keyVersion: frame.key.version,
    isFictitious: frame.isFictitious,
    allocations: frame.allocations.map((a) => ({
      recipient: a.recipient.slug,
      recipientKind: a.recipient.kind,
      amountOre: ore(a.amountOre),
      amountKroner: kroner(a.amountOre),
      committedOre: ore(a.committedOre),
      committedKroner: kroner(a.committedOre),
      spentOre: ore(a.spentOre),
      spentKroner: kroner(a.spentOre),
    })),
  };
}

export function projectRecord(project: ProjectSummary): ProjectRecord {
  const maybe = (value: bigint | null) => (value === null ? null : ore(value));
  const maybeKroner = (value: bigint | null) => (value === null ? null : kroner(value));
  return {
    type: 'project',
    id: project.id,
    name: project.name,
    status: project.status,
    frame: project.source.kind === 'frame' ? project.source.frameId : null,
    recipient: project.source.kind === 'frame' ? project.source.recipient.slug : null,
    pool: project.source.kind === 'pool' ? project.source.poolName : null,
    bodies: project.bodies.map((body) => body.slug),
    appliedOn: project.appliedOn,
    appliedOre: maybe(project.appliedOre),
    appliedKroner: maybeKroner(project.appliedOre),
    grantedOre: maybe(project.grantedOre),
    grantedKroner: maybeKroner(project.grantedOre),
    ownFundingOre: ore(project.ownFundingOre),
    ownFundingKroner: kroner(project.ownFundingOre),
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    extendedTo: project.extendedTo,
    isFictitious: project.isFictitious,
  };
}

export function agreementRecord(agreement: AgreementSummary): AgreementRecord {
  const total = totalOre(agreement.years);
  return {
    type: 'agreement',
    id: agreement.id,
    title: agreement.title,
    council: agreement.council.slug,
    kind: agreement.kind,
    status: agreement.status,
    parties: agreement.parties.map((party) => ({ publisher: party.slug, approvedOn: party.approvedOn })),
    years: agreement.years.map((one) => ({
      year: one.year,
      amountOre: ore(one.amountOre),
      amountKroner: kroner(one.amountOre),
    })),
    totalOre: ore(total),
    totalKroner: kroner(total),
    isFictitious: agreement.isFictitious,
  };
}

type Field = string | number | boolean | null;

/** A money record's CSV cells, in its table's column order. Lists in one cell are one entry per line. */
export function moneyFields(record: FrameRecord | ProjectRecord | AgreementRecord): Field[] {
  switch (record.type) {
    case 'frame': {
      const r = record;
      // One recipient per line: recipient | amount in øre | in kroner | committed (øre) | spent (øre).
      const allocations = r.allocations
        .map((a) => [a.recipient, a.amountOre, a.amountKroner.toFixed(2), a.committedOre, a.spentOre].join(' | '))
        .join('\n');
      const total = r.totalKroner.toFixed(2);
      return [
        r.id,
        r.title,
        r.owner,
        r.decidingBody,
        r.fromYear,
        r.toYear,
        r.totalOre,
        total,
        r.key,
        r.keyVersion,
        allocations,
        r.isFictitious,
      ];
    }
    case 'project': {
      const r = record;
      const kr = (value: number | null) => (value === null ? null : value.toFixed(2));
      return [
        r.id,
        r.name,
        r.status,
        r.frame,
        r.recipient,
        r.pool,
        r.bodies.join('\n'),
        r.appliedOn,
        r.appliedOre,
        kr(r.appliedKroner),
        r.grantedOre,
        kr(r.grantedKroner),
        r.ownFundingOre,
        kr(r.ownFundingKroner),
        r.startsOn,
        r.endsOn,
        r.extendedTo,
        r.isFictitious,
      ];
    }
    case 'agreement': {
      const r = record;
      // One party per line (its municipal council's approval day, if any); one year per line.
      const parties = r.parties
        .map((p) => (p.approvedOn ? `${p.publisher} | ${p.approvedOn}` : p.publisher))
        .join('\n');
      const years = r.years.map((y) => `${y.year} | ${y.amountOre} | ${y.amountKroner.toFixed(2)}`).join('\n');
      return [
        r.id,
        r.title,
        r.council,
        r.kind,
        r.status,
        parties,
        years,
        r.totalOre,
        r.totalKroner.toFixed(2),
        r.isFictitious,
      ];
    }
  }
}
