/** The item page: the stable permalink of one agenda item. */
import { Breadcrumbs, Facts, FictitiousNotice, PublisherLink, SourceLink, type SourceLinkView } from './components.js';
import { ClosedBadge, ItemContent, type ItemView } from './item-content.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import { ItemProcesses } from './processes/process-pages.js'; // Processes (forløb)

export interface ItemNeighbour {
  href: string;
  number: number;
  title: string;
}

export interface ItemPageProps {
  item: ItemView;
  isFictitious: boolean;
  meeting: { href: string; title: string; dateText: string };
  body: { name: string; href: string };
  /** The body's publisher; null: "Udgiver ukendt". */
  publisher: { name: string; href: string } | null;
  /** A harvested meeting: its document on the publisher's site ("Kilde"). */
  sourceLink: SourceLinkView | null;
  previous: ItemNeighbour | null;
  next: ItemNeighbour | null;
  /** The amounts the item's text mentions, as written ("2,5 mio. kr."), each with a search for items of at least it. */
  amounts: { text: string; searchHref: string }[];
  /** The processes whose step the item treats (web/processes). */
  processes?: { href: string; process: string; step: string }[];
}

export function ItemPage(props: ItemPageProps) {
  const { item, isFictitious, meeting, body, previous, next } = props;
  const { t } = usePage();
  return (
    <Layout title={`${item.title} – ${body.name}`}>
      <Breadcrumbs
        items={[
          { label: body.name, href: body.href },
          { label: meeting.dateText, href: meeting.href },
          { label: `${t.item} ${item.number}` },
        ]}
      />
      <h1>
        {t.item} {item.number}: <span lang="da">{item.title}</span>
        {item.isClosed ? (
          <>
            {' '}
            <ClosedBadge />
          </>
        ) : null}
      </h1>
      {isFictitious ? <FictitiousNotice /> : null}
      <Facts
        rows={[
          [
            t.itemOfMeeting,
            <a href={meeting.href} lang="da">
              {meeting.title}
            </a>,
          ],
          [t.body, <a href={body.href}>{body.name}</a>],
          [t.publisher, <PublisherLink publisher={props.publisher} />],
          [t.timeSlot, item.timeSlot],
          [
            t.caseNumber,
            item.caseNumber && item.caseHref ? (
              <>
                {item.caseNumber} (<a href={item.caseHref}>{t.caseHistory}</a>)
              </>
            ) : null,
          ],
          [t.source, props.sourceLink ? <SourceLink link={props.sourceLink} /> : null],
          [
            t.amountsMentioned,
            props.amounts.length > 0 ? (
              <ul class="inline-list">
                {props.amounts.map((amount) => (
                  <li>
                    <a href={amount.searchHref}>{amount.text}</a>
                  </li>
                ))}
              </ul>
            ) : null,
          ],
        ]}
      />
      <ItemContent item={item} level={2} />
      <ItemProcesses links={props.processes} />
      {previous || next ? (
        <nav class="item-nav" aria-label={t.itemNavigation}>
          <ul class="item-nav-list">
            {previous ? (
              <li>
                {t.previousItem}:{' '}
                <a href={previous.href} lang="da">
                  {t.item} {previous.number}: {previous.title}
                </a>
              </li>
            ) : null}
            {next ? (
              <li>
                {t.nextItem}:{' '}
                <a href={next.href} lang="da">
                  {t.item} {next.number}: {next.title}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
