/** What the frames' pages show: presenter output (web/frames/presenters.ts), never rows. */

export interface LinkView {
  name: string;
  href: string;
}

export interface FrameListItemView {
  id: number;
  href: string;
  title: string;
  totalText: string;
  yearsText: string;
  owner: LinkView;
  decidingBody: LinkView;
  keyName: string;
  recipients: number;
  isFictitious: boolean;
}

export interface FrameBarView {
  label: string;
  allocatedOre: bigint;
  committedOre: bigint;
  spentOre: bigint;
  allocatedText: string;
  committedText: string;
  spentText: string;
}

export interface FrameRowView {
  recipient: LinkView;
  weightText: string;
  shareText: string;
  allocatedText: string;
  committedText: string;
  spentText: string;
  leftText: string;
  isFictitious: boolean;
}

export interface FrameDetailView extends FrameListItemView {
  purpose: string;
  conditions: string | null;
  decision: { label: string; href: string } | null;
  key: { name: string; versionText: string; kindText: string; source: string; sourceOnText: string };
  bars: FrameBarView[];
  rows: FrameRowView[];
  hasFictitiousShares: boolean;
  csvHref: string;
  apiHref: string;
}
