/**
 * One published version of a meeting made in Protokol, with what changed since the version before
 * it: per item, the lines added (<ins>) and removed (<del>), each with a text label for screen
 * readers. The public gets the public projection of both versions; only members see closed items.
 */

import type { DocumentType } from '../../domain/meeting-document.js';
import type { DiffLine } from '../../domain/text-diff.js';
import { Breadcrumbs, Facts, FictitiousNotice, MemberViewNotice } from './components.js';
import { DiffLines } from './diff-lines.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export interface VersionItemView {
  number: number;
  /** As the viewer may see it ("Lukket: …" for the public). */
  title: string;
  lines: DiffLine[];
  isChanged: boolean;
  /** In the previous version only. */
  isRemoved: boolean;
  /** A closed item shown to the public: title only. */
  isWithheld: boolean;
}

export interface VersionPageProps {
  /** "Referat, Sundhedsråd Fjordby, mandag d. 26. januar 2026 kl. 16.00" */
  title: string;
  isFictitious: boolean;
  body: { name: string; href: string };
  meetingHref: string;
  dateText: string;
  number: number;
  count: number;
  kind: DocumentType;
  publishedText: string;
  reason: string | null;
  previousNumber: number | null;
  isMemberView: boolean;
  items: VersionItemView[];
  versions: { number: number; href: string; kind: DocumentType; dateText: string; isThis: boolean }[];
}

export function VersionPage(props: VersionPageProps) {
  const { t, labels } = usePage();
  const changed = props.items.filter((item) => item.isChanged).length;
  return (
    <Layout title={`${t.versionOf(props.number, props.count)} – ${props.title}`}>
      <Breadcrumbs
        items={[
          { label: props.body.name, href: props.body.href },
          { label: props.dateText, href: props.meetingHref },
          { label: t.versionOf(props.number, props.count) },
        ]}
      />
      <h1>
        <span lang="da">{props.title}</span>: {t.versionOf(props.number, props.count)}
      </h1>
      {props.isFictitious ? <FictitiousNotice /> : null}
      <Facts
        rows={[
          [t.publishedOn, props.publishedText],
          [t.correctionReason, props.reason ? <span lang="da">{props.reason}</span> : null],
        ]}
      />
      {props.isMemberView ? <MemberViewNotice /> : null}
      <p>
        <a href={props.meetingHref}>{t.backToMeeting}</a>
      </p>

      <h2>{props.previousNumber ? t.changesHeading(props.previousNumber) : t.versionContents}</h2>
      <p>{props.previousNumber ? (changed > 0 ? t.changedItems(changed) : t.noChanges) : t.firstVersion}</p>
      {props.items.map((item) => (
        <VersionItem item={item} previousNumber={props.previousNumber} />
      ))}

      <h2>{t.versionsHeading}</h2>
      <ul class="versions">
        {props.versions.map((version) => (
          <li>
            {version.isThis ? (
              <span aria-current="page">
                {t.versionLink(version.number, labels.documentType[version.kind], version.dateText)}
              </span>
            ) : (
              <a href={version.href}>
                {t.versionLink(version.number, labels.documentType[version.kind], version.dateText)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function VersionItem({
  item,
  previousNumber,
}: {
  item: VersionItemView;
  previousNumber: VersionPageProps['previousNumber'];
}) {
  const { t } = usePage();
  return (
    <article class={`version-item${item.isChanged ? ' version-item--changed' : ''}`}>
      <h3>
        {t.item} {item.number}: <span lang="da">{item.title}</span>
        {previousNumber && !item.isChanged ? <span class="muted"> ({t.unchanged})</span> : null}
      </h3>
      {item.isRemoved ? <p>{t.itemRemoved}</p> : null}
      {item.isWithheld ? <p>{t.closedItemNotice}</p> : <DiffLines lines={item.lines} />}
    </article>
  );
}
