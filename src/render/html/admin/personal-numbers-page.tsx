/**
 * The admins' list of personal numbers found (Personnumre fundet): each meeting in which a CPR
 * number was found on import or harvest, and for each finding where it stood, how sure the
 * detector was and the masked text around it. The numbers themselves are not shown: they were
 * never stored.
 */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
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
  const m = ADMIN_MESSAGES[usePage().lang].personalNumbers;
  return (
    <Layout title={m.title}>
      <AdminNav current={PERSONAL_NUMBERS_HREF} />
      <h1>{m.title}</h1>
      <p>
        {m.lead[0]} <q>{m.lead[1]}</q>
        {m.lead[2]}
      </p>
      <p>{m.why}</p>
      <ul>
        {m.levels.map(([level, text]) => (
          <li>
            <strong>{level}</strong>
            {text}
          </li>
        ))}
      </ul>
      {meetings.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <>
          <p>{m.count(count, meetings.length)}</p>
          {meetings.map((meeting) => (
            <section class="personal-number-meeting">
              <h2>
                <a href={meeting.href}>{meeting.title}</a>
              </h2>
              <p>
                {meeting.publisherName ? `${meeting.publisherName}. ` : ''}
                {meeting.foundText}.
              </p>
              <DataTable isRegion caption={m.caption(meeting.title)} head={m.head}>
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
