/**
 * Saves a screenshot of every page type, for each role that uses it, at desktop (1280 px) and
 * phone (390 px) width, into docs/screenshots/ (<role>-<page>-<width>.png): the demo data on a
 * fresh embedded database, a member, a secretary and an admin of Sundhedsråd Fjordby, Debian's
 * Chromium. The first screen of each page, as one sees it on opening it.
 *   npm run screenshots
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../src/use-cases/meetings/create-meeting.js';
import { startServer } from '../src/web/server.js';
import { sessionFor } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { itemId, meetingId, openPortal } from '../test/helpers/portal.js';
import { launchChromium } from './browser.js';

const OUT = path.resolve('docs/screenshots');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const BODY = 'region-syddanmark--sundhedsraad-fjordby';

const portal = await openPortal(TEST_DATABASES[0]);
const { handle } = portal;
const server = await startServer(portal.app, 0, '127.0.0.1');
const base = `http://127.0.0.1:${server.port}`;
const meeting = await meetingId(handle, 'Sundhedsråd Fjordby', '2026-03-16');
const item = await itemId(handle, meeting, 4);
const [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [BODY]);

/** A coming meeting the secretariat is building (the demo's meetings are imported, not edited here): its id and its first item's. */
async function draftMeeting(): Promise<{ meeting: number; item: number }> {
  const actor = COMMAND_LINE_ACTOR;
  const created = await createMeeting({
    db: handle.db,
    bodyId,
    heldOn: '2027-01-18',
    startTime: '15:00',
    endTime: '17:00',
    location: 'Rådhuset, mødelokale 2',
    kind: 'ordinary',
    actor,
  });
  if (!created.ok) throw new Error(created.reason);
  const items: number[] = [];
  for (const [template, title] of [
    ['approve_agenda', undefined],
    ['case', 'Nærsundhedsplan: udkast til høring'],
    ['case', 'Lægedækning i området'],
    ['closed', undefined],
  ] as const) {
    const added = await addAgendaItem({ db: handle.db, meetingId: created.meetingId, template, title, actor });
    if (!added.ok) throw new Error(added.reason);
    items.push(added.itemId);
  }
  return { meeting: created.meetingId, item: items[1] };
}
const draft = await draftMeeting();

/** A user of the body with the role (or an admin), and the session cookie the browser sends as them. */
async function sessionCookie(email: string, role: 'member' | 'secretariat' | 'admin') {
  const created = await createUser({
    db: handle.db,
    email,
    name: { member: 'Mette Medlem', secretariat: 'Sofie Sekretær', admin: 'Ada Admin' }[role],
    password: 'et langt kodeord til skærmbillederne',
    isAdmin: role === 'admin',
    actor: COMMAND_LINE_ACTOR,
  });
  if (!created.ok) throw new Error(created.reason);
  if (role !== 'admin') {
    await setUserRole({ db: handle.db, userId: created.userId, bodyId, role, actor: COMMAND_LINE_ACTOR });
  }
  const { jar } = await sessionFor(handle, created.userId);
  return [...jar.cookies].map(([name, value]) => ({ name, value, url: base }));
}

const ROLES: { role: string; cookies: { name: string; value: string; url: string }[]; pages: [string, string][] }[] = [
  {
    role: 'public',
    cookies: [],
    pages: [
      ['front', '/'],
      ['search', `/sog?q=${encodeURIComponent('lægedækning')}`],
      ['meeting', `/moede/${meeting}`],
      ['item', `/punkt/${item}`],
      ['case', `/sag/${encodeURIComponent('25/41077')}`],
      ['body', `/organ/${BODY}`],
      ['meeting-plan', `/organ/${BODY}/moedeplan`],
      ['person', '/person/hanne-kjaergaard'],
      ['publisher', '/udgiver/region-syddanmark'],
      ['publishers', '/udgiver'],
      ['follow', '/foelg-med'],
      ['sources', '/kilder'],
      ['glossary', '/ordliste'],
      ['api-docs', '/api/docs'],
      ['log-in', '/log-ind'],
      ['not-found', '/findes-ikke'],
    ],
  },
  {
    role: 'member',
    cookies: await sessionCookie('medlem@fjordby.dk', 'member'),
    pages: [
      ['home', '/mig'],
      ['questions', '/mine-sporgsmaal'],
      ['ask', '/sporgsmaal/ny'],
      ['question-rules', '/sporgsmaal/regler'],
      ['notifications', '/notifikationer'],
      ['notification-settings', '/indstillinger/notifikationer'],
      ['meeting', `/moede/${meeting}`],
    ],
  },
  {
    role: 'secretariat',
    cookies: await sessionCookie('sekretariat@fjordby.dk', 'secretariat'),
    pages: [
      ['overview', '/sekretariat'],
      ['agenda-builder', `/sekretariat/moede/${draft.meeting}`],
      ['item-editor', `/sekretariat/punkt/${draft.item}`],
      ['published-meeting', `/sekretariat/moede/${meeting}`],
      ['new-meeting', `/sekretariat/organ/${BODY}/moeder/ny`],
      ['question-queue', '/sekretariat/sporgsmaal'],
      ['follow-ups', '/sekretariat/opfoelgning'],
      ['meeting-plan', '/sekretariat/moedeplan'],
      ['question-rules', '/sekretariat/sporgsmaal/regler'],
    ],
  },
  {
    role: 'admin',
    cookies: await sessionCookie('admin@protokol.dk', 'admin'),
    pages: [
      ['users', '/admin/brugere'],
      ['bodies', '/admin/organer'],
      ['publishers', '/admin/udgivere'],
      ['people', '/admin/personer'],
      ['sites', '/admin/kilder'],
      ['personal-numbers', '/admin/personnumre'],
      ['change-log', '/admin/log'],
    ],
  },
];

async function shoot(browser: Browser) {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    for (const { role, cookies, pages } of ROLES) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      await context.addCookies(cookies);
      const page = await context.newPage();
      for (const [name, url] of pages) {
        const response = await page.goto(`${base}${url}`);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUT, `${role}-${name}-${device}.png`);
        await page.screenshot({ path: file });
        console.log(`${response?.status()} ${url} → ${path.relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  }
}

/** docs/screenshots/README.md: every page of every role, computer beside telephone. */
function writeIndex() {
  const lines = [
    '# Skærmbilleder',
    '',
    'Every page type for each role that uses it, on the demo data, at 1280 px and 390 px.',
    'Made by `npm run screenshots` (e2e/screenshots.ts); do not edit by hand.',
    '',
  ];
  for (const { role, pages } of ROLES) {
    lines.push(`## ${role}`, '', '| Page | Computer (1280 px) | Telephone (390 px) |', '|---|---|---|');
    for (const [name, url] of pages) {
      const shot = (device: string) =>
        `<img src="${role}-${name}-${device}.png" alt="${name}, ${device}" width="${device === 'desktop' ? 480 : 160}">`;
      lines.push(`| ${name} (\`${url.replace(/\d+/g, ':id')}\`) | ${shot('desktop')} | ${shot('phone')} |`);
    }
    lines.push('');
  }
  fs.writeFileSync(path.join(OUT, 'README.md'), lines.join('\n'));
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  await shoot(browser);
  writeIndex();
} finally {
  await browser.close();
  await server.close();
  await handle.close();
}
