/** The body page: what the body is, its members, its meetings by year and its calendar. */
import type { BodyKind, BodyLevel } from '../../domain/body-kind.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import type { MembershipRole } from '../../domain/membership.js';
import { FOLLOWING_MESSAGES } from '../messages/following.js';
import { AgreementsSection } from './agreements/agreement-pages.js'; // Investment agreements
import type { AgreementListItemView } from './agreements/agreement-views.js';
import { Breadcrumbs, Facts, FictitiousMark, FictitiousNotice, PublisherLink } from './components.js';
import { FollowForm, type FollowFormProps } from './follow-form.js';
import { FramesSection } from './frames/frame-pages.js'; // Frames and keys
import type { FrameListItemView } from './frames/frame-views.js';
import { GpCapacityLink } from './gp-capacity/gp-pages.js'; // GP capacity (lægedækning)
import { HearingsSection } from './hearings/hearing-pages.js'; // Hearings
import type { HearingListItemView } from './hearings/hearing-views.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { PlansSection } from './plans/plan-pages.js'; // Plans
import type { PlanListItemView } from './plans/plan-views.js';
import { ProcessesSection } from './processes/process-pages.js'; // Processes (forløb)
import type { ProcessListItemView } from './processes/process-views.js';
import { ProjectsSection } from './projects/project-pages.js'; // Grants and projects
import type { ProjectListItemView } from './projects/project-views.js';
import { SubscribeLinks, subscriptionAlternates } from './subscribe-links.js';

export interface BodyMeetingView {
  href: string;
  /** "mandag d. 26. januar 2026 kl. 16.00" */
  dateText: string;
  documentKind: DocumentType | null;
  itemCount: number;
  isFictitious: boolean;
}

export interface BodyPageProps {
  name: string;
  /** Frames the body decided or receives from (web/frames). */
  frames?: FrameListItemView[];
  /** Projects the body is responsible for or receives the frame's part of (web/projects). */
  projects?: ProjectListItemView[];
  /** A health council's investment agreements with its municipalities (web/agreements). */
  agreements?: AgreementListItemView[];
  /** Processes the body keeps or treats a step of (web/processes). */
  processes?: ProcessListItemView[];
  /** Plans the body adopts, and its hearings (web/plans, web/hearings). */
  plans?: PlanListItemView[];
  hearings?: HearingListItemView[];
  /** A health council's GP capacity board (web/gp-capacity), when it has one. */
  gpCapacityHref?: string;
  isFictitious: boolean;
  kind: BodyKind;
  level: BodyLevel | null;
  description: string | null;
  region: { name: string; href: string } | null;
  /** Who the body belongs to (its publisher's page); null: "Udgiver ukendt". */
  publisher: { name: string; href: string } | null;
  successor: { name: string; href: string } | null;
  predecessors: { name: string; href: string }[];
  municipalities: string[];
  members: {
    name: string;
    href: string;
    role: MembershipRole;
    party: string | null;
    organisation: string | null;
  }[];
  years: { year: string; meetings: BodyMeetingView[] }[];
  upcoming: BodyMeetingView[];
  searchHref: string;
  /** Question scheme: the body's meeting plan, published answers and statistics (Danish pages). */
  workLinks?: { href: string; label: string }[];
  /** Open data: the body's calendar (iCalendar) and its new minutes (Atom). */
  calendarHref?: string;
  minutesFeedHref?: string;
  /** The meetings as a spreadsheet and as data; by default beside the calendar (/organ/:slug/moeder.csv). */
  downloads?: { csvHref: string; jsonHref: string };
  /** "Følg" by e-mail (render/html/follow-form.tsx). */
  follow?: FollowFormProps;
}

/** The body's meeting downloads, which live beside its calendar: /organ/:slug/moeder.csv and .json. */
export function bodyDownloads(calendarHref: string | undefined): BodyPageProps['downloads'] {
  if (!calendarHref?.endsWith('/kalender.ics')) return undefined;
  const base = calendarHref.slice(0, -'kalender.ics'.length);
  return { csvHref: `${base}moeder.csv`, jsonHref: `${base}moeder.json` };
}

