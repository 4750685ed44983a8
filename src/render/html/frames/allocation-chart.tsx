/**
 * A frame's picture: per recipient one bar of what is allocated, with what is committed and spent
 * drawn over it (spent never exceeds committed, which never exceeds allocated, so each shows), and
 * the committed and spent amounts below it in words (render/html/bar-chart.tsx).
 */
import { BarChart } from '../bar-chart.js';
import type { FrameBarView } from './frame-views.js';

export function AllocationChart({
  bars,
  title,
  labels,
}: {
  bars: FrameBarView[];
  title: string;
  labels: { allocated: string; committed: string; spent: string };
}) {
  return (
    <BarChart
      title={title}
      titleId="allocation-chart-title"
      rows={bars.map((bar) => ({
        label: `${bar.label}: ${bar.allocatedText}`,
        layers: [
          { ore: bar.allocatedOre, class: 'bar-allocated' },
          { ore: bar.committedOre, class: 'bar-committed' },
          { ore: bar.spentOre, class: 'bar-spent' },
        ],
        figures: `${labels.committed} ${bar.committedText} · ${labels.spent} ${bar.spentText}`,
      }))}
      legend={[
        { class: 'bar-allocated', label: labels.allocated },
        { class: 'bar-committed', label: labels.committed },
        { class: 'bar-spent', label: labels.spent },
      ]}
    />
  );
}
