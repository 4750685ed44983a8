/**
 * Checkboxes and radio buttons one can see, in a real browser (Debian's Chromium through
 * playwright-core): on every page that has them, as the role that sees it, at 390 px and 1280 px,
 * each control's drawn box (DKFDS draws it with the label's ::before, over which the input lies,
 * transparent) stands at the left of its own label's text on the same line; clicking the label
 * toggles the input and changes what is drawn; and a keyboard's focus on it draws a ring around
 * that box. Then a form sent with problems shows the error summary with the focus on it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../src/use-cases/meetings/create-meeting.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { type AccountsWorld, openAccountsWorld, type RoleName, sessionFor } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { type PersonWorld, personWorld } from '../test/helpers/person-world.js';
import { makeDataDir } from '../test/helpers/secretariat.js';
import { BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const WIDTHS = [390, 1280];

/** What is wrong with a control: where its box is drawn, beside what (empty: nothing). */
interface ControlReport {
  id: string;
  problems: string[];
}

/** Each checkbox's and radio's box against its label's first line of text, in the page. */
function placements(page: Page): Promise<ControlReport[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('main input[type=checkbox], main input[type=radio]')).map(
      (input) => {
        const problems: string[] = [];
        const label = input.nextElementSibling;
        if (!(label instanceof HTMLLabelElement) || label.htmlFor !== input.id) {
          return { id: input.id, problems: ['the input is not followed by its own label'] };
        }
        const before = getComputedStyle(label, '::before');
        if (before.content === 'none' || before.position !== 'absolute') problems.push('no box drawn by the label');
        // The box and the input share their containing block, position and size.
        if (input.offsetParent !== input.parentElement) problems.push('the box is not placed by its own group');
        const box = input.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(label);
        const line = Array.from(range.getClientRects()).find((rect) => rect.width > 1 && rect.height > 1);
        if (!line) return { id: input.id, problems: [...problems, 'the label has no visible text'] };
        const boxWidth = Number.parseFloat(before.width);
        if (Math.abs(box.width - boxWidth) > 1) problems.push(`box ${box.width} px wide, drawn ${boxWidth} px`);
        if (box.left < 0 || box.right > window.innerWidth) problems.push(`box outside the page at x=${box.left}`);
        if (box.right > line.left + 1) problems.push(`box (right ${box.right}) not left of the text (${line.left})`);
        if (line.left - box.right > 16) problems.push(`box ${line.left - box.right} px from its text`);
        const middle = (rect: DOMRect) => rect.top + rect.height / 2;
        if (Math.abs(middle(box) - middle(line)) > 6) {
          problems.push(`box middle ${middle(box)} vs text middle ${middle(line)}`);
        }
        return { id: input.id, problems };
      },
    ),
  );
}

/** Each control's state and what its label draws for its box (the check mark, the radio's dot). */
function states(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('main input[type=checkbox], main input[type=radio]')).map(
      (input) => {
        const label = document.querySelector(`label[for="${input.id}"]`)!;
        const before = getComputedStyle(label, '::before');
        const after = getComputedStyle(label, '::after');
        const drawn = [before.backgroundColor, before.backgroundImage, after.content, after.backgroundColor];
        return { id: input.id, name: input.name, type: input.type, checked: input.checked, drawn: drawn.join(' | ') };
      },
    ),
  );
}

