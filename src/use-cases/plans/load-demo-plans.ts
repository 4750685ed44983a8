/**
 * The demo set's plan and hearing (fictitious, written for the project, marked so): Sundhedsråd
 * Fjordby's nærsundhedsplan (deadline 1 April 2027) in two versions — a draft and the hearing draft
 * the council sent out on 14 September 2026 — with chapters on three themes; the items of the demo
 * minutes that treated it; a hearing of the hearing draft with four responses (three published, one
 * withheld with its reason) and a published memo. The consultees have no e-mail addresses, so the
 * demo never sends mail. Loaded with the demo minutes before the demo processes (which link the
 * plan), removed with them.
 */
import type { Db } from '../../db/client.js';
import { deleteFictitiousHearings } from '../../db/stores/hearings.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import { deleteFictitiousPlans, findItemIdByTitle, hasFictitiousPlans } from '../../db/stores/plans.js';
import type { PlanChapter } from '../../domain/plan.js';
import { COMMAND_LINE_ACTOR } from '../audit/record-audit-entry.js';
import { openHearing } from '../hearings/open-hearing.js';
import { publishHearingMemo } from '../hearings/publish-hearing-memo.js';
import { reviewHearingResponse } from '../hearings/review-hearing-response.js';
import { submitHearingResponse } from '../hearings/submit-hearing-response.js';
import { writeHearingMemo } from '../hearings/write-hearing-memo.js';
import { addPlanVersion } from './add-plan-version.js';
import { createPlan } from './create-plan.js';
import { linkPlanItem } from './link-plan-item.js';

const FJORDBY = 'region-syddanmark--sundhedsraad-fjordby';
const COOPERATION = 'region-syddanmark--sundhedssamarbejdsudvalget-fjordby';
const who = { actor: null, auditActor: COMMAND_LINE_ACTOR };

/** The items of the demo minutes that treated the plan: body, date, title. */
const ITEMS: [string, string, string][] = [
  [FJORDBY, '2026-01-26', 'Proces for udarbejdelse af Sundhedsråd Fjordbys nærsundhedsplan'],
  [FJORDBY, '2026-03-16', 'Nærsundhedsplanen: visioner og temaer'],
  [FJORDBY, '2026-05-18', 'Procesplan for nærsundhedsplanen'],
  [COOPERATION, '2026-06-15', 'Input til nærsundhedsplanen'],
  [FJORDBY, '2026-09-14', 'Udkast til nærsundhedsplan 2027-2030 sendes i høring'],
  [FJORDBY, '2026-12-07', 'Høringssvar til nærsundhedsplanen'],
];

const DRAFT: PlanChapter[] = [
  {
    theme: 'Sammenhæng for borgere med kronisk sygdom',
    goals:
      '- Færre forebyggelige indlæggelser blandt borgere med KOL og diabetes\n- Én fælles plan for borgeren på tværs af sygehus, kommune og egen læge',
    description:
      'Borgere med kronisk sygdom møder i dag mange aktører. Sundhedsrådet vil samle forløbene, så borgeren ved, hvem der har ansvaret, og så oplysninger følger med mellem sektorerne.',
  },
  {
    theme: 'Mental sundhed',
    goals: '- Kortere ventetid til hjælp for børn og unge med begyndende mistrivsel',
    description:
      'Kommunerne, børne- og ungdomspsykiatrien og almen praksis samarbejder om tidlig hjælp tæt på hjemmet.',
  },
  {
    theme: 'Det nære sundhedsvæsen',
    goals: '- Akutfunktioner i alle fire kommuner\n- Flere lægedækkede områder i yderkommunerne',
    description: 'Sundhedsrådet udbygger tilbud tæt på borgeren, så færre behøver at tage på sygehuset.',
  },
];

const HEARING_DRAFT: PlanChapter[] = [
  {
    ...DRAFT[0],
    goals:
      '- Færre forebyggelige indlæggelser blandt borgere med KOL og diabetes\n- Én fælles plan for borgeren på tværs af sygehus, kommune og egen læge\n- Pårørende inddrages i planen, når borgeren ønsker det',
  },
  {
    ...DRAFT[1],
    description:
      'Kommunerne, børne- og ungdomspsykiatrien og almen praksis samarbejder om tidlig hjælp tæt på hjemmet. Et fælles tilbud om samtaler uden henvisning afprøves i to kommuner fra 2027.',
  },
  DRAFT[2],
];

/** The four responses: name, organisation, text, and the memo's answer and change; the last is withheld. */
const RESPONSES = [
  {
    name: 'Karen Mølgaard',
    organisation: 'Patientforeningen Fjordby (fiktiv)',
    text: 'Vi bakker op om målet om én fælles plan. Vi savner, at borgeren selv kan se planen digitalt.',
    answer: 'Sundhedsrådet er enig og vil undersøge, hvordan planen kan gøres tilgængelig for borgeren.',
    change: 'Et nyt mål om digital adgang til den fælles plan er tilføjet under kronisk sygdom.',
  },
  {
    name: 'Jens Aagaard',
    organisation: 'Ældrerådet i Fjordby Kommune (fiktiv)',
    text: 'Akutfunktionerne skal kunne nås uden bil. Tænk transporten med fra starten.',
    answer: 'Transport indgår i arbejdet med akutfunktionerne.',
    change: 'Ingen ændring i planen; emnet tages op i implementeringen.',
  },
  {
    name: 'Sofie Brandt',
    organisation: 'Praktiserende læger i Fjordby-området (fiktiv)',
    text: 'Lægedækningen kræver, at opgaverne følges af ressourcer. Vi deltager gerne i samtaletilbuddet.',
    answer: 'Sundhedsrådet noterer opbakningen til samtaletilbuddet.',
    change: 'Almen praksis er nævnt som samarbejdspart i afsnittet om mental sundhed.',
  },
  {
    name: 'En borger',
    organisation: null,
    text: 'Svaret beskriver et konkret patientforløb med helbredsoplysninger.',
    answer: 'Sundhedsrådet takker for svaret. Sekretariatet har kontaktet borgeren direkte.',
    change: '',
    withheld: 'Svaret indeholder helbredsoplysninger om en navngiven person og offentliggøres derfor ikke.',
  },
];

