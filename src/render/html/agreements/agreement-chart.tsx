/**
 * An investment agreement's picture: one bar per year of its amount, server-rendered SVG (no
 * script, prints as it shows), each bar's year and amount written above it so the picture reads at
 * 390 px as at full width; the data table beside it holds the same figures for screen readers and
 * copying. The bars use the frames' picture's styles (frames.css).
 */
import type { YearView } from './agreement-views.js';

const WIDTH = 360;
const ROW = 46;
const BAR = 16;

/** A bar's length for an amount, against the largest year (0 when there is none). */
function lengthOf(ore: bigint, largest: bigint): number {
  if (largest === 0n || ore <= 0n) return 0;
  return Number((ore * BigInt(WIDTH * 100)) / largest) / 100;
}

export function AgreementChart({ years, title }: { years: YearView[]; title: string }) {
  let largest = 0n; // bigints: no Math.max
  for (const year of years) if (year.amountOre > largest) largest = year.amountOre;
  const height = years.length * ROW + 4;
  return (
    <figure class="allocation-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="agreement-chart-title"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="agreement-chart-title">{title}</title>
        {years.map((year, i) => {
          const y = i * ROW;
          return (
            <g>
              <text x="0" y={y + 14} class="allocation-label">
                {year.year}: {year.amountText}
              </text>
              <rect x="0" y={y + 20} width={lengthOf(year.amountOre, largest)} height={BAR} class="bar-committed" />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
