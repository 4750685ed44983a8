/**
 * A project's timeline: its period as a bar (the extension in a lighter shade), each lifecycle step
 * and status report as a mark on one line of years, today as a line. Server-rendered SVG (no
 * script, prints as it shows); the lifecycle table beside it holds the same dates for screen
 * readers and copying, so the marks carry no text of their own but their titles.
 */
import type { TimelineView } from './project-views.js';

const WIDTH = 360;
const LEFT = 4;
const SPAN = WIDTH - 2 * LEFT;

const xOf = (at: number, days: number) => LEFT + (days === 0 ? 0 : (at / days) * SPAN);

export interface TimelineLegend {
  period: string;
  extension: string;
  step: string;
  report: string;
  today: string;
}

export function ProjectTimeline({
  timeline,
  title,
  legend,
}: {
  timeline: TimelineView;
  title: string;
  legend: TimelineLegend;
}) {
  const x = (at: number) => Math.round(xOf(at, timeline.days) * 10) / 10;
  return (
    <figure class="project-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} 92`}
        width="100%"
        role="img"
        aria-labelledby="project-timeline-title"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="project-timeline-title">{title}</title>
        <line x1={LEFT} y1="60" x2={WIDTH - LEFT} y2="60" class="timeline-axis" />
        {timeline.years.map((year) => (
          <g>
            <line x1={x(year.at)} y1="56" x2={x(year.at)} y2="64" class="timeline-axis" />
            <text x={x(year.at)} y="80" class="timeline-year">
              {year.label}
            </text>
          </g>
        ))}
        {timeline.period ? (
          <rect
            x={x(timeline.period.from)}
            y="30"
            width={Math.max(1, x(timeline.period.to) - x(timeline.period.from))}
            height="14"
            class="timeline-period"
          />
        ) : null}
        {timeline.extension ? (
          <rect
            x={x(timeline.extension.from)}
            y="30"
            width={Math.max(1, x(timeline.extension.to) - x(timeline.extension.from))}
            height="14"
            class="timeline-extension"
          />
        ) : null}
        {timeline.marks.map((mark) => (
          <circle cx={x(mark.at)} cy="60" r="5" class="timeline-step">
            <title>{mark.label}</title>
          </circle>
        ))}
        {timeline.reports.map((report) => (
          <rect
            x={x(report.at) - 4}
            y="12"
            width="8"
            height="8"
            class={report.received ? 'timeline-report-received' : 'timeline-report'}
          >
            <title>{report.label}</title>
          </rect>
        ))}
        {timeline.today !== null ? (
          <line x1={x(timeline.today)} y1="4" x2={x(timeline.today)} y2="68" class="timeline-today" />
        ) : null}
      </svg>
      <figcaption>
        <ul class="allocation-legend nobullet-list">
          <li>
            <span class="swatch timeline-period" aria-hidden="true" /> {legend.period}
          </li>
          {timeline.extension ? (
            <li>
              <span class="swatch timeline-extension" aria-hidden="true" /> {legend.extension}
            </li>
          ) : null}
          <li>
            <span class="swatch timeline-step" aria-hidden="true" /> {legend.step}
          </li>
          <li>
            <span class="swatch timeline-report" aria-hidden="true" /> {legend.report}
          </li>
          <li>
            <span class="swatch timeline-today" aria-hidden="true" /> {legend.today}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
