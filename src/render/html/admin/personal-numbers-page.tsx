/**
 * The admins' list of personal numbers found (Personnumre fundet): each meeting in which a CPR
 * number was found on import or harvest, and for each finding where it stood, how sure the
 * detector was and the masked text around it. The numbers themselves are not shown: they were
 * never stored.
 */
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';

export const PERSONAL_NUMBERS_HREF = '/admin/personnumre';

export interface FindingView {
  /** "Punkt 3, afsnittet »Sagsfremstilling«", "Punkt 5, bilaget »Ansøgning«, side 2" … */
  where: string;
  whereHref: string | null;
  confidenceLabel: string;
  /** The masked text around the number. */
  context: string;
}

export interface FlaggedMeetingView {
  /** "Sundhedsråd Lækby, 20. april 2026". */
  title: string;
  href: string;
  publisherName: string | null;
  /** "Fundet 7. december 2026 kl. 12.30". */
  foundText: string;
  findings: FindingView[];
}

export function PersonalNumbersPage({ meetings }: { meetings: FlaggedMeetingView[] }) {
  const count = meetings.reduce((sum, meeting) => sum + meeting.findings.length, 0);
  return (
    <Layout title="Personnumre fundet">
      <AdminNav current={PERSONAL_NUMBERS_HREF} />
      <h1>Personnumre fundet</h1>
      <p>
        Når Protokol henter eller importerer et dokument, leder den efter CPR-numre i alle tekster og i bilagenes tekst.
        Et fundet nummer bliver skjult, før noget gemmes: på siderne, i søgningen, i data og feeds står der i stedet{' '}
        <q>[CPR-nummer skjult]</q>. Nummeret selv gemmes ingen steder, heller ikke her. Et bilag med et personnummer
        vises kun som tekst uden nummeret; selve filen udleveres ikke.
      </p>
      <p>Her kan du se, hvor numrene stod, så I kan bede udgiveren om at rette dokumentet.</p>
      <ul>
        <li>
          <strong>Høj</strong>: ordet CPR eller personnummer står ved nummeret, og kontrolcifferet passer.
        </li>
        <li>
          <strong>Middel</strong>: ordet står ved nummeret, men kontrolcifferet passer ikke (det gør det ikke altid for
          numre givet siden 2007).
        </li>
        <li>
          <strong>Lav</strong>: intet ord ved nummeret, men det er skrevet som et personnummer med bindestreg, og
          kontrolcifferet passer. Det er skjult for en sikkerheds skyld.
        </li>
      </ul>
      {meetings.length === 0 ? (
        <p>Der er ikke fundet personnumre i nogen dokumenter.</p>
      ) : (
        <>
          <p>
            {count} fund i {meetings.length} {meetings.length === 1 ? 'møde' : 'møder'}, senest fundne først.
          </p>
          {meetings.map((meeting) => (
            <section class="personal-number-meeting">
              <h2>
                <a href={meeting.href}>{meeting.title}</a>
              </h2>
              <p>
                {meeting.publisherName ? `${meeting.publisherName}. ` : ''}
                {meeting.foundText}.
              </p>
              <DataTable isRegion caption={`Fund i ${meeting.title}`} head={['Hvor', 'Sikkerhed', 'Teksten omkring']}>
                {meeting.findings.map((finding) => (
                  <tr>
                    <td>{finding.whereHref ? <a href={finding.whereHref}>{finding.where}</a> : finding.where}</td>
                    <td>{finding.confidenceLabel}</td>
                    <td>{finding.context}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}
