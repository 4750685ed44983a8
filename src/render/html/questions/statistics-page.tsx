/** /organ/:slug/statistik: the question scheme in numbers for one body (counts only, public). */
import { Breadcrumbs } from '../components.js';
import { Layout } from '../layout.js';

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
  const title = `Statistik for spørgeordningen – ${body.name}`;
  const period = year === null ? 'alle år' : String(year);
  return (
    <Layout title={title}>
      <div lang="da">
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: 'Statistik for spørgeordningen' }]} />
        <h1>{title}</h1>
        <p class="font-lead">
          Spørgsmål stillet i {period}, opgjort {todayText}. Fristen for svar er {deadlineText} efter modtagelsen.
        </p>
        <YearNav href={body.href} years={years} year={year} />
        <StatisticsTable stats={stats} period={period} />
        <p>
          <a href={`${body.href}/spoergsmaal`}>Offentliggjorte spørgsmål og svar</a>
        </p>
      </div>
    </Layout>
  );
}

function YearNav({ href, years, year }: { href: string; years: number[]; year: number | null }) {
  if (years.length === 0) return null;
  return (
    <nav aria-label="Vælg år">
      <ul class="inline-list year-list">
        <li>
          <a href={`${href}/statistik`} aria-current={year === null ? 'page' : undefined}>
            Alle år
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
  return (
    <table class="table table--compact statistics-table">
      <caption>Spørgeordningen i tal, {period}</caption>
      <tbody>
        <tr>
          <th scope="row">Stillede spørgsmål</th>
          <td>{stats.asked}</td>
        </tr>
        <tr>
          <th scope="row">Besvarede</th>
          <td>{stats.answered}</td>
        </tr>
        <tr>
          <th scope="row">Besvaret inden for fristen</th>
          <td>
            {stats.answeredWithinDeadline} ({stats.withinDeadlineText})
          </td>
        </tr>
        <tr>
          <th scope="row">Svartid (median)</th>
          <td>{stats.medianText}</td>
        </tr>
        <tr>
          <th scope="row">Under behandling</th>
          <td>{stats.open}</td>
        </tr>
        <tr>
          <th scope="row">Over fristen nu</th>
          <td>{stats.overdueNow}</td>
        </tr>
        <tr>
          <th scope="row">Afvist af formanden</th>
          <td>{stats.declined}</td>
        </tr>
        <tr>
          <th scope="row">Uden for ordningen</th>
          <td>{stats.outsideScheme}</td>
        </tr>
      </tbody>
    </table>
  );
}
