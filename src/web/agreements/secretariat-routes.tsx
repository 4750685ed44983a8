/**
 * The secretariat's investment agreements (mounted at /sekretariat/aftaler): GET /ny and POST /
 * (create as a proposal), GET /:id (handle), POST /:id/status (a decision moves it on the chain)
 * and POST /:id/godkendelse (a municipal council's approval; the last one makes it approved). For
 * a secretariat of some body and admins; each use case checks the agreement's health council
 * (`edit_meeting`).
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { findAgreement, listCouncilOptions } from '../../db/queries/agreements.js';
import { approvalProgress, isManualMove, NEXT_STATUS } from '../../domain/agreement.js';
import {
  type ApprovalValues,
  ManageAgreementPage,
  type MoveValues,
  NewAgreementPage,
  type NewAgreementValues,
} from '../../render/html/agreements/agreement-forms.js';
import { AGREEMENT_MESSAGES } from '../../render/messages/agreements.js';
import { approveAgreement } from '../../use-cases/agreements/approve-agreement.js';
import { createAgreement } from '../../use-cases/agreements/create-agreement.js';
import { moveAgreement } from '../../use-cases/agreements/move-agreement.js';
import { auditActorOf, userOf } from '../auth/context.js';
import { forbidden, signedInOnly } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { type Problem, problemsOf, submitForm, typedValues, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { bodiesWhere } from '../questions/shared.js';
import {
  AgreementForm,
  ApprovalForm,
  EMPTY,
  MoveForm,
  NO_APPROVAL,
  NO_MOVE,
  newValuesOf,
  refusalOf,
  yearsOf,
} from './forms.js';
import { agreementHref, manageAgreementHref } from './presenters.js';

const m = AGREEMENT_MESSAGES.da;

const editable = (c: Context) => bodiesWhere(userOf(c), 'edit_meeting');
const secretariatOnly = async (c: Context, next: () => Promise<void>) => {
  const ids = editable(c);
  if (ids !== null && ids.length === 0) return forbidden(c);
  return next();
};

export function agreementSecretariatRoutes({ db }: { db: Db }) {
  const app = new Hono();
  createRoutes(app, db);
  const managePage = manager(db);
  app.get('/:id', signedInOnly, secretariatOnly, (c) => managePage(c, idParam(c)));
  moveRoutes(app, db, managePage);
  return app;
}

function createRoutes(app: Hono, db: Db) {
  const newPage = async (c: Context, values: NewAgreementValues, problems: Problem[] = []) => {
    const councils = await listCouncilOptions(db, editable(c));
    return page(
      c,
      <NewAgreementPage
        values={values}
        problems={problems}
        councils={councils.map((council) => ({ value: String(council.id), label: council.name }))}
        municipalities={councils.flatMap((council) =>
          council.municipalities.map((municipality) => ({
            value: municipality.code,
            label: councils.length > 1 ? `${municipality.name} (${council.name})` : municipality.name,
          })),
        )}
        csrfToken={csrfOf(c)}
      />,
      problems.length > 0 ? 400 : 200,
    );
  };

  app.get('/ny', signedInOnly, secretariatOnly, (c) => newPage(c, EMPTY));

  app.post('/', signedInOnly, secretariatOnly, async (c) => {
    const values = newValuesOf(await c.req.parseBody({ all: true }));
    return submitForm(c, {
      parsed: validateForm(AgreementForm, values),
      run: (input) =>
        createAgreement({
          db,
          title: input.title,
          purpose: input.purpose,
          councilBodyId: input.council,
          kind: input.kind,
          municipalityCodes: input.parties,
          years: yearsOf(input),
          proposedOn: input.proposedOn,
          actor: userOf(c),
          auditActor: auditActorOf(c),
        }),
      done: (result) => agreementHref(result.agreementId),
      refused: (result) => result.problems.map(refusalOf),
      again: (problems) => newPage(c, values, problems),
    });
  });
}

type Extra = { move?: MoveValues; approval?: ApprovalValues; problemsOf?: 'move' | 'approval'; problems?: Problem[] };
type ManagePage = (c: Context, agreementId: number, extra?: Extra) => Promise<Response>;

function manager(db: Db): ManagePage {
  return async (c: Context, agreementId: number, extra: Extra = {}) => {
    const agreement = await findAgreement(db, agreementId);
    if (!agreement) throw notFound();
    const next = NEXT_STATUS[agreement.status];
    const progress = approvalProgress(agreement.parties);
    return page(
      c,
      <ManageAgreementPage
        agreement={{
          id: agreement.id,
          title: agreement.title,
          href: agreementHref(agreement.id),
          statusText: m.statuses[agreement.status],
          next: next !== null && isManualMove(next) ? { value: next, label: m.statuses[next] } : null,
          awaiting:
            agreement.status === 'decided'
              ? agreement.parties
                  .filter((party) => party.approvedOn === null)
                  .map((party) => ({ value: String(party.id), label: party.name }))
              : [],
          approvalsText: m.approvals(progress.approved, progress.of),
        }}
        move={extra.move ?? NO_MOVE}
        approval={extra.approval ?? NO_APPROVAL}
        problemsOf={extra.problemsOf}
        problems={extra.problems}
        csrfToken={csrfOf(c)}
      />,
      (extra.problems?.length ?? 0) > 0 ? 400 : 200,
    );
  };
}

function moveRoutes(app: Hono, db: Db, managePage: ManagePage) {
  app.post('/:id/status', signedInOnly, secretariatOnly, async (c) => {
    const agreementId = idParam(c);
    const values = typedValues(await c.req.parseBody(), NO_MOVE, () => 5_001);
    const again = (problems: Problem[]) => managePage(c, agreementId, { move: values, problemsOf: 'move', problems });
    const parsed = MoveForm.safeParse(values);
    if (!parsed.success) return again(problemsOf(parsed.error));
    const result = await moveAgreement({
      db,
      agreementId,
      to: parsed.data.to,
      decidedOn: parsed.data.decidedOn,
      decisionItemId: parsed.data.decision,
      note: parsed.data.note.trim() || null,
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(agreementHref(agreementId), 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    return again([
      result.reason === 'not_allowed_move'
        ? { field: 'to', text: m.refusedMove(result.current, result.allowed) }
        : result.reason === 'approvals_missing'
          ? { field: 'to', text: m.approvalsMissing(result.missing) }
          : result.reason === 'decision_not_found'
            ? { field: 'decision', text: 'Punktet findes ikke.' }
            : { field: 'note', text: 'Bemærkningen er for lang (højst 2.000 tegn).' },
    ]);
  });

  app.post('/:id/godkendelse', signedInOnly, secretariatOnly, async (c) => {
    const agreementId = idParam(c);
    const values = typedValues(await c.req.parseBody(), NO_APPROVAL, () => 5_001);
    const again = (problems: Problem[]) =>
      managePage(c, agreementId, { approval: values, problemsOf: 'approval', problems });
    const parsed = ApprovalForm.safeParse(values);
    if (!parsed.success) return again(problemsOf(parsed.error));
    const result = await approveAgreement({
      db,
      agreementId,
      partyId: parsed.data.party,
      approvedOn: parsed.data.approvedOn,
      decisionItemId: parsed.data.approvalDecision,
      actor: userOf(c),
      auditActor: auditActorOf(c),
    });
    if (result.ok) return c.redirect(manageAgreementHref(agreementId), 303);
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'not_allowed') return forbidden(c);
    const texts: Record<typeof result.reason, [string, string]> = {
      not_a_party: ['party', 'Kommunen er ikke part i aftalen.'],
      not_decided: ['party', 'Sundhedsrådet skal have besluttet aftalen, før kommunalbestyrelserne godkender den.'],
      already_approved: ['party', 'Kommunalbestyrelsen har allerede godkendt aftalen.'],
      before_decision: ['approvedOn', 'Godkendelsen kan ikke ligge før sundhedsrådets beslutning.'],
      decision_not_found: ['approvalDecision', 'Punktet findes ikke.'],
    };
    const [field, text] = texts[result.reason];
    return again([{ field, text }]);
  });
}
