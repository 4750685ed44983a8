/** Instants as Danes read them, in Danish time. */

const INSTANT = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "26. november 2026 kl. 08.24.52" (Danish time). */
export function formatInstant(at: Date): string {
  return INSTANT.format(at);
}
