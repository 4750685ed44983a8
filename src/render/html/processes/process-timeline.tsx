/**
 * A process's timeline as a picture: server-rendered SVG (no script, prints as it shows). Phases
 * are bars, each with its title above; the steps are marks on one lane below them at their due
 * (a month's last day), shaped and coloured by status — done filled, open hollow, overdue a diamond
 * in DKFDS's warning colour, skipped grey — and a line marks today. Months are ticked along the
 * top. The table beside it holds the same for screen readers and copying.
 */
import { MONTHS } from '../../../domain/danish-dates.js';
import { daysBetween } from '../../../domain/deadlines.js';
import { PUBLIC_STEP_STATES } from '../../../domain/process.js';
import type { TimelineView } from './process-views.js';

const WIDTH = 360;
const LEFT = 4;
const RIGHT = 4;
const AXIS = 22;
const PHASE_ROW = 34;
const LANE = 40;

const monthStarts = (from: string, to: string): string[] => {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  for (let i = 0; i < 240; i++) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) break;
    if (start >= from) months.push(start);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
};

function Mark({ x, y, state, label }: { x: number; y: number; state: string; label: string }) {
  const title = label ? <title>{label}</title> : null;
  if (state === 'overdue') {
    return (
      <path d={`M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`} class={`mark mark-${state}`}>
        {title}
      </path>
    );
  }
  return (
    <circle cx={x} cy={y} r="5.5" class={`mark mark-${state}`}>
      {title}
    </circle>
  );
}

export function ProcessTimeline({
  timeline,
  title,
  desc,
  labels,
}: {
  timeline: TimelineView;
  title: string;
  desc: string;
  labels: { today: string; steps: string; legend: Record<string, string> };
}) {
  const span = Math.max(1, daysBetween(timeline.from, timeline.to));
  const x = (date: string) => {
    const days = Math.min(span, Math.max(0, daysBetween(timeline.from, date)));
    return Math.round((LEFT + (days / span) * (WIDTH - LEFT - RIGHT)) * 10) / 10;
  };
  const lane = AXIS + timeline.phases.length * PHASE_ROW + 8;
  const height = lane + LANE;
  const months = monthStarts(timeline.from, timeline.to);
  const every = Math.max(1, Math.ceil(months.length / 6));
  const showToday = timeline.today >= timeline.from && timeline.today <= timeline.to;
  return (
    <figure class="process-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="process-timeline-title process-timeline-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="process-timeline-title">{title}</title>
        <desc id="process-timeline-desc">{desc}</desc>
        {months.map((start, i) => {
          const [year, month] = start.split('-').map(Number);
          return (
            <g>
              <line x1={x(start)} x2={x(start)} y1={AXIS - 6} y2={height} class="timeline-grid" />
              {i % every === 0 ? (
                <text x={x(start) + 2} y={12} class="timeline-tick">
                  {`${MONTHS[month - 1].slice(0, 3)}${month === 1 || i === 0 ? ` ${year}` : ''}`}
                </text>
              ) : null}
            </g>
          );
        })}
        {timeline.phases.map((phase, i) => {
          const y = AXIS + i * PHASE_ROW;
          const start = x(phase.startsOn);
          const width = Math.max(3, x(phase.endsOn) - start);
          return (
            <g>
              <text x={Math.min(start, WIDTH - 150)} y={y + 11} class="timeline-label">
                {phase.title}
              </text>
              <rect x={start} y={y + 15} width={width} height={12} rx="2" class="timeline-phase" />
            </g>
          );
        })}
        <text x={LEFT} y={lane + 10} class="timeline-label">
          {labels.steps}
        </text>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={lane + 26} y2={lane + 26} class="timeline-lane" />
        {timeline.marks.map((mark) => (
          <Mark x={x(mark.date)} y={lane + 26} state={mark.state} label={mark.label} />
        ))}
        {showToday ? (
          <g>
            <line x1={x(timeline.today)} x2={x(timeline.today)} y1={AXIS - 4} y2={height} class="timeline-today" />
            <text x={Math.min(x(timeline.today) + 3, WIDTH - 30)} y={AXIS + 2} class="timeline-today-label">
              {labels.today}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <ul class="timeline-legend nobullet-list">
          {PUBLIC_STEP_STATES.map((state) => (
            <li>
              <svg viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <Mark x={0} y={0} state={state} label="" />
              </svg>{' '}
              {labels.legend[state]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
