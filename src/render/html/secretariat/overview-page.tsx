/** /sekretariat: the bodies the user works for, each with its meetings and a way to make a new one. */
import { Notice } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';

export interface OverviewMeeting {
  href: string;
  dateText: string;
  kindLabel: string;
  statusLabel: string;
  itemCount: number;
  /** Imported meetings are read on the portal; only meetings made in Protokol are edited here. */
  isAuthored: boolean;
}

export interface OverviewBody {
  name: string;
  publicHref: string;
  newMeetingHref: string;
  meetings: OverviewMeeting[];
}

export function SecretariatOverviewPage({ bodies, notice }: { bodies: OverviewBody[]; notice?: string }) {
  return (
    <Layout title="Sekretariat">
      <h1>Sekretariat</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        Her planlægger du møderne i de organer, du er sekretariat for: opret møder, byg dagsordenen, skriv punkterne,
        offentliggør dagsorden og referat, og ret et offentliggjort referat.
      </p>
      {bodies.length === 0 ? <p>Du er ikke sekretariat for noget organ endnu. Kontakt en administrator.</p> : null}
      {bodies.map((body, index) => (
        <section aria-labelledby={`body-${index}`}>
          <h2 id={`body-${index}`}>{body.name}</h2>
          <p>
            <a class="button button-secondary" href={body.newMeetingHref}>
              Nyt møde i {body.name}
            </a>{' '}
            <a href={body.publicHref}>Organets offentlige side</a>
          </p>
          {body.meetings.length === 0 ? (
            <p>Organet har ingen møder oprettet i Protokol og ingen kommende møder.</p>
          ) : (
            <DataTable caption={`Møder i ${body.name}`} head={['Dato', 'Type', 'Status', 'Punkter']}>
              {body.meetings.map((meeting) => (
                <tr>
                  <th scope="row">
                    <a href={meeting.href}>{meeting.dateText}</a>
                    {meeting.isAuthored ? null : <span class="muted"> (indlæst)</span>}
                  </th>
                  <td>{meeting.kindLabel}</td>
                  <td>{meeting.statusLabel}</td>
                  <td>{meeting.itemCount}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ))}
    </Layout>
  );
}
