/**
 * The public plans: every plan (/planer), one plan (/plan/:id) with its adopted version (or the
 * newest, labelled not adopted), its history, the items that treated it (a closed one only as
 * treated in a closed item), its hearings and where its process stands, and the difference between
 * two versions (/plan/:id/forskel) with <ins>/<del> and words for screen readers. Danish and English.
 */
import { PLAN_MESSAGES } from '../../messages/plans.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from '../components.js';
import { DiffLines } from '../diff-lines.js';
import { Layout } from '../layout.js';
import { ListPage } from '../list-page.js';
import { Markdown } from '../markdown.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import type { PlanDetailView, PlanDiffView, PlanListItemView } from './plan-views.js';

export function PlanTable({ plans, caption }: { plans: PlanListItemView[]; caption: string }) {
  const m = PLAN_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.plan, m.kind, m.owner, m.deadline, m.currentStatus]}>
      {plans.map((plan) => (
        <tr>
          <th scope="row">
            <a href={plan.href}>{plan.title}</a>
            <FictitiousMark when={plan.isFictitious} />
          </th>
          <td>{plan.kindText}</td>
          <td>
            <a href={plan.owner.href}>{plan.owner.label}</a>
          </td>
          <td>{plan.deadlineText ?? m.noDeadline}</td>
          <td>{plan.statusText}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function PlansPage({ plans, canCreate }: { plans: PlanListItemView[]; canCreate: boolean }) {
  const m = PLAN_MESSAGES[usePage().lang];
  return (
    <ListPage
      title={m.listTitle}
      lead={m.listLead}
      create={canCreate ? { href: '/sekretariat/planer/ny', label: m.newPlan } : null}
      count={plans.length}
      anyFictitious={plans.some((one) => one.isFictitious)}
      none={m.none}
    >
      <PlanTable plans={plans} caption={m.listTitle} />
    </ListPage>
  );
}

function VersionPicker({
  view,
  from,
  to,
}: {
  view: { diffFormHref: string; versionNumbers: number[] };
  from: number;
  to: number;
}) {
  const m = PLAN_MESSAGES[usePage().lang];
  const options = (selected: number) =>
    view.versionNumbers.map((n) => (
      <option value={String(n)} selected={n === selected}>
        {n}
      </option>
    ));
  return (
    <form method="get" action={view.diffFormHref} class="plan-diff-form">
      <div class="form-group">
        <label class="form-label" for="fra">
          {m.diffFrom}
        </label>
        <select class="form-select" id="fra" name="fra">
          {options(from)}
        </select>
      </div>
      <div class="form-group">
        <label class="form-label" for="til">
          {m.diffTo}
        </label>
        <select class="form-select" id="til" name="til">
          {options(to)}
        </select>
      </div>
      <div class="form-group">
        <button type="submit" class="button button-secondary">
          {m.diffShow}
        </button>
      </div>
    </form>
  );
}

export function PlanPage({ plan }: { plan: PlanDetailView }) {
  const m = PLAN_MESSAGES[usePage().lang];
  const count = plan.versionNumbers.length;
  return (
    <Layout title={plan.title}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/planer' }, { label: plan.title }]} />
      <h1>{plan.title}</h1>
      {plan.isFictitious ? <FictitiousNotice /> : null}
      {plan.summary ? (
        <div class="font-lead">
          <Markdown text={plan.summary} />
        </div>
      ) : null}
      <Facts
        rows={[
          [m.kind, plan.kindText],
          [m.owner, <a href={plan.owner.href}>{plan.owner.label}</a>],
          [m.deadline, plan.deadlineText ?? m.noDeadline],
          [m.currentStatus, plan.statusText],
        ]}
      />
      {plan.editHref ? (
        <p>
          <a href={plan.editHref}>{m.edit}</a>
        </p>
      ) : null}
      <section aria-labelledby="plan-process">
        <h2 id="plan-process">{m.process}</h2>
        {plan.processes.length === 0 ? (
          <p>{m.noProcess}</p>
        ) : (
          <ul class="nobullet-list">
            {plan.processes.map((process) => (
              <li>
                <a href={process.href}>{m.processLink(process.label)}</a>
              </li>
            ))}
          </ul>
        )}
        {plan.hearings.length > 0 ? (
          <>
            <h3>{m.hearings}</h3>
            <ul class="nobullet-list">
              {plan.hearings.map((hearing) => (
                <li>
                  <a href={hearing.href}>{hearing.label}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="plan-text">
        <h2 id="plan-text">{plan.current ? plan.current.heading : m.noVersions}</h2>
        {plan.current && !plan.current.isAdopted ? (
          <div class="alert alert-info">
            <div class="alert-body">
              <p class="alert-text">{m.notAdoptedNote}</p>
            </div>
          </div>
        ) : null}
        {plan.current?.chapters.map((chapter, i) => (
          <article class="plan-chapter" aria-labelledby={`chapter-${i + 1}`}>
            <h3 id={`chapter-${i + 1}`}>{chapter.theme}</h3>
            {chapter.goals ? (
              <>
                <h4>{m.goals}</h4>
                <Markdown text={chapter.goals} />
              </>
            ) : null}
            {chapter.description ? (
              <>
                <h4>{m.description}</h4>
                <Markdown text={chapter.description} />
              </>
            ) : null}
          </article>
        ))}
      </section>
      {count > 0 ? (
        <section aria-labelledby="plan-history">
          <h2 id="plan-history">{m.history}</h2>
          <DataTable caption={m.historyCaption} head={[m.version, m.status, m.date, m.decision, m.note]}>
            {plan.versions.map((version) => (
              <tr>
                <th scope="row">
                  {version.number}
                  {version.diffHref ? (
                    <>
                      {' '}
                      <a href={version.diffHref}>{m.compareWithPrevious}</a>
                    </>
                  ) : null}
                </th>
                <td>{version.statusText}</td>
                <td>{version.dateText}</td>
                <td>
                  {version.decision ? (
                    version.decision.href ? (
                      <a href={version.decision.href}>{version.decision.label}</a>
                    ) : (
                      version.decision.label
                    )
                  ) : null}
                </td>
                <td>{version.note}</td>
              </tr>
            ))}
          </DataTable>
          {count > 1 ? (
            <>
              <h3>{m.compare}</h3>
              <VersionPicker view={plan} from={plan.versionNumbers[count - 2]} to={plan.versionNumbers[count - 1]} />
            </>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="plan-items">
        <h2 id="plan-items">{m.items}</h2>
        {plan.items.length === 0 ? (
          <p>{m.noItems}</p>
        ) : (
          <ul>
            {plan.items.map((item) => (
              <li>
                {item.isClosed ? (
                  <>
                    {item.meeting}: {m.closedItem}
                  </>
                ) : (
                  <>
                    <a href={item.href}>{item.label}</a> ({item.meeting})
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <a href={plan.apiHref}>{m.apiLink}</a>
      </p>
    </Layout>
  );
}

export function PlanDiffPage({ diff }: { diff: PlanDiffView }) {
  const m = PLAN_MESSAGES[usePage().lang];
  const title = m.diffTitle(diff.from, diff.to);
  return (
    <Layout title={`${title} – ${diff.plan.title}`}>
      <Breadcrumbs
        items={[
          { label: m.listTitle, href: '/planer' },
          { label: diff.plan.title, href: diff.plan.href },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {diff.isFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead">{diff.plan.title}</p>
      <p>{m.diffLead(diff.from, diff.to)}</p>
      <VersionPicker
        view={{ diffFormHref: `${diff.plan.href}/forskel`, versionNumbers: diff.versionNumbers }}
        from={diff.from}
        to={diff.to}
      />
      {diff.chapters.map((chapter, i) => (
        <article class="version-item" aria-labelledby={`diff-${i + 1}`}>
          <h2 id={`diff-${i + 1}`}>
            {chapter.theme} <span class="muted">({m.changes[chapter.change]})</span>
          </h2>
          {chapter.formerTheme ? <p>{m.renamedFrom(chapter.formerTheme)}</p> : null}
          {chapter.change === 'same' ? (
            <p>{m.diffNoChanges}</p>
          ) : (
            <>
              <h3>{m.goals}</h3>
              <DiffLines lines={chapter.goals} />
              <h3>{m.description}</h3>
              <DiffLines lines={chapter.description} />
            </>
          )}
        </article>
      ))}
    </Layout>
  );
}

/** The plans on a body's page (nothing when there are none). */
export function PlansSection({ plans }: { plans?: PlanListItemView[] }) {
  const m = PLAN_MESSAGES[usePage().lang];
  if (!plans || plans.length === 0) return null;
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">{m.plansOf}</h2>
      <PlanTable plans={plans} caption={m.plansOf} />
      <p>
        <a href="/planer">{m.listTitle}</a>
      </p>
    </section>
  );
}