describe.skipIf(!hasChromium)('checkboxes and radio buttons in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let world: AccountsWorld;
  let persons: PersonWorld;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let base: string;
  let itemId: number;
  let personId: number;

  beforeAll(async () => {
    world = await openAccountsWorld(TEST_DATABASES[0], { cache: false, dataDir: makeDataDir() });
    const db = world.handle.db;
    const meeting = await createMeeting({
      db,
      bodyId: world.thisBody.id,
      heldOn: '2027-06-08',
      startTime: '14:00',
      endTime: null,
      location: 'Mødelokale 2',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
    const item = await addAgendaItem({
      db,
      meetingId: meeting.meetingId,
      template: 'case',
      title: 'Udbud af rengøring',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!item.ok) throw new Error(item.reason);
    itemId = item.itemId;
    // Two persons of one name at two publishers: the merge page offers the other, the split page the meeting.
    persons = personWorld(world.handle);
    const one = await persons.meeting('Greve Kommune', 'Sundhedsudvalget', '2025-02-03', ['Bent Holm']);
    await persons.meeting('Aarhus Kommune', 'Sundhedsudvalget', '2025-02-04', ['Bent Holm']);
    personId = (await persons.personOf(one, 'Bent Holm')).id;
    server = await startServer(world.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    persons?.close();
    await world?.handle.close();
  }, BROWSER_TIMEOUT);

  /** A signed-in browser page for the role (its session cookie, no log-in form). */
  async function pageAs(role: Exclude<RoleName, 'anonymous'>): Promise<Page> {
    const { jar } = await sessionFor(world.handle, world.userIds[role]);
    const context = await browser.newContext();
    contexts.push(context);
    await context.addCookies(
      [...jar.cookies].map(([name, value]) => ({ name, value, url: base, httpOnly: true, sameSite: 'Lax' as const })),
    );
    return context.newPage();
  }

  /**
   * The page at both widths: every control placed beside its label; at each width every control
   * toggled by its label (a checkbox there and back, an unchecked radio on), and every control the
   * keyboard reaches shown with a focus ring around its box.
   */
  async function checkControls(page: Page, path: string, atLeast: number) {
    await page.goto(`${base}${path}`);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const reports = await placements(page);
      expect(reports.length, `controls on ${path}`).toBeGreaterThanOrEqual(atLeast);
      for (const report of reports) {
        for (const problem of report.problems) problems.push(`${path} @${width} #${report.id}: ${problem}`);
      }
      problems.push(...(await toggles(page)).map((p) => `${path} @${width} ${p}`));
      problems.push(
        ...(
          await focusRings(
            page,
            reports.map((report) => report.id),
          )
        ).map((p) => `${path} @${width} ${p}`),
      );
    }
    expect(problems).toEqual([]);
  }

  /**
   * Clicking a label toggles its input and what is drawn: every checkbox's label, and of each group
   * of radio buttons the first one not chosen.
   */
  async function toggles(page: Page): Promise<string[]> {
    const was = await states(page);
    const groups = new Set<string>();
    const clicked = was.filter((control) => {
      if (control.type === 'checkbox') return true;
      if (control.checked || groups.has(control.name)) return false;
      groups.add(control.name);
      return true;
    });
    for (const control of clicked) await page.locator(`label[for="${control.id}"]`).click();
    const now = new Map((await states(page)).map((control) => [control.id, control]));
    const problems: string[] = [];
    for (const control of clicked) {
      const after = now.get(control.id)!;
      if (after.checked === control.checked) problems.push(`#${control.id}: clicking its label did not toggle it`);
      if (after.drawn === control.drawn) problems.push(`#${control.id}: the drawing did not change (${control.drawn})`);
    }
    return problems;
  }

  /**
   * Tabs through the page from its start: each control the keyboard reaches must match
   * :focus-visible and draw an outline of at least 2 px around its box. Every checkbox must be reached.
   */
  async function focusRings(page: Page, ids: string[]): Promise<string[]> {
    // Each control that gets the focus reports whether it shows it; the Tabs start at <main>.
    await page.evaluate(() => {
      const seen: Record<string, string>[] = [];
      (window as unknown as { focusSeen: typeof seen }).focusSeen = seen;
      document.addEventListener('focusin', (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(input.type)) return;
        const before = getComputedStyle(input.nextElementSibling!, '::before');
        seen.push({
          id: input.id,
          focusVisible: String(input.matches(':focus-visible')),
          style: before.outlineStyle,
          width: before.outlineWidth,
        });
      });
      document.querySelector<HTMLElement>('main')!.focus();
    });
    const stops = await page.evaluate(
      (last) => {
        const all = Array.from(
          document.querySelectorAll<HTMLElement>(
            'main a[href], main input:not([type=hidden]), main select, main textarea, main button, main [tabindex="0"]',
          ),
        );
        return all.findIndex((element) => element.id === last) + 1;
      },
      ids[ids.length - 1],
    );
    for (let presses = 0; presses < stops; presses++) await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => (window as unknown as { focusSeen: Record<string, string>[] }).focusSeen);
    const problems: string[] = [];
    for (const focused of seen) {
      if (focused.focusVisible !== 'true') problems.push(`#${focused.id}: not :focus-visible after Tab`);
      if (focused.style === 'none' || Number.parseFloat(focused.width) < 2) {
        problems.push(`#${focused.id}: focus ring ${focused.style} ${focused.width}`);
      }
    }
    const reached = new Set(seen.map((focused) => focused.id));
    const checkboxes = await page.evaluate(
      (ids) => ids.filter((id) => (document.getElementById(id) as HTMLInputElement).type === 'checkbox'),
      ids,
    );
    for (const id of checkboxes) if (!reached.has(id)) problems.push(`#${id}: never reached by Tab`);
    if (reached.size === 0) problems.push('no control reached by Tab');
    return problems;
  }

  it("the secretariat's item editor, question queue, follow-ups and rules for the question scheme", async () => {
    const secretary = await pageAs('secretariat of this body');
    await checkControls(secretary, `/sekretariat/punkt/${itemId}`, 2);
    await checkControls(secretary, '/sekretariat/sporgsmaal', 1);
    await checkControls(secretary, '/sekretariat/opfoelgning', 1);
    await checkControls(secretary, '/sekretariat/sporgsmaal/regler', 3); // two radios, one checkbox
  });

  it("a member's notification settings", async () => {
    const member = await pageAs('member of this body');
    await checkControls(member, '/indstillinger/notifikationer', 4);
  });

  it("the admins' users, merge and split", async () => {
    const admin = await pageAs('admin');
    await checkControls(admin, '/admin/brugere', 1);
    await checkControls(admin, `/admin/personer/${personId}/saml`, 1);
    await checkControls(admin, `/admin/personer/${personId}/del`, 2);
  });

  it('closes an item by its label, shows "Lukket" by the title, and puts the focus on the error summary', async () => {
    const secretary = await pageAs('secretariat of this body');
    await secretary.goto(`${base}/sekretariat/punkt/${itemId}`);
    await secretary.locator('label[for="isClosed"]').click();
    await secretary.fill('#title', '');
    await clickAndLoad(secretary, 'form:has(#isClosed) button[type="submit"]:not([name])');
    const summary = secretary.locator('.error-summary');
    await summary.waitFor();
    expect(await secretary.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.locator('a[href="#title"]').count()).toBe(1);
    await summary.locator('a[href="#title"]').click();
    await secretary.waitForFunction(() => location.hash === '#title');
    await secretary.fill('#title', 'Udbud af rengøring');
    expect(await secretary.isChecked('#isClosed')).toBe(true);
    await clickAndLoad(secretary, 'form:has(#isClosed) button[type="submit"]:not([name])');
    expect(await secretary.textContent('h1')).toContain('Lukket');
    expect(await secretary.isChecked('#isClosed')).toBe(true);
  });
});
