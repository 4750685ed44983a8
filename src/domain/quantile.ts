/**
 * The q-quantile of some numbers, interpolated between the two nearest (as PostgreSQL's
 * percentile_cont): q = 0.5 is the median, q = 0.95 the p95; null for no numbers. Pure.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}
