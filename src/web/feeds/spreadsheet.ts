/**
 * Tables as a spreadsheet that Danish Excel opens as it is: UTF-8 with a byte order mark (else
 * Excel reads the bytes as Windows-1252 and "æ" turns into "Ã¦"), semicolons between the fields
 * (Danish Excel's list separator; a comma is its decimal mark), CRLF line ends, and RFC 4180
 * quoting: a field with a semicolon, a quote or a line break is quoted, its quotes doubled.
 */
import type { Context } from 'hono';

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

export function spreadsheetField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function spreadsheet(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => `${cells.map(spreadsheetField).join(';')}\r\n`;
  return `${BOM}${line(header)}${rows.map(line).join('')}`;
}

/** A download: CSV for a spreadsheet or JSON, as an attachment with its file name. */
export function download(c: Context, format: 'csv' | 'json', fileStem: string, body: string) {
  const type = format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8';
  return c.body(body, 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${fileStem}.${format}"`,
  });
}
