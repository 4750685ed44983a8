/**
 * A horizontal bar chart as server-rendered SVG (no script, prints as it shows): one row per bar,
 * its label (with its amount) written above it and, where given, its figures in words below it, so
 * the picture reads at 390 px as at full width without telling colours apart. A bar may have
 * layers drawn over each other, the first being the whole (each later one no longer than it). The
 * page puts a data table with the same figures beside it for screen readers and copying. Used by a
 * frame's allocation and an investment agreement's years (styles in frames.css).
 */

const WIDTH = 360;
const BAR = 16;

export interface BarRow {
  /** Written above the bar, e.g. "Sundhedsråd Fyn: 487.500 kr.". */
  label: string;
  /** Amounts in øre with their style class; the first is the whole. */
  layers: { ore: bigint; class: string }[];
  /** Written below the bar, e.g. "Disponeret … · Forbrugt …". */
  figures?: string;
}

/** A bar's length for an amount, against the largest whole (0 when there is none). */
function lengthOf(ore: bigint, largest: bigint): number {
  if (largest === 0n || ore <= 0n) return 0;
  return Number((ore * BigInt(WIDTH * 100)) / largest) / 100;
}

export function BarChart({
  rows,
  title,
  titleId,
  legend,
}: {
  rows: BarRow[];
  title: string;
  titleId: string;
  legend?: { class: string; label: string }[];
}) {
  let largest = 0n; // bigints: no Math.max
  for (const row of rows) if ((row.layers[0]?.ore ?? 0n) > largest) largest = row.layers[0].ore;
  const rowHeight = rows.some((row) => row.figures) ? 64 : 46;
  return (
    <figure class="allocation-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${rows.length * rowHeight + 4}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{title}</title>
        {rows.map((row, i) => {
          const y = i * rowHeight;
          return (
            <g>
              <text x="0" y={y + 14} class="allocation-label">
                {row.label}
              </text>
              {row.layers.map((layer) => (
                <rect x="0" y={y + 20} width={lengthOf(layer.ore, largest)} height={BAR} class={layer.class} />
              ))}
              {row.figures ? (
                <text x="0" y={y + 52} class="allocation-figures">
                  {row.figures}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {legend ? (
        <figcaption>
          <ul class="allocation-legend nobullet-list">
            {legend.map((entry) => (
              <li>
                <span class={`swatch ${entry.class}`} aria-hidden="true" /> {entry.label}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
