/**
 * The admins' publication sites (mounted at /admin/kilder): GET every known site with its status
 * (listSitesWithRuns) and the form that registers one; POST it (registerSite: address, publisher,
 * optional committees, one per line). GET /:id one site with its runs; POST /:id corrects it
 * (correctSite), POST /:id/tilstand pauses, resumes or retires it (changeSiteState). Admins only
 * (manage_users); every change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listPublisherChoices } from '../../db/queries/admin-bodies.js';
import type { Coverage } from '../../domain/coverage.js';
import { formatDate } from '../../domain/danish-dates.js';
import { formatInstant } from '../../render/danish-time.js';
import {
  type SiteCorrectionValues,
  type SiteDetailView,
  SitePage,
  TakeDownConfirmPage,
  type TakeDownValues,
} from '../../render/html/admin/site-page.js';
import { type SiteFormValues, SitesPage, type SiteView } from '../../render/html/admin/sites-page.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { SOURCES_MESSAGES } from '../../render/messages/sources.js';
import { changeSiteState } from '../../use-cases/harvest/change-site-state.js';
import { correctSite } from '../../use-cases/harvest/correct-site.js';
import { listSitesWithRuns } from '../../use-cases/harvest/list-sites.js';
import { isSiteUrl, registerSite } from '../../use-cases/harvest/register-site.js';
import { listRemovedMeetings, takeDownMeeting } from '../../use-cases/harvest/take-down-meeting.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem, validateForm } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { meetingHref } from '../portal/paths.js';
import { publisherGroups } from './publisher-options.js';

export const SITES_HREF = '/admin/kilder';

type SiteWithStatus = Awaited<ReturnType<typeof listSitesWithRuns>>[number];

/** The sources' routes' words of one language. */
type SiteMessages = (typeof ADMIN_MESSAGES)['da']['sitesRoutes'];

const committeesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** In the order the problems are listed; the publisher must be one of the select's (its slug). */
const committeesSchema = (m: SiteMessages) =>
  z
    .string()
    .refine((text) => committeesOf(text).length <= 50 && committeesOf(text).every((line) => line.length <= 200), {
      message: m.committeesTooMany,
    });

const siteSchema = (publishers: Set<string>, m: SiteMessages) =>
  z.object({
    url: z.string().max(500, { message: m.urlTooLong }).refine(isSiteUrl, { message: m.urlInvalid }),
    publisher: z.string().refine((slug) => publishers.has(slug), { message: m.choosePublisher }),
    committees: committeesSchema(m),
  });

const count = (n: number | undefined, [one, many]: string[]) => `${n ?? 0} ${(n ?? 0) === 1 ? one : many}`;

const countsText = (counts: SiteWithStatus['recentRuns'][number]['counts'], lang: Lang) => {
  const words = ADMIN_MESSAGES[lang].sitesRoutes.counts;
  return [
    count(counts.new, words.new),
    count(counts.update, words.update),
    count(counts.unchanged, words.unchanged),
    count(counts.failed, words.failed),
  ].join(', ');
};

const when = (at: Date | null, lang: Lang) =>
  at ? SOURCES_MESSAGES[lang].formatTime(at) : ADMIN_MESSAGES[lang].sitesRoutes.never;

const coverageText = (coverage: Coverage, lang: Lang) =>
  `${SOURCES_MESSAGES[lang].coverageMeetings(coverage)}; ${SOURCES_MESSAGES[lang].coverageDocuments(coverage).toLowerCase()}`;

function statusText(site: SiteWithStatus, lang: Lang): string {
  const { status } = site;
  const label = LABELS[lang].sourceStatus[status.status];
  if (status.status === 'failing') return `${label}: ${SOURCES_MESSAGES[lang].failedRuns(status.failedRuns)}`;
  if (status.status === 'blocked' && status.blockedUntil) {
    const until = SOURCES_MESSAGES[lang].blockedUntil(when(status.blockedUntil, lang));
    return `${label}: ${ADMIN_MESSAGES[lang].sitesRoutes.blocked(String(site.lastRun?.httpStatus ?? '403/429'), until)}`;
  }
  return label;
}

function presentSite(site: SiteWithStatus, lang: Lang): SiteView {
  const run = site.lastRun;
  const m = ADMIN_MESSAGES[lang].sitesRoutes;
  return {
    href: `${SITES_HREF}/${site.id}`,
    url: site.url ?? m.urlUnknown,
    publisherName: site.publisherName,
    committees: site.body
      ? `${site.body.name} (${site.bodies.join(', ')})`
      : site.bodies.length > 0
        ? site.bodies.join(', ')
        : m.allCommittees,
    statusText: statusText(site, lang),
    lastSuccessText: when(site.status.lastSuccessAt, lang),
    coverageText: site.committees.length === 0 ? '–' : coverageText(site.coverage, lang),
    alarmText: site.alarm
      ? site.recordedAlarm?.text === site.alarm
        ? m.alarmSince(site.alarm, when(site.recordedAlarm.since, lang))
        : site.alarm
      : null,
    lastRun: run
      ? {
          whenText: formatInstant(run.startedAt),
          resultLabel: m.runResults[run.state] ?? run.state,
          countsText: countsText(run.counts, lang),
          errors: run.errors,
        }
      : null,
  };
}

