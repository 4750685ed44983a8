/**
 * One publication site for the admins (/admin/kilder/:id): where it came from (the reference data
 * or an admin), its status and the last runs with their errors; the form that corrects its address
 * (empty: not known), publisher and committees; and the buttons that pause, resume or retire it
 * with a reason. Every change goes to the change log; the reference data never overwrite it.
 */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { Facts } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';
import { type OptionGroup, PublisherSelect } from './publisher-select.js';
import { RunErrors, type SiteView } from './sites-page.js';

export interface SiteDetailView extends SiteView {
  id: number;
  stateLabel: string;
  state: 'active' | 'paused' | 'retired';
  /** "Referencedata (ikke rettet)", "Referencedata, rettet af en administrator 7. december 2026 …", "Tilføjet af en administrator". */
  originText: string;
  runs: { whenText: string; resultLabel: string; countsText: string; errorCount: number }[];
  /** Each committee on the site's list: meetings and documents held of those offered, removed at the source. */
  committeeRows: { name: string; meetings: string; documents: string; removed: number }[];
  /** "Set → søgbar: median 12 min, p95 40 min (18 møder, 30 dage)", or null without meetings. */
  freshnessText: string | null;
  /** Meetings no list names any longer, kept in the archive: an admin may take them down. */
  removedMeetings: { id: number; href: string; title: string; removedText: string }[];
}

/** What the take-down form holds (kept when it comes back with a problem). */
export interface TakeDownValues {
  takedownMeeting: string;
  takedownReason: string;
}

export interface SiteCorrectionValues {
  url: string;
  publisher: string;
  committees: string;
  reason: string;
}

export interface SitePageProps {
  site: SiteDetailView;
  publishers: OptionGroup[];
  csrfToken: string;
  values: SiteCorrectionValues;
  takeDown?: TakeDownValues;
  problems: Problem[];
  notice?: string;
}

