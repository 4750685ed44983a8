/** Real ids for the open-data documentation's example requests. */
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../client.js';

export interface OpenDataSamples {
  bodySlug: string | null;
  personSlug: string | null;
  membershipId: number | null;
  meetingId: number | null;
  itemId: number | null;
  caseNumber: string | null;
  caseId: number | null;
  /** The sample case's publisher (slug): a case is publisher + number. */
  casePublisherSlug: string | null;
  attachmentId: number | null;
  regionSlug: string | null;
  /** The sample body's publisher (slug). */
  publisherSlug: string | null;
  /** A frame (rammer), the first. */
  frameId: number | null;
  /** A project (tilskud og projekter), the first. */
  projectId: number | null;
  /** An investment agreement (investeringsaftaler), the first. */
  agreementId: number | null;
  /** A plan and a hearing (planer, høringer), the first of each. */
  planId: number | null;
  hearingId: number | null;
  processId: number | null;
  /** A health council with a GP capacity board (lægedækning), the first. */
  gpBodySlug: string | null;
}

interface SampleRow {
  body_slug: string | null;
  person_slug: string | null;
  membership_id: number | null;
  meeting_id: number | null;
  item_id: number | null;
  case_number: string | null;
  case_id: number | null;
  case_publisher_slug: string | null;
  attachment_id: number | null;
  region_slug: string | null;
  publisher_slug: string | null;
  frame_id: number | null;
  project_id: number | null;
  agreement_id: number | null;
  plan_id: number | null;
  hearing_id: number | null;
  process_id: number | null;
  gp_body_slug: string | null;
}

/** Real ids for the documentation's example requests: recent, open records. */
export async function openDataSamples(db: Db): Promise<OpenDataSamples> {
  const [row] = await selectRows<SampleRow>(
    db,
    sql`
      with item as (
        select i.id, i.meeting_id, i.case_id from agenda_items i
        join meetings m on m.id = i.meeting_id
        where not i.is_closed and exists (select 1 from decisions d where d.item_id = i.id) and i.case_id is not null
        order by m.held_on desc, i.id limit 1
      ), body as (
        select b.id, b.slug, b.region_id, b.publisher_id from bodies b join meetings m on m.body_id = b.id
        where m.id = (select meeting_id from item)
      ), membership as (
        select ms.id, p.slug from memberships ms join persons p on p.id = ms.person_id
        where ms.body_id = (select id from body) order by ms.id limit 1
      )
      select (select slug from body) as body_slug,
             (select slug from membership) as person_slug,
             (select id from membership) as membership_id,
             (select meeting_id from item) as meeting_id,
             (select id from item) as item_id,
             (select c.number from cases c where c.id = (select case_id from item)) as case_number,
             (select case_id from item) as case_id,
             (select o.slug from cases c join organisations o on o.id = c.publisher_id
               where c.id = (select case_id from item)) as case_publisher_slug,
             (select a.id from attachments a join agenda_items i on i.id = a.item_id
               where not i.is_closed and not a.is_closed order by a.id desc limit 1) as attachment_id,
             (select r.slug from regions r where r.id = (select region_id from body)) as region_slug,
             (select o.slug from organisations o where o.id = (select publisher_id from body)) as publisher_slug,
             (select min(id) from frames) as frame_id,
             (select min(id) from projects) as project_id,
             (select min(id) from agreements) as agreement_id,
             (select min(id) from plans) as plan_id,
             (select min(id) from hearings) as hearing_id,
             (select min(id) from processes) as process_id,
             (select b.slug from gp_boards g join bodies b on b.id = g.body_id order by g.id limit 1) as gp_body_slug`,
  );
  return {
    bodySlug: row?.body_slug ?? null,
    personSlug: row?.person_slug ?? null,
    membershipId: row?.membership_id ?? null,
    meetingId: row?.meeting_id ?? null,
    itemId: row?.item_id ?? null,
    caseNumber: row?.case_number ?? null,
    caseId: row?.case_id ?? null,
    casePublisherSlug: row?.case_publisher_slug ?? null,
    attachmentId: row?.attachment_id ?? null,
    regionSlug: row?.region_slug ?? null,
    publisherSlug: row?.publisher_slug ?? null,
    frameId: row?.frame_id ?? null,
    projectId: row?.project_id ?? null,
    agreementId: row?.agreement_id ?? null,
    planId: row?.plan_id ?? null,
    hearingId: row?.hearing_id ?? null,
    processId: row?.process_id ?? null,
    gpBodySlug: row?.gp_body_slug ?? null,
  };
}
