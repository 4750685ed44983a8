/**
 * The public GP capacity pages: every health council's board (/laegedaekning: possible against
 * actual GPs) and one council's (/laegedaekning/:slug): its figures, the picture of possible and
 * actual GPs per month beside the same figures as a table, its planning areas, practices
 * (ydernumre), vacancies with their deadlines and the decisions linked. Danish and English.
 */
import { VACANCY_DEADLINE_MONTHS } from '../../../domain/gp-capacity.js';
import { GP_MESSAGES } from '../../messages/gp-capacity.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice } from '../components.js';
import { Layout } from '../layout.js';
import { ListPage } from '../list-page.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { GpCapacityChart } from './gp-chart.js';
import type { GpBoardListItemView, GpBoardView } from './gp-views.js';

export function GpBoardsPage({ boards, canUpload }: { boards: GpBoardListItemView[]; canUpload: boolean }) {
  const m = GP_MESSAGES[usePage().lang];
  return (
    <ListPage
      title={m.listTitle}
      lead={m.listLead}
      create={canUpload ? { href: '/sekretariat/laegedaekning', label: m.upload } : null}
      count={boards.length}
      anyFictitious={boards.some((board) => board.isFictitious)}
      none={m.none}
    >
      <DataTable
        caption={m.listTitle}
        head={[m.council, m.possible, m.actual, m.gap, m.practices, m.openShare, m.vacanciesOpen, m.dataOn]}
      >
        {boards.map((board) => (
          <tr>
            <th scope="row">
              <a href={board.href}>{board.council.name}</a>
              <FictitiousMark when={board.isFictitious} />
            </th>
            <td class="numeric">{board.possible}</td>
            <td class="numeric">{board.actual}</td>
            <td>{board.gapText}</td>
            <td class="numeric">{board.practices}</td>
            <td class="numeric">{board.openShareText}</td>
            <td class="numeric">{board.vacanciesOpen}</td>
            <td>{board.dataOnText}</td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}

function HistoryTable({ board }: { board: GpBoardView }) {
  const m = GP_MESSAGES[usePage().lang];
  return (
    <DataTable
      caption={m.historyCaption}
      head={[m.month, m.possible, m.actual, m.gap, m.open, m.closed, m.vacanciesOpen]}
      class="gp-history-table"
      isRegion
    >
      {board.history.map((point) => (
        <tr>
          <th scope="row">{point.monthText}</th>
          <td class="numeric">{point.possible}</td>
          <td class="numeric">{point.actual}</td>
          <td>{point.gapText}</td>
          <td class="numeric">{point.practicesOpen}</td>
          <td class="numeric">{point.practicesClosed}</td>
          <td class="numeric">{point.vacanciesOpen}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function AreasAndPractices({ board }: { board: GpBoardView }) {
  const m = GP_MESSAGES[usePage().lang];
  return (
    <>
      <h2 id="areas-heading">{m.areasHeading}</h2>
      <DataTable
        caption={m.areasHeading}
        head={[m.area, m.practices, m.open, m.gps, m.capacity, m.patients, m.capacityUse]}
        isRegion
      >
        {board.areas.map((area) => (
          <tr>
            <th scope="row">{area.name}</th>
            <td class="numeric">{area.practices}</td>
            <td class="numeric">{area.practicesOpen}</td>
            <td class="numeric">{area.gps}</td>
            <td class="numeric">{area.capacityText}</td>
            <td class="numeric">{area.patientsText}</td>
            <td class="numeric">{area.useText}</td>
          </tr>
        ))}
      </DataTable>
      <h2 id="practices-heading">{m.practicesHeading}</h2>
      <DataTable
        caption={m.practicesHeading}
        head={[m.practiceNumber, m.practiceName, m.area, m.gps, m.capacity, m.patients, m.capacityUse, m.openForNew]}
        isRegion
      >
        {board.practiceRows.map((practice) => (
          <tr>
            <th scope="row">{practice.number}</th>
            <td>{practice.name}</td>
            <td>{practice.area}</td>
            <td class="numeric">{practice.gps}</td>
            <td class="numeric">{practice.capacityText}</td>
            <td class="numeric">{practice.patientsText}</td>
            <td class="numeric">{practice.useText}</td>
            <td>{practice.isOpen ? m.open : m.closed}</td>
          </tr>
        ))}
      </DataTable>
      <p class="muted">{m.ownersNote}</p>
    </>
  );
}

function Vacancies({ board }: { board: GpBoardView }) {
  const m = GP_MESSAGES[usePage().lang];
  return (
    <section aria-labelledby="vacancies-heading">
      <h2 id="vacancies-heading">{m.vacanciesHeading}</h2>
      <p>{m.vacanciesLead(VACANCY_DEADLINE_MONTHS)}</p>
      {board.vacancies.length === 0 ? (
        <p>{m.noVacancies}</p>
      ) : (
        <DataTable
          caption={m.vacanciesHeading}
          head={[m.practiceNumber, m.practiceName, m.clockStarts, m.deadline, m.state, m.decision]}
          isRegion
        >
          {board.vacancies.map((vacancy) => (
            <tr id={`vakance-${vacancy.id}`}>
              <th scope="row">{vacancy.practiceNumber}</th>
              <td>
                {vacancy.practiceName} ({vacancy.areaName})
              </td>
              <td>{vacancy.clockStartsText}</td>
              <td>{vacancy.deadlineText}</td>
              <td>
                <span class={`gp-state gp-state-${vacancy.state}`}>{vacancy.stateText}</span>
                {vacancy.daysLeftText ? <span class="muted"> ({vacancy.daysLeftText})</span> : null}
              </td>
              <td>
                {vacancy.decision ? <a href={vacancy.decision.href}>{vacancy.decision.label}</a> : null}
                {vacancy.note ? <span class="preserve-lines"> {vacancy.note}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Decisions({ board }: { board: GpBoardView }) {
  const m = GP_MESSAGES[usePage().lang];
  return (
    <section aria-labelledby="gp-decisions-heading">
      <h2 id="gp-decisions-heading">{m.decisionsHeading}</h2>
      {board.decisions.length === 0 ? (
        <p>{m.noDecisions}</p>
      ) : (
        <ul>
          {board.decisions.map((decision) => (
            <li>
              <a href={decision.href}>{decision.label}</a>
              {decision.note ? <span class="preserve-lines">: {decision.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function GpBoardPage({ board, canEdit }: { board: GpBoardView; canEdit: boolean }) {
  const m = GP_MESSAGES[usePage().lang];
  const title = m.boardTitle(board.council.name);
  return (
    <Layout title={title}>
      <Breadcrumbs items={[{ label: m.listTitle, href: '/laegedaekning' }, { label: board.council.name }]} />
      <h1>{title}</h1>
      {board.isFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead">{m.boardLead}</p>
      {canEdit ? (
        <p>
          <a class="button button-secondary" href={`/sekretariat${board.href}`}>
            {m.editBoard}
          </a>
        </p>
      ) : null}
      <Facts
        rows={[
          [m.council, <a href={board.council.href}>{board.council.name}</a>],
          [m.possible, String(board.possible)],
          [m.actual, String(board.actual)],
          [m.gap, board.gapText],
          [m.openShare, board.openShareText],
          [m.vacanciesOpen, String(board.vacanciesOpen)],
          [m.dataOn, board.dataOnText],
          [m.source, board.sourceText],
        ]}
      />
      <h2>{m.pictureHeading}</h2>
      {board.history.length === 0 ? (
        <p>{m.noHistory}</p>
      ) : (
        <div class="allocation-picture">
          <GpCapacityChart
            points={board.history}
            title={m.pictureTitle(board.council.name)}
            labels={{ possible: m.possible, actual: m.actual }}
          />
          <HistoryTable board={board} />
        </div>
      )}
      <AreasAndPractices board={board} />
      <Vacancies board={board} />
      <Decisions board={board} />
      <p>
        <a href={board.apiHref}>{m.apiLink}</a>
      </p>
    </Layout>
  );
}

/** The link on a health council's page to its board (nothing when it has none). */
export function GpCapacityLink({ href }: { href?: string }) {
  const m = GP_MESSAGES[usePage().lang];
  if (!href) return null;
  return (
    <section aria-labelledby="gp-capacity-heading">
      <h2 id="gp-capacity-heading">{m.listTitle}</h2>
      <p>
        <a href={href}>{m.councilLink}</a>
      </p>
    </section>
  );
}