function presentSiteDetail(site: SiteWithStatus, removed: RemovedMeeting[], lang: Lang): SiteDetailView {
  const m = ADMIN_MESSAGES[lang].sitesRoutes;
  const share = SOURCES_MESSAGES[lang].share;
  return {
    removedMeetings: removed.map((meeting) => ({
      id: meeting.meetingId,
      href: meetingHref(meeting.meetingId),
      title: removedTitle(meeting),
      removedText: m.removedAt(when(meeting.removedAt, lang)),
    })),
    ...presentSite(site, lang),
    id: site.id,
    state: site.state,
    stateLabel: m.states[site.state],
    originText: site.referenceKey
      ? site.correctedAt
        ? m.originCorrected(when(site.correctedAt, lang))
        : m.originReference
      : m.originAdmin,
    runs: site.recentRuns.map((run) => ({
      whenText: formatInstant(run.startedAt),
      resultLabel: `${m.runResults[run.state] ?? run.state}${run.httpStatus ? ` (HTTP ${run.httpStatus})` : ''}`,
      countsText: countsText(run.counts, lang),
      errorCount: run.errors.length,
    })),
    committeeRows: site.committees.map((committee) => ({
      name: committee.committeeName,
      meetings: share(committee.held, committee.listed, committee.meetingsShare),
      documents: share(committee.documentsHeld, committee.documentsOffered, committee.documentsShare),
      removed: committee.removed,
    })),
    freshnessText:
      site.freshness.medianSeconds === null || site.freshness.p95Seconds === null
        ? null
        : m.freshness(
            SOURCES_MESSAGES[lang].duration(site.freshness.medianSeconds),
            SOURCES_MESSAGES[lang].duration(site.freshness.p95Seconds),
            site.freshness.meetings,
          ),
  };
}

type RemovedMeeting = Awaited<ReturnType<typeof listRemovedMeetings>>[number];

const removedTitle = (meeting: RemovedMeeting) => `${meeting.bodyName}, ${formatDate(meeting.heldOn)}`;

const correctionOf = (site: SiteWithStatus): SiteCorrectionValues => ({
  url: site.url ?? '',
  publisher: site.publisherSlug ?? '',
  committees: site.bodies.join('\n'),
  reason: '',
});

const correctionSchema = (publishers: Set<string>, m: SiteMessages) =>
  z.object({
    url: z
      .string()
      .max(500, { message: m.urlTooLong })
      .refine((url) => url === '' || isSiteUrl(url), { message: m.urlInvalidOrEmpty }),
    publisher: z.string().refine((slug) => publishers.has(slug), { message: m.choosePublisher }),
    committees: committeesSchema(m),
  });

const EMPTY: SiteFormValues = { url: '', publisher: '', committees: '' };

export function siteRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const sitesPage = async (c: Context, values = EMPTY, problems: Problem[] = []) => {
    const [sites, publishers] = await Promise.all([listSitesWithRuns({ db }), listPublisherChoices(db)]);
    const view = (
      <SitesPage
        sites={sites.map((site) => presentSite(site, langOf(c)))}
        publishers={publisherGroups(publishers, (row) => row.slug)}
        csrfToken={csrfOf(c)}
        values={values}
        problems={problems}
        notice={
          problems.length === 0 && c.req.query('registreret')
            ? ADMIN_MESSAGES[langOf(c)].sitesRoutes.registered
            : undefined
        }
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/', manage, (c) => sitesPage(c));

  app.post('/', manage, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      url: field(form, 'url').trim(),
      publisher: field(form, 'publisher'),
      committees: field(form, 'committees'),
    };
    const publishers = new Set((await listPublisherChoices(db)).map((row) => row.slug));
    const parsed = validateForm(siteSchema(publishers, ADMIN_MESSAGES[langOf(c)].sitesRoutes), values);
    if (!parsed.ok) return sitesPage(c, values, parsed.problems);
    await registerSite({
      db,
      url: parsed.value.url,
      publisher: parsed.value.publisher,
      bodies: committeesOf(parsed.value.committees),
      actor: auditActorOf(c),
    });
    return c.redirect(`${SITES_HREF}?registreret=1`, 303);
  });

  oneSiteRoutes(app, db);
  return app;
}

