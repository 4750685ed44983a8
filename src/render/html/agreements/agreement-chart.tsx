/**
 * An investment agreement's picture: one bar per year of its amount, the year and amount written
 * above it (render/html/bar-chart.tsx, the frames' picture's styles).
 */
import { BarChart } from '../bar-chart.js';
import type { YearView } from './agreement-views.js';

export function AgreementChart({ years, title }: { years: YearView[]; title: string }) {
  return (
    <BarChart
      title={title}
      titleId="agreement-chart-title"
      rows={years.map((year) => ({
        label: `${year.year}: ${year.amountText}`,
        layers: [{ ore: year.amountOre, class: 'bar-committed' }],
      }))}
    />
  );
}
