/**
 * A frame's picture: per recipient one bar of what is allocated, with what is committed and spent
 * drawn over it (spent never exceeds committed, which never exceeds allocated, so each shows),
 * server-rendered SVG (no script, prints as it shows). Each bar's label and amount stand above it
 * and its committed and spent amounts below it in words, so the picture reads without telling the
 * colours apart, at 390 px as at full width; the data table beside it holds the same figures for
 * screen readers and copying.
 */
import type { FrameBarView } from './frame-views.js';

const WIDTH = 360;
const ROW = 64;
const BAR = 16;

/** A bar's length for an amount, against the largest allocation (0 when there is none). */
function lengthOf(ore: bigint, largest: bigint): number {
  if (largest === 0n || ore <= 0n) return 0;
  return Number((ore * BigInt(WIDTH * 100)) / largest) / 100;
}

export function AllocationChart({
  bars,
  title,
  labels,
}: {
  bars: FrameBarView[];
  title: string;
  labels: { allocated: string; committed: string; spent: string };
}) {
  let largest = 0n; // bigints: no Math.max
  for (const bar of bars) if (bar.allocatedOre > largest) largest = bar.allocatedOre;
  const height = bars.length * ROW + 4;
  return (
    <figure class="allocation-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="allocation-chart-title"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="allocation-chart-title">{title}</title>
        {bars.map((bar, i) => {
          const y = i * ROW;
          return (
            <g>
              <text x="0" y={y + 14} class="allocation-label">
                {bar.label}: {bar.allocatedText}
              </text>
              <rect x="0" y={y + 20} width={lengthOf(bar.allocatedOre, largest)} height={BAR} class="bar-allocated" />
              <rect x="0" y={y + 20} width={lengthOf(bar.committedOre, largest)} height={BAR} class="bar-committed" />
              <rect x="0" y={y + 20} width={lengthOf(bar.spentOre, largest)} height={BAR} class="bar-spent" />
              <text x="0" y={y + 52} class="allocation-figures">
                {labels.committed} {bar.committedText} · {labels.spent} {bar.spentText}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="allocation-legend nobullet-list">
          <li>
            <span class="swatch bar-allocated" aria-hidden="true" /> {labels.allocated}
          </li>
          <li>
            <span class="swatch bar-committed" aria-hidden="true" /> {labels.committed}
          </li>
          <li>
            <span class="swatch bar-spent" aria-hidden="true" /> {labels.spent}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
