/**
 * The names the interface gives the domain's codes (outcomes, kinds, states, roles, refusals …),
 * one table per enum, keyed by its values. Danish in labels-da.ts, English in labels-en.ts; the
 * catalogue's entry point (../i18n.ts) offers them per language as LABELS.
 */
import type { PasswordProblem } from '../../domain/account.js';
import type { AgendaTemplate } from '../../domain/agenda-templates.js';
import type { AttachmentProblem, AttachmentType, StorageProblem } from '../../domain/attachment-file.js';
import type { BodyKind, BodyLevel } from '../../domain/body-kind.js';
import type { DeadlineStatusKind } from '../../domain/deadlines.js';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { FollowUpRefusal, FollowUpState, FollowUpTiming } from '../../domain/follow-ups.js';
import type { MeetingKind, MeetingStatus } from '../../domain/meeting.js';
import type { DocumentType } from '../../domain/meeting-document.js';
import type { VersionKind } from '../../domain/meeting-draft.js';
import type { MembershipRole } from '../../domain/membership.js';
import type { NotificationKind } from '../../domain/notifications.js';
import type { OrganisationKind } from '../../domain/publisher.js';
import type { AskerContactReason, QuestionAddressee } from '../../domain/question.js';
import type { QuestionState, QuestionTransitionRefusal } from '../../domain/question-states.js';
import type { BodyRole } from '../../domain/roles.js';
import type { SectionKind } from '../../domain/sections.js';
import type { SourceStatusKind } from '../../domain/source-status.js';

export interface Labels {
  // The archive: meetings, items, decisions, bodies and their members
  outcome: Record<DecisionOutcome, string>;
  sectionKind: Record<SectionKind, string>;
  bodyKind: Record<BodyKind, string>;
  bodyLevel: Record<BodyLevel, string>;
  membershipRole: Record<MembershipRole, string>;
  meetingStatus: Record<MeetingStatus, string>;
  meetingKind: Record<MeetingKind, string>;
  /** What a calendar event of a meeting of the kind is called ("Møde i …"). */
  meetingEvent: Record<MeetingKind, string>;
  documentType: Record<DocumentType, string>;
  /** What kind of publisher (udgiver) an organisation is. */
  organisationKind: Record<OrganisationKind, string>;
  // The secretariat's work
  versionKind: Record<VersionKind, string>;
  agendaTemplate: Record<AgendaTemplate, string>;
  attachmentType: Record<AttachmentType, string>;
  attachmentProblem: Record<AttachmentProblem, string>;
  storageProblem: Record<StorageProblem, string>;
  // Accounts
  bodyRole: Record<BodyRole, string>;
  passwordProblem: Record<PasswordProblem, string>;
  // The question scheme, follow-ups and notifications
  questionAddressee: Record<QuestionAddressee, string>;
  questionState: Record<QuestionState, string>;
  questionRefusal: Record<QuestionTransitionRefusal, string>;
  askerContact: Record<AskerContactReason, string>;
  deadlineStatus: Record<DeadlineStatusKind, string>;
  followUpState: Record<FollowUpState, string>;
  /** An open follow-up by how its due date stands. */
  followUpTiming: Record<Exclude<FollowUpTiming, 'closed'>, string>;
  followUpRefusal: Record<FollowUpRefusal, string>;
  notificationKind: Record<NotificationKind, string>;
  // Sources (publication sites) and their harvest
  sourceStatus: Record<SourceStatusKind, string>;
}