export function BodyPage(props: BodyPageProps) {
  const { t, lang } = usePage();
  return (
    <Layout title={props.name} alternates={subscriptionAlternates(props, lang)}>
      <Breadcrumbs items={[{ label: props.name }]} />
      <h1>{props.name}</h1>
      {props.isFictitious ? <FictitiousNotice /> : null}
      {props.description ? <p class="font-lead">{props.description}</p> : null}

      <h2>{t.aboutBody}</h2>
      <AboutBody {...props} />

      <h2>{t.members}</h2>
      <Members members={props.members} />

      <h2>{t.calendar}</h2>
      {props.upcoming.length === 0 ? (
        <p>{t.noUpcomingMeetings}</p>
      ) : (
        <ul class="meeting-list">
          {props.upcoming.map((meeting) => (
            <MeetingEntry meeting={meeting} />
          ))}
        </ul>
      )}
      <SubscribeLinks name={props.name} calendarHref={props.calendarHref} minutesFeedHref={props.minutesFeedHref} />
      {props.follow ? <FollowForm {...props.follow} /> : null}

      <h2>{t.meetings}</h2>
      {props.years.length === 0 ? <p>{t.noMeetings}</p> : null}
      {props.years.map((year) => (
        <section aria-labelledby={`year-${year.year}`}>
          <h3 id={`year-${year.year}`}>{t.meetingsIn(year.year)}</h3>
          <ul class="meeting-list">
            {year.meetings.map((meeting) => (
              <MeetingEntry meeting={meeting} />
            ))}
          </ul>
        </section>
      ))}
      <FramesSection frames={props.frames} />
      <ProjectsSection projects={props.projects} />
      <AgreementsSection agreements={props.agreements} />
      <ProcessesSection processes={props.processes} />
      <PlansSection plans={props.plans} />
      <HearingsSection hearings={props.hearings} />
      <GpCapacityLink href={props.gpCapacityHref} />
      <Downloads downloads={props.downloads ?? bodyDownloads(props.calendarHref)} />
    </Layout>
  );
}

function Downloads({ downloads }: { downloads: BodyPageProps['downloads'] }) {
  const m = FOLLOWING_MESSAGES[usePage().lang];
  if (!downloads) return null;
  return (
    <>
      <h2>{m.downloadsHeading}</h2>
      <SubscribeLinks name="" downloads={downloads} />
    </>
  );
}

function AboutBody(props: BodyPageProps) {
  const { t, labels } = usePage();
  return (
    <>
      <Facts
        rows={[
          [t.publisher, <PublisherLink publisher={props.publisher} />],
          [t.kind, labels.bodyKind[props.kind]],
          [t.level, props.level ? labels.bodyLevel[props.level] : null],
          [t.region, props.region ? <a href={props.region.href}>{props.region.name}</a> : null],
          [
            t.predecessors,
            props.predecessors.length > 0 ? (
              <ul class="inline-list">
                {props.predecessors.map((body) => (
                  <li>
                    <a href={body.href}>{body.name}</a>
                  </li>
                ))}
              </ul>
            ) : null,
          ],
          [t.successor, props.successor ? <a href={props.successor.href}>{props.successor.name}</a> : null],
          [t.municipalities, props.municipalities.length > 0 ? props.municipalities.join(', ') : null],
        ]}
      />
      <p>
        <a href={props.searchHref}>{t.searchIn(props.name)}</a>
      </p>
      {/* Question scheme (src/web/questions): the plan for the year, published answers, statistics */}
      {props.workLinks && props.workLinks.length > 0 ? (
        <ul class="body-work-links" lang="da">
          {props.workLinks.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Members({ members }: { members: BodyPageProps['members'] }) {
  const { t, labels } = usePage();
  return (
    <>
      {members.length === 0 ? (
        <p>{t.noMembers}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.party}</th>
                <th scope="col">{t.organisation}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr>
                  <th scope="row">
                    <a href={member.href}>{member.name}</a>
                  </th>
                  <td>{labels.membershipRole[member.role]}</td>
                  <td>{member.party ?? ''}</td>
                  <td>{member.organisation ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function MeetingEntry({ meeting }: { meeting: BodyMeetingView }) {
  const { t, labels } = usePage();
  return (
    <li>
      <a href={meeting.href}>
        {meeting.documentKind ? `${labels.documentType[meeting.documentKind]}, ` : ''}
        {meeting.dateText}
      </a>{' '}
      <span class="muted">({t.items(meeting.itemCount)})</span>
      <FictitiousMark when={meeting.isFictitious} />
    </li>
  );
}
