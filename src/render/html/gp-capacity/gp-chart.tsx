/**
 * A health council's GP capacity over time: the model's possible number of GPs (dashed) and the
 * actual number (solid) per month as two lines with their points, server-rendered SVG (no script,
 * prints as it shows). The first and last month are named under the axis and the scale beside it;
 * the data table beside the picture holds every figure for screen readers and copying.
 */
import type { GpHistoryPointView } from './gp-views.js';

const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 34;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/** The top of the scale: the largest figure with room above it, rounded up to a round number. */
function scaleTop(points: readonly Pick<GpHistoryPointView, 'possible' | 'actual'>[]): number {
  const largest = Math.max(1, ...points.flatMap((point) => [point.possible, point.actual]));
  const step = largest <= 10 ? 2 : largest <= 50 ? 10 : largest <= 200 ? 20 : 10 ** Math.floor(Math.log10(largest));
  return Math.ceil((largest * 1.1) / step) * step;
}

export function GpCapacityChart({
  points,
  title,
  labels,
}: {
  points: GpHistoryPointView[];
  title: string;
  labels: { possible: string; actual: string };
}) {
  const top = scaleTop(points);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) =>
    Math.round((LEFT + (points.length === 1 ? plotWidth / 2 : (i * plotWidth) / (points.length - 1))) * 10) / 10;
  const y = (value: number) => Math.round((TOP + plotHeight - (value / top) * plotHeight) * 10) / 10;
  const line = (pick: (point: GpHistoryPointView) => number) =>
    points.map((point, i) => `${x(i)},${y(pick(point))}`).join(' ');
  const first = points[0];
  const last = points.at(-1);
  return (
    <figure class="gp-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby="gp-chart-title"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="gp-chart-title">{title}</title>
        {[0, top / 2, top].map((value) => (
          <g>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} class="gp-grid" />
            <text x={LEFT - 6} y={y(value) + 4} class="gp-axis-label" text-anchor="end">
              {value}
            </text>
          </g>
        ))}
        <polyline points={line((point) => point.possible)} class="gp-line-possible" />
        <polyline points={line((point) => point.actual)} class="gp-line-actual" />
        {points.map((point, i) => (
          <g>
            <circle cx={x(i)} cy={y(point.possible)} r="3" class="gp-point-possible" />
            <circle cx={x(i)} cy={y(point.actual)} r="3.5" class="gp-point-actual" />
          </g>
        ))}
        {first ? (
          <text x={x(0)} y={HEIGHT - 8} class="gp-axis-label" text-anchor={points.length === 1 ? 'middle' : 'start'}>
            {first.monthText}
          </text>
        ) : null}
        {last && points.length > 1 ? (
          <text x={x(points.length - 1)} y={HEIGHT - 8} class="gp-axis-label" text-anchor="end">
            {last.monthText}
          </text>
        ) : null}
      </svg>
      <figcaption>
        <ul class="allocation-legend nobullet-list">
          <li>
            <span class="swatch gp-swatch-possible" aria-hidden="true" /> {labels.possible}
          </li>
          <li>
            <span class="swatch gp-swatch-actual" aria-hidden="true" /> {labels.actual}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
