/**
 * One publication site for the admins (/admin/kilder/:id): where it came from (the reference data
 * or an admin), its status and the last runs with their errors; the form that corrects its address
 * (empty: not known), publisher and committees; and the buttons that pause, resume or retire it
 * with a reason. Every change goes to the change log; the reference data never overwrite it.
 */
import { Facts } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
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
  return (
    <Layout title={`Kilde: ${site.url}`}>
      <AdminNav current="/admin/kilder" />
      <p>
        <a href="/admin/kilder">Alle kilder</a>
      </p>
      <h1>{site.url}</h1>
      <PageAlerts notice={notice} problems={problems} />
      {site.alarmText ? (
        <div class="alert alert-warning" role="region" aria-labelledby="site-alarm">
          <div class="alert-body">
            <h2 class="alert-heading" id="site-alarm">
              Alarm
            </h2>
            <p class="alert-text">{site.alarmText}</p>
          </div>
        </div>
      ) : null}
      <Facts
        rows={[
          ['Udgiver', site.publisherName],
          ['Udvalg', site.committees],
          ['Tilstand', site.stateLabel],
          ['Status', site.statusText],
          ['Senest hentet', site.lastSuccessText],
          ['Dækning', site.coverageText],
          ['Set → søgbar', site.freshnessText ?? 'Ingen møder gemt de seneste 30 dage'],
          ['Oprindelse', site.originText],
        ]}
      />
      <RunErrors run={site.lastRun} />

      <h2>Dækning pr. udvalg</h2>
      {site.committeeRows.length === 0 ? (
        <p>Sidens liste er ikke læst endnu.</p>
      ) : (
        <DataTable
          caption="Dækning pr. udvalg på sidens liste"
          head={['Udvalg', 'Møder', 'Dokumenter', 'Fjernet ved kilden']}
          isRegion
        >
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

      <h2>Fjernet ved kilden</h2>
      {site.removedMeetings.length === 0 ? (
        <p>Ingen af sidens møder er fjernet fra sidens liste.</p>
      ) : (
        <>
          <p>
            Møder, som sidens liste ikke længere viser. De bliver i arkivet, mærket &quot;fjernet fra udgiverens
            side&quot;. Et møde, der aldrig skulle have været offentligt, kan tages ned med en begrundelse, som skrives
            i ændringsloggen.
          </p>
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
              label="Mødet"
              options={[
                { value: '', label: 'Vælg et møde' },
                ...site.removedMeetings.map((meeting) => ({ value: String(meeting.id), label: meeting.title })),
              ]}
            />
            <TextArea
              {...takeDownField('takedownReason')}
              label="Begrundelse"
              hint="Hvorfor mødet tages ned. Skrives i ændringsloggen."
              rows={2}
            />
            <SubmitGroup kind="secondary">Tag mødet ned …</SubmitGroup>
          </PostForm>
        </>
      )}

      <h2>Seneste høstninger</h2>
      {site.runs.length === 0 ? (
        <p>Siden er ikke høstet endnu.</p>
      ) : (
        <DataTable caption="Seneste høstninger" head={['Startet', 'Resultat', 'Møder', 'Fejl']} isRegion>
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

      <h2>Ret siden</h2>
      <p>En rettelse gælder, også når referencedata indlæses igen. Ændringen skrives i ændringsloggen.</p>
      <PostForm action={action} csrfToken={csrfToken}>
        <TextField
          {...field('url')}
          label="Sidens adresse"
          hint="Fx https://dagsordener.greve.dk. Tom: adressen er ukendt, og siden høstes ikke."
          maxlength={500}
        />
        <PublisherSelect {...field('publisher')} label="Udgiver" groups={publishers} />
        <TextArea
          {...field('committees')}
          label="Kun disse udvalg (valgfrit)"
          hint="Ét udvalg pr. linje: navnet eller udvalgets id på siden. Tomt: alle sidens udvalg."
          rows={3}
        />
        <SubmitGroup>Gem rettelsen</SubmitGroup>
      </PostForm>

      <h2>Pause og udfasning</h2>
      <p>
        En side på pause høstes ikke, før den genoptages. En udfaset side bruges ikke længere af udgiveren; den vises
        stadig med sine høstninger.
      </p>
      <PostForm action={`${action}/tilstand`} csrfToken={csrfToken}>
        <TextField
          {...field('reason')}
          label="Begrundelse (valgfri)"
          hint="Skrives i ændringsloggen."
          maxlength={500}
        />
        <div class="form-group">
          {site.state !== 'paused' ? (
            <SubmitButton kind="secondary" name="state" value="paused">
              Sæt på pause
            </SubmitButton>
          ) : null}{' '}
          {site.state !== 'active' ? (
            <SubmitButton kind="secondary" name="state" value="active">
              Genoptag høst
            </SubmitButton>
          ) : null}{' '}
          {site.state !== 'retired' ? (
            <SubmitButton kind="secondary" name="state" value="retired">
              Udfas siden
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
  return (
    <Layout title="Tag mødet ned">
      <AdminNav current="/admin/kilder" />
      <p>
        <a href={back}>{siteUrl}</a>
      </p>
      <h1>Tag mødet ned</h1>
      <div class="alert alert-warning" role="alert">
        <div class="alert-body">
          <p class="alert-heading">Er du sikker?</p>
          <p class="alert-text">
            {meeting.title} fjernes fra arkivet med dagsorden, referat og bilag. Åbne data viser, at mødet er fjernet.
          </p>
          <p class="alert-text">Begrundelse: {reason}</p>
          <p class="alert-text">
            <strong>Det kan ikke fortrydes</strong> (udgiver siden mødet igen, hentes det igen).
          </p>
        </div>
      </div>
      <PostForm
        action={`${back}/tag-ned`}
        csrfToken={csrfToken}
        hidden={{ takedownMeeting: String(meeting.id), takedownReason: reason, confirm: '1' }}
      >
        <div class="form-group button-row">
          <SubmitButton>Ja, tag mødet ned</SubmitButton> <a href={back}>Fortryd</a>
        </div>
      </PostForm>
    </Layout>
  );
}
