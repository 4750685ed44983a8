/**
 * The public frames: every frame (/rammer) and one frame (/ramme/:id) with its picture (SVG bars of
 * allocated, committed and spent per recipient) and the same figures as a table beside it, its
 * key, purpose, conditions and the decision that set it aside. Danish and English.
 */
import { FRAME_MESSAGES } from '../../messages/frames.js';
import { PROJECT_MESSAGES } from '../../messages/projects.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from '../components.js';
import { Layout } from '../layout.js';
import { ListPage } from '../list-page.js';
import { usePage } from '../page-context.js';
import { ProjectsSection } from '../projects/project-pages.js';
import type { ProjectListItemView } from '../projects/project-views.js';
import { DataTable } from '../tables.js';
import { AllocationChart } from './allocation-chart.js';
import type { FrameDetailView, FrameListItemView } from './frame-views.js';

/** A list of frames as a table (the list page, a body's and a publisher's page). */
export function FrameTable({ frames, caption }: { frames: FrameListItemView[]; caption: string }) {
  const m = FRAME_MESSAGES[usePage().lang];
  return (
    <DataTable caption={caption} head={[m.frame, m.total, m.years, m.decidingBody, m.recipients]}>
      {frames.map((frame) => (
        <tr>
          <th scope="row">
            <a href={frame.href}>{frame.title}</a>
            <FictitiousMark when={frame.isFictitious} />
          </th>
          <td class="numeric">{frame.totalText}</td>
          <td>{frame.yearsText}</td>
          <td>
            <a href={frame.decidingBody.href}>{frame.decidingBody.name}</a>
          </td>
          <td class="numeric">{frame.recipients}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function FramesPage({ frames, canCreate }: { frames: FrameListItemView[]; canCreate: boolean }) {
  const m = FRAME_MESSAGES[usePage().lang];
  return (
    <ListPage
      title={m.listTitle}
      lead={m.listLead}
      create={canCreate ? { href: '/sekretariat/rammer/ny', label: m.newFrame } : null}
      count={frames.length}
      anyFictitious={frames.some((one) => one.isFictitious)}
      none={m.none}
    >
      <FrameTable frames={frames} caption={m.listTitle} />
    </ListPage>
  );
}

function AllocationTable({ frame }: { frame: FrameDetailView }) {
  const m = FRAME_MESSAGES[usePage().lang];
  return (
    <DataTable
      caption={m.tableCaption}
      head={[m.recipient, m.weight, m.share, m.allocated, m.committed, m.spent, m.left]}
      class="allocation-table"
      isRegion
    >
      {frame.rows.map((row) => (
        <tr>
          <th scope="row">
            <a href={row.recipient.href}>{row.recipient.name}</a>
          </th>
          <td class="numeric">
            {row.weightText}
            {row.isFictitious ? <span class="muted"> ({m.fictitiousWeight})</span> : null}
          </td>
          <td class="numeric">{row.shareText}</td>
          <td class="numeric">{row.allocatedText}</td>
          <td class="numeric">{row.committedText}</td>
          <td class="numeric">{row.spentText}</td>
          <td class="numeric">{row.leftText}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function FramePage({ frame, projects }: { frame: FrameDetailView; projects?: ProjectListItemView[] }) {
  const m = FRAME_MESSAGES[usePage().lang];
  const p = PROJECT_MESSAGES[usePage().lang];
  return (
    <Layout title={frame.title}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/rammer' }, { label: frame.title }]} />
      <h1>{frame.title}</h1>
      {frame.isFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead preserve-lines">{frame.purpose}</p>
      <Facts
        rows={[
          [m.total, frame.totalText],
          [m.years, frame.yearsText],
          [m.owner, <a href={frame.owner.href}>{frame.owner.name}</a>],
          [m.decidingBody, <a href={frame.decidingBody.href}>{frame.decidingBody.name}</a>],
          [m.decision, frame.decision ? <a href={frame.decision.href}>{frame.decision.label}</a> : m.noDecision],
          [m.conditions, frame.conditions ? <span class="preserve-lines">{frame.conditions}</span> : null],
          [m.key, `${frame.key.name}, ${frame.key.versionText} (${frame.key.kindText})`],
          [m.keySource, `${frame.key.source}, ${frame.key.sourceOnText}`],
        ]}
      />
      <h2>{m.pictureHeading}</h2>
      <div class="allocation-picture">
        <AllocationChart
          bars={frame.bars}
          title={m.pictureCaption}
          labels={{ allocated: m.allocated, committed: m.committed, spent: m.spent }}
        />
        <AllocationTable frame={frame} />
      </div>
      {frame.hasFictitiousShares ? <p class="muted">{m.fictitiousShares}</p> : null}
      <p class="muted">
        {p.committedNote} {p.spentNote}
      </p>
      <ProjectsSection projects={projects} heading={p.projectsOnFrame} />
      <ul class="nobullet-list">
        <li>
          <a href={frame.csvHref}>{m.download}</a>
        </li>
        <li>
          <a href={frame.apiHref}>{m.apiLink}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** The frames on a body's or a publisher's page (nothing when there are none). */
export function FramesSection({ frames }: { frames?: FrameListItemView[] }) {
  const m = FRAME_MESSAGES[usePage().lang];
  if (!frames || frames.length === 0) return null;
  return (
    <section aria-labelledby="frames-heading">
      <h2 id="frames-heading">{m.framesOf}</h2>
      <FrameTable frames={frames} caption={m.framesOf} />
      <p>
        <a href="/rammer">{m.listTitle}</a>
      </p>
    </section>
  );
}
