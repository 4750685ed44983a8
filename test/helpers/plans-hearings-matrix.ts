/**
 * Plans' and hearings' rows of the authorization matrix (test/web/authorization-matrix.test.ts):
 * the public pages (the same for everyone; the response form's empty post is refused with its
 * problems, 400, for everyone) and the secretariat's pages, for a secretariat of the plan's or
 * hearing's body and admins (a secretariat of another body is refused, members too, the public
 * asked to log in). Empty posts come back with their problems (400) where a field is required.
 */
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { openHearing } from '../../src/use-cases/hearings/open-hearing.js';
import { addPlanVersion } from '../../src/use-cases/plans/add-plan-version.js';
import { createPlan } from '../../src/use-cases/plans/create-plan.js';
import type { AccountsWorld, MatrixEntry, RoleName } from './accounts.js';

type Expected = Record<RoleName, number>;

export interface PlanHearingFixture {
  planId: number;
  hearingId: number;
}

/** A plan with one version and an open hearing of this body (the matrix world's). */
export async function seedPlanHearingFixture(world: AccountsWorld): Promise<PlanHearingFixture> {
  const who = { db: world.handle.db, actor: null, auditActor: COMMAND_LINE_ACTOR };
  const plan = await createPlan({
    ...who,
    ownerBodyId: world.thisBody.id,
    kind: 'local_health_plan',
    title: 'Nærsundhedsplan (matrix)',
    summary: null,
    deadlineOn: '2027-04-01',
  });
  if (!plan.ok) throw new Error('plan not created');
  await addPlanVersion({
    ...who,
    planId: plan.planId,
    status: 'draft',
    versionOn: '2026-05-01',
    note: null,
    decisionItemId: null,
    chapters: [{ theme: 'Mental sundhed', goals: 'Mål', description: 'Tekst' }],
  });
  const hearing = await openHearing({
    ...who,
    bodyId: world.thisBody.id,
    title: 'Høring (matrix)',
    description: '',
    planVersionId: null,
    attachmentId: null,
    processStepId: null,
    startsOn: '2020-01-01',
    deadlineOn: '2099-12-31',
    consultees: [],
  });
  if (!hearing.ok) throw new Error('hearing not opened');
  return { planId: plan.planId, hearingId: hearing.hearingId };
}

/** The plans' and hearings' public pages (web/plans, web/hearings). */
export const PLAN_HEARING_PUBLIC_ROUTES = [
  'GET /planer',
  'GET /plan/:id',
  'GET /plan/:id/forskel',
  'GET /hoeringer',
  'GET /hoering/:id',
  'GET /hoering/:id/tak',
  'GET /hoering/:id/svar/:file',
  'GET /api/v1/plans',
  'GET /api/v1/plans/:id',
  'GET /api/v1/hearings',
  'GET /api/v1/hearings/:id',
];

/** The body's secretariat and admins; another body's secretariat 403 (or `other`), members 403, the public 401. */
const bodySecretariat = (status: number, other = 403): Expected => ({
  anonymous: 401,
  'member of this body': 403,
  'member of another body': 403,
  'secretariat of this body': status,
  'secretariat of another body': other,
  admin: status,
});

const everyone = (status: number): Expected => ({
  anonymous: status,
  'member of this body': status,
  'member of another body': status,
  'secretariat of this body': status,
  'secretariat of another body': status,
  admin: status,
});

export function planHearingMatrixEntries(fixture: () => PlanHearingFixture): MatrixEntry[] {
  const plan =
    (rest = '') =>
    () =>
      `/sekretariat/planer/${fixture().planId}${rest}`;
  const hearing =
    (rest = '') =>
    () =>
      `/sekretariat/hoeringer/${fixture().hearingId}${rest}`;
  const get = (route: string, path: () => string, expected: Expected): MatrixEntry => ({
    method: 'GET',
    route,
    path,
    expected,
  });
  const post = (route: string, path: () => string, expected: Expected): MatrixEntry => ({
    method: 'POST',
    route,
    path,
    body: () => ({}),
    expected,
  });
  return [
    post('/hoering/:id', () => `/hoering/${fixture().hearingId}`, everyone(400)),
    get('/sekretariat/planer', () => '/sekretariat/planer', bodySecretariat(200, 200)),
    get('/sekretariat/planer/ny', () => '/sekretariat/planer/ny', bodySecretariat(200, 200)),
    post('/sekretariat/planer', () => '/sekretariat/planer', bodySecretariat(400, 400)),
    get('/sekretariat/planer/:id', plan(), bodySecretariat(200)),
    post('/sekretariat/planer/:id', plan(), bodySecretariat(400)),
    post('/sekretariat/planer/:id/punkter', plan('/punkter'), bodySecretariat(400)),
    get('/sekretariat/planer/:id/version/ny', plan('/version/ny'), bodySecretariat(200)),
    get('/sekretariat/planer/:id/version/:number{\\d+}', plan('/version/1'), bodySecretariat(200)),
    post('/sekretariat/planer/:id/version', plan('/version'), bodySecretariat(400)),
    post('/sekretariat/planer/:id/version/:number{\\d+}', plan('/version/1'), bodySecretariat(400)),
    get('/sekretariat/hoeringer', () => '/sekretariat/hoeringer', bodySecretariat(200, 200)),
    get('/sekretariat/hoeringer/ny', () => '/sekretariat/hoeringer/ny', bodySecretariat(200, 200)),
    post('/sekretariat/hoeringer', () => '/sekretariat/hoeringer', bodySecretariat(400, 400)),
    get('/sekretariat/hoeringer/:id', hearing(), bodySecretariat(200)),
    get('/sekretariat/hoeringer/:id/svar/:file{.+\\.pdf}', hearing('/svar/999999.pdf'), bodySecretariat(404)),
    post('/sekretariat/hoeringer/:id/svar', hearing('/svar'), bodySecretariat(400)),
    post('/sekretariat/hoeringer/:id/svar/:response{\\d+}', hearing('/svar/999999'), bodySecretariat(404)),
    post('/sekretariat/hoeringer/:id/notat', hearing('/notat'), bodySecretariat(303)),
    post('/sekretariat/hoeringer/:id/offentliggoer', hearing('/offentliggoer'), bodySecretariat(400)),
    post('/sekretariat/hoeringer/:id/trin', hearing('/trin'), bodySecretariat(303)),
  ];
}
