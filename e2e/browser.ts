/**
 * What every browser test shares: Debian's Chromium through playwright-core, launched with the
 * flags this closed network needs (STACK.md §4), axe-core injected into the page, the time a
 * browser test may take, and clicking through to the next page. Tests wait for conditions (a
 * URL, a page's load event, an element), never for fixed times.
 * Without Chromium the browser tests are skipped on a developer's machine and fail in CI.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) {
  throw new Error(
    `Chromium is missing at ${CHROMIUM}: the browser tests cannot run. Install it with "apt-get install -y chromium".`,
  );
}

/**
 * How long one browser test, or one hook, may take: a real Chromium on a CI machine whose two cores
 * other jobs share can need minutes for what takes seconds on an idle one. Give it to each browser
 * test file's describe (`{ timeout: BROWSER_TIMEOUT }`) and to its beforeAll and afterAll.
 */
export const BROWSER_TIMEOUT = 240_000;

/**
 * Clicks a link or a form's button and waits until the page it leads to has loaded (a form's POST
 * → 303 → GET included): the next page's own load event, not the current page's, which has
 * already fired.
 */
export async function clickAndLoad(page: Page, target: string | Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), typeof target === 'string' ? page.click(target) : target.click()]);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The page's axe violations, one readable line each (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