/** Loads the demo plan and hearing (once); false when the demo minutes' council is missing. */
export async function loadDemoPlans({ db }: { db: Db }): Promise<boolean> {
  if (await hasFictitiousPlans(db)) return true;
  const council = await findBodyIdBySlug(db, FJORDBY);
  if (council === null) return false;
  const itemOf = async ([slug, heldOn, title]: [string, string, string]) => {
    const bodyId = await findBodyIdBySlug(db, slug);
    return bodyId === null ? null : findItemIdByTitle(db, { bodyId, heldOn, title });
  };
  const plan = await createPlan({
    db,
    ...who,
    ownerBodyId: council,
    kind: 'local_health_plan',
    title: 'Nærsundhedsplan 2027–2030 for Fjordby-området',
    summary:
      'Sundhedsrådets første nærsundhedsplan: hvordan sygehuset, de fire kommuner og almen praksis sammen udbygger det nære sundhedsvæsen. Planen skal være vedtaget senest 1. april 2027.',
    deadlineOn: '2027-04-01',
    isFictitious: true,
  });
  if (!plan.ok) throw new Error(`Demo plan refused: ${JSON.stringify(plan.problems)}`);
  const version = (
    status: 'draft' | 'hearing_draft',
    versionOn: string,
    chapters: PlanChapter[],
    decisionItemId: number | null,
  ) => addPlanVersion({ db, ...who, planId: plan.planId, status, versionOn, note: null, decisionItemId, chapters });
  await version('draft', '2026-06-01', DRAFT, null);
  const sent = await itemOf(ITEMS[4]);
  const hearingDraft = await version('hearing_draft', '2026-09-14', HEARING_DRAFT, sent);
  if (!hearingDraft.ok) throw new Error(`Demo version refused: ${JSON.stringify(hearingDraft.problems)}`);
  for (const item of ITEMS) {
    const itemId = await itemOf(item);
    if (itemId !== null) await linkPlanItem({ db, ...who, planId: plan.planId, itemId });
  }
  await loadDemoHearing(db, council, hearingDraft.versionId, await itemOf(ITEMS[5]));
  return true;
}

async function loadDemoHearing(db: Db, bodyId: number, planVersionId: number, decisionItemId: number | null) {
  const hearing = await openHearing({
    db,
    ...who,
    bodyId,
    title: 'Høring over udkast til nærsundhedsplan 2027–2030',
    description:
      'Sundhedsråd Fjordby sender udkastet til sin første nærsundhedsplan i høring. Vi vil gerne høre, om planens mål er de rigtige, og hvad der skal til for at nå dem.',
    planVersionId,
    attachmentId: null,
    processStepId: null,
    startsOn: '2026-09-21',
    deadlineOn: '2026-11-09',
    consultees: [
      'Patient- og pårørendeudvalget i Region Syddanmark',
      'Patientforeningen Fjordby (fiktiv)',
      'Ældrerådet i Fjordby Kommune (fiktiv)',
      'Praktiserende læger i Fjordby-området (fiktiv)',
    ].map((name) => ({ name, email: null })),
    isFictitious: true,
  });
  if (!hearing.ok) throw new Error(`Demo hearing refused: ${JSON.stringify(hearing.problems)}`);
  const answers: { responseId: number; answer: string; change: string }[] = [];
  for (const [i, response] of RESPONSES.entries()) {
    const received = await submitHearingResponse({
      db,
      dataDir: undefined,
      hearingId: hearing.hearingId,
      name: response.name,
      organisation: response.organisation,
      text: response.text,
      file: null,
      receiptEmail: null,
      now: new Date(Date.UTC(2026, 9, 5 + i * 7, 10)),
      via: { channel: 'secretariat', consulteeId: null, ...who },
    });
    if (!received.ok) throw new Error(`Demo response refused: ${JSON.stringify(received.problems)}`);
    await reviewHearingResponse({
      db,
      ...who,
      responseId: received.responseId,
      decision: response.withheld ? 'withhold' : 'publish',
      reason: response.withheld ?? null,
    });
    answers.push({ responseId: received.responseId, answer: response.answer, change: response.change });
  }
  await writeHearingMemo({
    db,
    ...who,
    hearingId: hearing.hearingId,
    introduction:
      'Sundhedsrådet modtog fire høringssvar. Svarene bakker generelt op om planens tre temaer. Nedenfor står sundhedsrådets bemærkning til hvert svar og den ændring, svaret har ført til.',
    answers,
  });
  await publishHearingMemo({
    db,
    ...who,
    hearingId: hearing.hearingId,
    decisionItemId,
    now: new Date(Date.UTC(2026, 11, 7, 16)),
  });
}

/** Removes the demo set's hearings and plans. */
export async function removeDemoPlans({ db }: { db: Db }): Promise<number> {
  return db.transaction(async (tx) => {
    await deleteFictitiousHearings(tx);
    return deleteFictitiousPlans(tx);
  });
}
