/**
 * The addresses the page frame links its stylesheets and scripts by. Once the web layer has read
 * the static files (web/kit/assets.ts registers them at start-up), an address names the file's
 * content — /static/protokol.3f9a1c07be.css — so that browsers may keep it for a year; before
 * that, and for a file it does not know, the plain /static/ address, which always works.
 */
const fingerprinted = new Map<string, string>();

/** Called by the web layer with each static file's fingerprinted address. */
export function registerAssetHrefs(hrefs: Iterable<[name: string, href: string]>): void {
  for (const [name, href] of hrefs) fingerprinted.set(name, href);
}

/** "protokol.css" → "/static/protokol.<hash>.css" (or "/static/protokol.css" until registered). */
export function assetHref(name: string): string {
  return fingerprinted.get(name) ?? `/static/${name}`;
}
