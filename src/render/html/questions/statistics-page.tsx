/** /organ/:slug/statistik: the question scheme in numbers for one body (counts only, public). */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Breadcrumbs } from '../components.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';

export interface StatisticsView {
  asked: number;
  answered: number;
  answeredWithinDeadline: number;
  /** "83,3 %" or "–" */
  withinDeadlineText: string;
  /** "4 dage" or "–" */
  medianText: string;
  overdueNow: number;
  open: number;
  declined: number;
  outsideScheme: number;
}

export function StatisticsPage({
  body,
  stats,
  years,
  year,
  todayText,
  deadlineText,
}: {
  body: { name: string; href: string };
  stats: StatisticsView;
  years: number[];
  /** null: every year. */
  year: number | null;
  todayText: string;
  /** The body's deadline rule: "1 uge", "5 arbejdsdage". */
  deadlineText: string;
}) {
  const m = QUESTION_MESSAGES[usePage().lang].statistics;
  const title = m.title(body.name);
  const period = year === null ? m.allYears : String(year);
  return (
    <Layout title={title}>
      <div>
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: m.crumb }]} />
        <h1>{title}</h1>
        <p class="font-lead">{m.lead(period, todayText, deadlineText)}</p>
        <YearNav href={body.href} years={years} year={year} />
        <StatisticsTable stats={stats} period={period} />
        <p>
          <a href={`${body.href}/spoergsmaal`}>{m.publicAnswers}</a>
        </p>
      </div>
    </Layout>
  );
}

function YearNav({ href, years, year }: { href: string; years: number[]; year: number | null }) {
  const m = QUESTION_MESSAGES[usePage().lang].statistics;
  if (years.length === 0) return null;
  return (
    <nav aria-label={m.chooseYear}>
      <ul class="inline-list year-list">
        <li>
          <a href={`${href}/statistik`} aria-current={year === null ? 'page' : undefined}>
            {m.allYearsLink}
          </a>
        </li>
        {years.map((y) => (
          <li>
            <a href={`${href}/statistik?aar=${y}`} aria-current={year === y ? 'page' : undefined}>
              {y}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function StatisticsTable({ stats, period }: { stats: StatisticsView; period: string }) {
  const m = QUESTION_MESSAGES[usePage().lang].statistics;
  return (
    <table class="table table--compact statistics-table">
      <caption>{m.caption(period)}</caption>
      <tbody>
        <tr>
          <th scope="row">{m.asked}</th>
          <td>{stats.asked}</td>
        </tr>
        <tr>
          <th scope="row">{m.answered}</th>
          <td>{stats.answered}</td>
        </tr>
        <tr>
          <th scope="row">{m.withinDeadline}</th>
          <td>
            {stats.answeredWithinDeadline} ({stats.withinDeadlineText})
          </td>
        </tr>
        <tr>
          <th scope="row">{m.median}</th>
          <td>{stats.medianText}</td>
        </tr>
        <tr>
          <th scope="row">{m.open}</th>
          <td>{stats.open}</td>
        </tr>
        <tr>
          <th scope="row">{m.overdueNow}</th>
          <td>{stats.overdueNow}</td>
        </tr>
        <tr>
          <th scope="row">{m.declined}</th>
          <td>{stats.declined}</td>
        </tr>
        <tr>
          <th scope="row">{m.outsideScheme}</th>
          <td>{stats.outsideScheme}</td>
        </tr>
      </tbody>
    </table>
  );
}
