/** A one-line progress bar for terminals: "[#####-----] 120/2000 (6 %) fil.txt". */
export function progressLine(done: number, total: number, label: string, width = 30): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  const name = label.length > 40 ? `…${label.slice(-39)}` : label;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${Math.round(ratio * 100)} %) ${name}\u001b[K`;
}
