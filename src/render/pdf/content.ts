/** What the PDF's parts are made of (pdfmake's document definition, untyped there) and how they look. */

export type Content = string | ContentObject | Content[];
export interface ContentObject {
  [key: string]: unknown;
}

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#5c5c5c',
  rule: '#b0b0b0',
  decision: '#eef3f8',
  decisionRule: '#245a8c',
  closed: '#8a1c1c',
  closedFill: '#fbeeee',
};

export const STYLES = {
  kind: { fontSize: 11, bold: true, color: COLOURS.muted },
  title: { fontSize: 24, bold: true, margin: [0, 4, 0, 24] },
  label: { bold: true, color: COLOURS.muted },
  tocTitle: { fontSize: 18, bold: true, margin: [0, 0, 0, 14] },
  tocEntry: { fontSize: 10.5 },
  itemHeading: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
  meta: { fontSize: 9, color: COLOURS.muted, margin: [0, 0, 0, 2] },
  sectionHeading: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 4] },
  paragraph: { margin: [0, 0, 0, 6] },
  footer: { fontSize: 8.5, color: COLOURS.muted },
};
