/** The person page: memberships, and the meetings attended and missed. */
import type { MembershipRole } from '../../domain/membership.js';
import { Breadcrumbs, FictitiousMark, FictitiousNotice } from './components.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export type Attendance = 'attended' | 'missed' | 'invited';

export interface PersonPageProps {
  name: string;
  memberships: {
    body: { name: string; href: string };
    role: MembershipRole;
    party: string | null;
    organisation: string | null;
    sinceText: string | null;
    isFictitious: boolean;
  }[];
  meetings: {
    href: string;
    dateText: string;
    body: { name: string; href: string };
    attendance: Attendance;
    isFictitious: boolean;
  }[];
  attended: number;
  missed: number;
}

export function PersonPage(props: PersonPageProps) {
  const { t } = usePage();
  const anyFictitious =
    props.memberships.some((membership) => membership.isFictitious) || props.meetings.some((m) => m.isFictitious);
  const attendanceLabel: Record<Attendance, string> = { attended: t.attended, missed: t.missed, invited: t.invited };
  return (
    <Layout title={props.name}>
      <Breadcrumbs items={[{ label: props.name }]} />
      <h1>{props.name}</h1>
      {anyFictitious ? <FictitiousNotice /> : null}
      <p class="font-lead">{t.attendanceSummary(props.attended, props.missed)}</p>

      <h2>{t.memberships}</h2>
      <Memberships memberships={props.memberships} />

      <h2>{t.meetingsOfPerson}</h2>
      {props.meetings.length === 0 ? (
        <p>{t.noMeetings}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col">{t.body}</th>
                <th scope="col">{t.attendance}</th>
              </tr>
            </thead>
            <tbody>
              {props.meetings.map((meeting) => (
                <tr>
                  <th scope="row">
                    <a href={meeting.href}>{meeting.dateText}</a>
                  </th>
                  <td>
                    <a href={meeting.body.href}>{meeting.body.name}</a>
                  </td>
                  <td class={`attendance attendance--${meeting.attendance}`}>{attendanceLabel[meeting.attendance]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

function Memberships({ memberships }: { memberships: PersonPageProps['memberships'] }) {
  const { t, labels } = usePage();
  return (
    <>
      {memberships.length === 0 ? (
        <p>{t.noMemberships}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t.body}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.party}</th>
                <th scope="col">{t.organisation}</th>
                <th scope="col">{t.since}</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((membership) => (
                <tr>
                  <th scope="row">
                    <a href={membership.body.href}>{membership.body.name}</a>
                    <FictitiousMark when={membership.isFictitious} />
                  </th>
                  <td>{labels.membershipRole[membership.role]}</td>
                  <td>{membership.party ?? ''}</td>
                  <td>{membership.organisation ?? ''}</td>
                  <td>{membership.sinceText ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
