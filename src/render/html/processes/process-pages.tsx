/**
 * The public processes: every process (/forloeb) and one process (/forloeb/:id) with its timeline
 * picture (SVG) and the same as tables (phases, steps), where each step stands, the meeting and item
 * that treat it (a closed item only as such), gates passed over with their reasons; and the
 * sections on a body's and an item's page. Danish and English.
 */
import { PROCESS_MESSAGES } from '../../messages/processes.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from '../components.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { ProcessTimeline } from './process-timeline.js';
import type { ProcessDetailView, ProcessListItemView, StepView } from './process-views.js';

/** A list of processes as a table (the list page, a body's page). */
export function ProcessTable({ processes, caption }: { processes: ProcessListItemView[]; caption: string }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.process, m.owner, m.progress]}>
      {processes.map((process) => (
        <tr>
          <th scope="row">
            <a href={process.href}>{process.title}</a>
            <FictitiousMark when={process.isFictitious} />
            {process.flaggedReason ? <span class="badge badge-warning process-flag">{m.flagged}</span> : null}
          </th>
          <td>
            <a href={process.owner.href}>{process.owner.name}</a>
          </td>
          <td>{process.progressText}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ProcessesPage({ processes, canStart }: { processes: ProcessListItemView[]; canStart: boolean }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  return (
    <Layout title={m.listTitle}>
      <Breadcrumbs items={[{ label: m.listTitle }]} />
      <h1>{m.listTitle}</h1>
      <p class="font-lead">{m.listLead}</p>
      {canStart ? (
        <p>
          <a class="button button-secondary" href="/sekretariat/forloeb/nyt">
            {m.start}
          </a>
        </p>
      ) : null}
      {processes.some((process) => process.isFictitious) ? <FictitiousNotice /> : null}
      {processes.length === 0 ? <p>{m.none}</p> : <ProcessTable processes={processes} caption={m.listTitle} />}
    </Layout>
  );
}

function Treated({ step }: { step: StepView }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  if (!step.meeting && !step.item && !step.isClosedItem) return null;
  return (
    <>
      {step.meeting ? (
        <span class="step-meeting">
          {step.meeting.href ? <a href={step.meeting.href}>{step.meeting.label}</a> : step.meeting.label}
        </span>
      ) : null}
      {step.isClosedItem ? (
        <span class="step-item"> – {m.closedItem}</span>
      ) : step.item ? (
        <span class="step-item">
          {' – '}
          <a href={step.item.href}>{step.item.label}</a>
          {step.outcomeText ? ` (${step.outcomeText})` : null}
        </span>
      ) : null}
    </>
  );
}

function StepTable({ steps }: { steps: StepView[] }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  return (
    <DataTable
      caption={m.tableCaption}
      head={[m.step, m.body, m.due, m.status, m.treatedIn]}
      class="process-steps"
      isRegion
    >
      {steps.map((step) => (
        <tr id={`trin-${step.id}`} class={step.state === 'overdue' ? 'step-overdue' : undefined}>
          <th scope="row">
            {step.title}
            <span class="muted block-text">{step.actionText}</span>
          </th>
          <td>
            {step.body.href ? <a href={step.body.href}>{step.body.name}</a> : step.body.name}
            {step.body.publisher ? <span class="muted block-text">{step.body.publisher}</span> : null}
          </td>
          <td>{step.dueText}</td>
          <td>
            <span class={`step-state step-state-${step.state}`}>{step.stateText}</span>
            {step.notes.map((note) => (
              <span class="block-text step-note">{note}</span>
            ))}
          </td>
          <td>
            <Treated step={step} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ProcessPage({ process }: { process: ProcessDetailView }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  return (
    <Layout title={process.title}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/forloeb' }, { label: process.title }]} />
      <h1>{process.title}</h1>
      {process.isFictitious ? <FictitiousNotice /> : null}
      {process.flaggedReason ? (
        <div class="alert alert-warning" role="status">
          <div class="alert-body">
            <p class="alert-heading">{m.flagged}</p>
            <p class="alert-text">{process.flaggedReason}</p>
          </div>
        </div>
      ) : null}
      {process.description ? <p class="font-lead preserve-lines">{process.description}</p> : null}
      <Facts
        rows={[
          [m.owner, <a href={process.owner.href}>{process.owner.name}</a>],
          [m.progress, process.progressText],
          ...process.parallel.map((text): [string, string] => [m.step, text]),
        ]}
      />
      {process.editHref ? (
        <p>
          <a class="button button-secondary" href={process.editHref}>
            {m.edit}
          </a>
        </p>
      ) : null}
      {process.timeline ? (
        <>
          <h2>{m.pictureHeading}</h2>
          <ProcessTimeline
            timeline={process.timeline}
            title={m.pictureTitle(process.title)}
            desc={m.pictureDesc(process.counts, process.todayText)}
            labels={{ today: m.today, steps: m.stepsLane, legend: m.legend }}
          />
        </>
      ) : null}
      {process.phases.length > 0 ? (
        <DataTable caption={m.phasesCaption} head={[m.phase, m.period]}>
          {process.phases.map((phase) => (
            <tr>
              <th scope="row">{phase.title}</th>
              <td>{phase.periodText}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <h2>{m.tableCaption}</h2>
      <StepTable steps={process.steps} />
      <p>
        <a href={process.apiHref}>{m.apiLink}</a>
      </p>
    </Layout>
  );
}

/** The processes on a body's page (nothing when there are none). */
export function ProcessesSection({ processes }: { processes?: ProcessListItemView[] }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  if (!processes || processes.length === 0) return null;
  return (
    <section aria-labelledby="processes-heading">
      <h2 id="processes-heading">{m.processesOf}</h2>
      <ProcessTable processes={processes} caption={m.processesOf} />
      <p>
        <a href="/forloeb">{m.listTitle}</a>
      </p>
    </section>
  );
}

/** On an item's page: the processes whose step it treats (nothing when none). */
export function ItemProcesses({ links }: { links?: { href: string; process: string; step: string }[] }) {
  const m = PROCESS_MESSAGES[usePage().lang];
  if (!links || links.length === 0) return null;
  return (
    <section aria-labelledby="item-processes-heading">
      <h2 id="item-processes-heading">{m.itemSteps}</h2>
      <ul>
        {links.map((link) => (
          <li>
            {m.itemStep(link.step)}
            <a href={link.href}>{link.process}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