/** The site's own page, with a form's values and problems when it came back. */
function sitePageOf(db: Db) {
  return async (
    c: Context,
    siteId: number,
    values?: SiteCorrectionValues,
    problems: Problem[] = [],
    takeDown?: TakeDownValues,
  ): Promise<Response> => {
    const [[site], publishers, removed] = await Promise.all([
      listSitesWithRuns({ db, siteId }),
      listPublisherChoices(db),
      listRemovedMeetings({ db, siteId }),
    ]);
    if (!site) throw notFound();
    const lang = langOf(c);
    const m = ADMIN_MESSAGES[lang].sitesRoutes;
    const done = c.req.query('rettet') ? m.corrected : c.req.query('taget-ned') ? m.takenDown : undefined;
    const changed = c.req.query('tilstand') as SiteWithStatus['state'] | undefined;
    const view = (
      <SitePage
        site={presentSiteDetail(site, removed, lang)}
        publishers={publisherGroups(publishers, (row) => row.slug)}
        csrfToken={csrfOf(c)}
        values={values ?? correctionOf(site)}
        takeDown={takeDown}
        problems={problems}
        notice={problems.length > 0 ? undefined : (done ?? (changed ? m.stateNotices[changed] : undefined))}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };
}

type SitePageOf = ReturnType<typeof sitePageOf>;

/** GET /:id, POST /:id (correct), POST /:id/tilstand (pause, resume, retire), POST /:id/tag-ned. */
function oneSiteRoutes(app: Hono, db: Db) {
  const manage = requireRole('manage_users');
  const sitePage = sitePageOf(db);

  app.get('/:id', manage, (c) => sitePage(c, idParam(c)));

  app.post('/:id', manage, async (c) => {
    const siteId = idParam(c);
    const form = await c.req.parseBody();
    const values = {
      url: field(form, 'url').trim(),
      publisher: field(form, 'publisher'),
      committees: field(form, 'committees'),
      reason: '',
    };
    const publishers = new Set((await listPublisherChoices(db)).map((row) => row.slug));
    const parsed = validateForm(correctionSchema(publishers, ADMIN_MESSAGES[langOf(c)].sitesRoutes), values);
    if (!parsed.ok) return sitePage(c, siteId, values, parsed.problems);
    const result = await correctSite({
      db,
      siteId,
      url: parsed.value.url || null,
      publisher: parsed.value.publisher,
      bodies: committeesOf(parsed.value.committees),
      actor: auditActorOf(c),
    });
    if (!result.ok) throw notFound();
    return c.redirect(`${SITES_HREF}/${siteId}?rettet=1`, 303);
  });

  takeDownRoute(app, db, sitePage);

  app.post('/:id/tilstand', manage, async (c) => {
    const siteId = idParam(c);
    const form = await c.req.parseBody();
    const state = field(form, 'state');
    if (state !== 'active' && state !== 'paused' && state !== 'retired') {
      return sitePage(c, siteId, undefined, [
        { field: 'reason', text: ADMIN_MESSAGES[langOf(c)].sitesRoutes.chooseState },
      ]);
    }
    const result = await changeSiteState({
      db,
      siteId,
      state,
      reason: field(form, 'reason').slice(0, 500),
      actor: auditActorOf(c),
    });
    if (!result.ok) throw notFound();
    return c.redirect(`${SITES_HREF}/${siteId}?tilstand=${state}`, 303);
  });
}

/** POST /:id/tag-ned: a meeting removed at the source taken down, with a reason, after 'Er du sikker?'. */
function takeDownRoute(app: Hono, db: Db, sitePage: SitePageOf) {
  const manage = requireRole('manage_users');
  app.post('/:id/tag-ned', manage, async (c) => {
    const siteId = idParam(c);
    const form = await c.req.parseBody();
    const values: TakeDownValues = {
      takedownMeeting: field(form, 'takedownMeeting'),
      takedownReason: field(form, 'takedownReason').slice(0, 500),
    };
    const removed = await listRemovedMeetings({ db, siteId });
    const meeting = removed.find((m) => String(m.meetingId) === values.takedownMeeting);
    const words = ADMIN_MESSAGES[langOf(c)].sitesRoutes;
    const problems: Problem[] = [
      ...(meeting ? [] : [{ field: 'takedownMeeting', text: words.chooseRemoved }]),
      ...(values.takedownReason.trim() === '' ? [{ field: 'takedownReason', text: words.reasonMissing }] : []),
    ];
    if (!meeting || problems.length > 0) return sitePage(c, siteId, undefined, problems, values);
    if (field(form, 'confirm') !== '1') {
      const [site] = await listSitesWithRuns({ db, siteId });
      if (!site) throw notFound();
      return page(
        c,
        <TakeDownConfirmPage
          siteId={siteId}
          siteUrl={site.url ?? words.urlUnknown}
          meeting={{ id: meeting.meetingId, title: removedTitle(meeting) }}
          reason={values.takedownReason.trim()}
          csrfToken={csrfOf(c)}
        />,
      );
    }
    const result = await takeDownMeeting({
      db,
      siteId,
      meetingId: meeting.meetingId,
      reason: values.takedownReason,
      actor: auditActorOf(c),
    });
    if (!result.ok)
      return sitePage(c, siteId, undefined, [{ field: 'takedownMeeting', text: words.listedAgain }], values);
    return c.redirect(`${SITES_HREF}/${siteId}?taget-ned=1`, 303);
  });
}
