/**
 * The public projects: every project (/projekter) and one project (/projekt/:id) with its facts,
 * amounts as Danes write them, its course as a timeline (SVG) beside the same steps as a table,
 * each linked to the decision that took it (a closed item only as "decided in a closed item"), and
 * its status reports (a PDF to download when it came as one) and what it spent. The sections on a frame's and a body's page. Danish and English.
 */
import { PROJECT_MESSAGES } from '../../messages/projects.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from '../components.js';
import { Layout } from '../layout.js';
import { ListPage } from '../list-page.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { ProjectTimeline } from './project-timeline.js';
import type { ProjectDetailView, ProjectListItemView } from './project-views.js';

/** A list of projects as a table (the list page, a frame's and a body's page). */
export function ProjectTable({ projects, caption }: { projects: ProjectListItemView[]; caption: string }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.project, m.status, m.drawsOn, m.granted, m.bodies]}>
      {projects.map((project) => (
        <tr>
          <th scope="row">
            <a href={project.href}>{project.name}</a>
            <FictitiousMark when={project.isFictitious} />
          </th>
          <td>{project.statusText}</td>
          <td>{project.source.href ? <a href={project.source.href}>{project.source.text}</a> : project.source.text}</td>
          <td class="numeric">{project.grantedText ?? '–'}</td>
          <td>
            {project.bodies.map((body, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={body.href}>{body.name}</a>
              </>
            ))}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ProjectsPage({ projects, canCreate }: { projects: ProjectListItemView[]; canCreate: boolean }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  return (
    <ListPage
      title={m.listTitle}
      lead={m.listLead}
      create={canCreate ? { href: '/sekretariat/projekter/ny', label: m.newProject } : null}
      count={projects.length}
      anyFictitious={projects.some((one) => one.isFictitious)}
      none={m.none}
    >
      <ProjectTable projects={projects} caption={m.listTitle} />
    </ListPage>
  );
}

function LifecycleTable({ project }: { project: ProjectDetailView }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  return (
    <DataTable
      caption={m.timelineCaption}
      head={[m.date, m.status, m.decision, m.note]}
      class="lifecycle-table"
      isRegion
    >
      {project.transitions.map((step) => (
        <tr>
          <td>{step.dateText}</td>
          <th scope="row">{step.statusText}</th>
          <td>
            {step.decision === null ? (
              <span class="muted">{m.noDecision}</span>
            ) : step.decision.href ? (
              <a href={step.decision.href}>{step.decision.label}</a>
            ) : (
              step.decision.label
            )}
          </td>
          <td class="preserve-lines">{step.note ?? ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function Reports({ project }: { project: ProjectDetailView }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  if (project.reports.length === 0) return <p>{m.noReports}</p>;
  return (
    <ul class="project-reports nobullet-list">
      {project.reports.map((report) => (
        <li>
          <h3 class="h5">
            {m.due}: {report.dueText} – {report.receivedText ? `${m.received} ${report.receivedText}` : m.notReceived}
            {report.isOverdue ? <strong> ({m.overdue})</strong> : null}
          </h3>
          {report.body ? <p class="preserve-lines">{report.body}</p> : null}
          {report.documentUrl ? (
            <p>
              <a href={report.documentUrl}>{m.report}</a>
            </p>
          ) : null}
          {report.file ? (
            <p>
              <a href={report.file.href} download>
                {report.file.text}
              </a>
            </p>
          ) : null}
          {report.onAgenda ? (
            <p>
              <a href={report.onAgenda.href}>{report.onAgenda.label}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Spending({ project }: { project: ProjectDetailView }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  return (
    <>
      <h2>{m.spendingHeading}</h2>
      {project.spendings.length === 0 ? (
        <p>{m.noSpending}</p>
      ) : (
        <DataTable caption={m.spendingHeading} head={[m.date, m.spent, m.note]} isRegion>
          {project.spendings.map((entry) => (
            <tr>
              <td>{entry.dateText}</td>
              <td class="numeric">{entry.amountText}</td>
              <td>{entry.note}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

export function ProjectPage({ project }: { project: ProjectDetailView }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  return (
    <Layout title={project.name}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/projekter' }, { label: project.name }]} />
      <h1>{project.name}</h1>
      {project.isFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead preserve-lines">{project.purpose}</p>
      <Facts
        rows={[
          [m.status, project.statusText],
          [
            m.drawsOn,
            project.source.href ? <a href={project.source.href}>{project.source.text}</a> : project.source.text,
          ],
          [
            m.bodies,
            project.bodies.map((body, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={body.href}>{body.name}</a>
              </>
            )),
          ],
          ...project.facts,
        ]}
      />
      {project.manageHref ? (
        <p>
          <a class="button button-secondary" href={project.manageHref}>
            {m.manage}
          </a>
        </p>
      ) : null}
      <h2>{m.lifecycleHeading}</h2>
      <div class="allocation-picture">
        <ProjectTimeline timeline={project.timeline} title={m.timelineTitle(project.name)} legend={m.legend} />
        <LifecycleTable project={project} />
      </div>
      <h2>{m.reportsHeading}</h2>
      <Reports project={project} />
      <Spending project={project} />
      <p>
        <a href={project.apiHref}>{m.apiLink}</a>
      </p>
    </Layout>
  );
}

/** The projects on a frame's or a body's page (nothing when there are none). */
export function ProjectsSection({ projects, heading }: { projects?: ProjectListItemView[]; heading?: string }) {
  const m = PROJECT_MESSAGES[usePage().lang];
  if (!projects || projects.length === 0) return null;
  const title = heading ?? m.projectsOf;
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">{title}</h2>
      <ProjectTable projects={projects} caption={title} />
      <p>
        <a href="/projekter">{m.listTitle}</a>
      </p>
    </section>
  );
}