export function SitePage({ site, publishers, csrfToken, values, takeDown, problems, notice }: SitePageProps) {
  const field = fieldsOf(values, problems);
  const takeDownField = fieldsOf(takeDown ?? { takedownMeeting: '', takedownReason: '' }, problems);
  const action = `/admin/kilder/${site.id}`;
  const { common, site: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title(site.url)}>
      <AdminNav current="/admin/kilder" />
      <p>
        <a href="/admin/kilder">{m.all}</a>
      </p>
      <h1>{site.url}</h1>
      <PageAlerts notice={notice} problems={problems} />
      {site.alarmText ? (
        <div class="alert alert-warning" role="region" aria-labelledby="site-alarm">
          <div class="alert-body">
            <h2 class="alert-heading" id="site-alarm">
              {common.alarm}
            </h2>
            <p class="alert-text">{site.alarmText}</p>
          </div>
        </div>
      ) : null}
      <Facts
        rows={[
          [common.publisher, site.publisherName],
          [common.committees, site.committees],
          [m.state, site.stateLabel],
          [common.status, site.statusText],
          [common.lastSuccess, site.lastSuccessText],
          [common.coverage, site.coverageText],
          [m.freshness, site.freshnessText ?? m.noFreshness],
          [m.origin, site.originText],
        ]}
      />
      <RunErrors run={site.lastRun} />

      <h2>{m.coverageByCommittee}</h2>
      {site.committeeRows.length === 0 ? (
        <p>{m.notRead}</p>
      ) : (
        <DataTable caption={m.coverageCaption} head={m.coverageHead} isRegion>
          {site.committeeRows.map((row) => (
            <tr>
              <td>{row.name}</td>
              <td>{row.meetings}</td>
              <td>{row.documents}</td>
              <td>{row.removed}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>{m.removed}</h2>
      {site.removedMeetings.length === 0 ? (
        <p>{m.noneRemoved}</p>
      ) : (
        <>
          <p>{m.removedLead}</p>
          <ul>
            {site.removedMeetings.map((meeting) => (
              <li>
                <a href={meeting.href}>{meeting.title}</a> – {meeting.removedText}
              </li>
            ))}
          </ul>
          <PostForm action={`${action}/tag-ned`} csrfToken={csrfToken}>
            <Select
              {...takeDownField('takedownMeeting')}
              label={m.meeting}
              options={[
                { value: '', label: m.chooseMeeting },
                ...site.removedMeetings.map((meeting) => ({ value: String(meeting.id), label: meeting.title })),
              ]}
            />
            <TextArea {...takeDownField('takedownReason')} label={m.reason} hint={m.takeDownHint} rows={2} />
            <SubmitGroup kind="secondary">{m.takeDown}</SubmitGroup>
          </PostForm>
        </>
      )}

      <h2>{m.runs}</h2>
      {site.runs.length === 0 ? (
        <p>{m.noRuns}</p>
      ) : (
        <DataTable caption={m.runs} head={m.runsHead} isRegion>
          {site.runs.map((run) => (
            <tr>
              <td>{run.whenText}</td>
              <td>{run.resultLabel}</td>
              <td>{run.countsText}</td>
              <td>{run.errorCount}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>{m.correct}</h2>
      <p>{m.correctLead}</p>
      <PostForm action={action} csrfToken={csrfToken}>
        <TextField {...field('url')} label={common.siteAddress} hint={m.urlHint} maxlength={500} />
        <PublisherSelect {...field('publisher')} label={common.publisher} groups={publishers} />
        <TextArea {...field('committees')} label={common.committeesOptional} hint={m.committeesHint} rows={3} />
        <SubmitGroup>{m.save}</SubmitGroup>
      </PostForm>

      <h2>{m.pause}</h2>
      <p>{m.pauseLead}</p>
      <PostForm action={`${action}/tilstand`} csrfToken={csrfToken}>
        <TextField {...field('reason')} label={m.reasonOptional} hint={m.reasonHint} maxlength={500} />
        <div class="form-group">
          {site.state !== 'paused' ? (
            <SubmitButton kind="secondary" name="state" value="paused">
              {m.paused}
            </SubmitButton>
          ) : null}{' '}
          {site.state !== 'active' ? (
            <SubmitButton kind="secondary" name="state" value="active">
              {m.active}
            </SubmitButton>
          ) : null}{' '}
          {site.state !== 'retired' ? (
            <SubmitButton kind="secondary" name="state" value="retired">
              {m.retired}
            </SubmitButton>
          ) : null}
        </div>
      </PostForm>
    </Layout>
  );
}

export interface TakeDownConfirmProps {
  siteId: number;
  siteUrl: string;
  meeting: { id: number; title: string };
  reason: string;
  csrfToken: string;
}

/** "Er du sikker?" before a meeting is taken down: what goes, the reason carried along; no change without confirm=1. */
export function TakeDownConfirmPage({ siteId, siteUrl, meeting, reason, csrfToken }: TakeDownConfirmProps) {
  const back = `/admin/kilder/${siteId}`;
  const { common, takeDown: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title}>
      <AdminNav current="/admin/kilder" />
      <p>
        <a href={back}>{siteUrl}</a>
      </p>
      <h1>{m.title}</h1>
      <div class="alert alert-warning" role="alert">
        <div class="alert-body">
          <p class="alert-heading">{m.sure}</p>
          <p class="alert-text">{m.what(meeting.title)}</p>
          <p class="alert-text">{m.reason(reason)}</p>
          <p class="alert-text">
            <strong>{m.final}</strong>
            {m.finalWhy}
          </p>
        </div>
      </div>
      <PostForm
        action={`${back}/tag-ned`}
        csrfToken={csrfToken}
        hidden={{ takedownMeeting: String(meeting.id), takedownReason: reason, confirm: '1' }}
      >
        <div class="form-group button-row">
          <SubmitButton>{m.yes}</SubmitButton> <a href={back}>{common.undo}</a>
        </div>
      </PostForm>
    </Layout>
  );
}
