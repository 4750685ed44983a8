/**
 * Attachments: the open items' PDFs only (never a closed item's), their text per page, a PDF
 * without a text layer marked (not an error), the size limit and the PDF check (failures named by
 * URL, the rest goes on), nothing fetched again on the next run, and with --full fetched again
 * but stored again only when changed. A meeting harvested without attachments gets them later.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentText } from '../../../src/importer/harvest/attachments.js';
import { minimalPdf } from '../../helpers/replay-server.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ seed: 21, committees: 2, meetingsPerCommittee: 3, scannedEvery: 4 });
});
afterEach(() => h.close());

const bilagPath = (guid: string) => `/vis/pdf/bilag/${guid}`;

describe('harvestSite with attachments', () => {
  it("fetches the open items' PDFs, extracts their pages, marks scans, and never asks for a closed item's", async () => {
    const { site, server, sink } = h;
    const all = site.attachments();
    const open = all.filter((a) => !a.isClosed);
    const closed = all.filter((a) => a.isClosed);
    expect(open.length).toBeGreaterThan(20);
    expect(closed.length).toBeGreaterThan(0);
    const scans = open.filter((a) => !a.hasTextLayer);
    expect(scans.length).toBeGreaterThan(0);

    const report = await h.run({ attachments: true });

    expect(report.failures).toEqual([]);
    expect(report.attachments).toMatchObject({
      candidates: open.length,
      fetched: open.length,
      new: open.length,
      failed: 0,
      withoutText: scans.length,
      closedSkipped: closed.length,
    });
    for (const a of closed) expect(server.count(bilagPath(a.guid))).toBe(0);
    expect(sink.attachments.size).toBe(open.length);

    const withText = open.find((a) => a.hasTextLayer)!;
    const stored = [...sink.attachments.values()].find((a) => a.documentId === withText.guid)!;
    expect(stored).toMatchObject({ meetingGuid: withText.meetingGuid, itemNumber: withText.itemNumber, hasText: true });
    expect(stored.title).toBe(withText.title);
    expect(stored.pages).toHaveLength(2);
    expect(stored.pages[0]).toContain(withText.title);
    expect(stored.pages[1]).toBe('Bilagets anden side med fiktiv tekst.');
    expect(stored.url.toLowerCase()).toBe(`${server.url}${bilagPath(withText.guid)}`);

    const scan = [...sink.attachments.values()].find((a) => a.documentId === scans[0].guid)!;
    expect(scan).toMatchObject({ hasText: false, text: '', pages: [], ocrPages: [1, 2] });
    for (const guid of new Set(open.map((a) => a.meetingGuid))) {
      expect(sink.state.get(guid)?.attachmentsComplete).toBe(true);
    }

    // Next run: nothing fetched again. With --full: fetched again, stored again only if changed.
    server.resetLog();
    const again = await h.run({ attachments: true });
    expect(again.requests.byKind.attachment).toBe(0);
    const full = await h.run({ attachments: true, full: true });
    expect(full.attachments).toMatchObject({ fetched: open.length, unchanged: open.length, new: 0, update: 0 });
  });
});

describe('harvestSite with attachments: failures and later runs', () => {
  it('records an oversized, a non-PDF and an unreachable attachment by URL and stores the rest', async () => {
    const { site, server, sink } = h;
    const open = site.attachments().filter((a) => !a.isClosed);
    const [big, notPdf, broken] = open;
    server.fault(bilagPath(big.guid), { kind: 'big', bytes: 400_000, chunked: true });
    server.fault(bilagPath(notPdf.guid), { kind: 'not-pdf' });
    server.fault(bilagPath(broken.guid), { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY });

    const report = await h.run({ attachments: true, maxAttachmentBytes: 200_000 });

    expect(report.counts.failed).toBe(0);
    expect(report.attachments.failed).toBe(3);
    expect(sink.attachments.size).toBe(open.length - 3);
    const message = (guid: string) =>
      report.failures.find((f) => f.url.toLowerCase().endsWith(bilagPath(guid)))?.message ?? '';
    expect(message(big.guid)).toMatch(/: svaret er større end 200000 bytes$/);
    expect(message(notPdf.guid)).toMatch(/: bilaget er ikke en PDF-fil$/);
    expect(message(broken.guid)).toMatch(/: svarede 503 efter 4 forsøg$/);
    // Too big and not a PDF are settled; the 503 may pass next time, so that meeting is not complete.
    expect(sink.state.get(broken.meetingGuid)?.attachmentsComplete).toBe(false);

    server.clearFaults();
    server.resetLog();
    const next = await h.run({ attachments: true, maxAttachmentBytes: 200_000 });
    expect(next.reasons.attachments).toBeGreaterThanOrEqual(1);
    expect(server.count(bilagPath(broken.guid))).toBe(1);
    expect(sink.state.get(broken.meetingGuid)?.attachmentsComplete).toBe(true);
  });

  it('fetches the attachments of meetings harvested earlier without them', async () => {
    const { site, sink } = h;
    await h.run();
    expect(sink.attachments.size).toBe(0);
    const later = await h.run({ attachments: true });
    expect(later.reasons.attachments).toBeGreaterThan(0);
    expect(later.counts.unchanged).toBe(later.counts.fetched);
    expect(sink.attachments.size).toBe(site.attachments().filter((a) => !a.isClosed).length);
  });
});

describe('attachment text', () => {
  it('gives the text per page and the pages without a text layer to OCR; hasText: false for a scan', async () => {
    const text = await attachmentText(minimalPdf([['Første side', 'Ærø og Åbenrå'], ['Anden side']]));
    expect(text).toEqual({
      text: 'Første side\nÆrø og Åbenrå\n\nAnden side',
      pages: ['Første side\nÆrø og Åbenrå', 'Anden side'],
      hasText: true,
      ocrPages: [],
    });
    // A scan: every page to OCR.
    expect(await attachmentText(minimalPdf([['x'], ['y']], false))).toEqual({
      text: '',
      pages: [],
      hasText: false,
      ocrPages: [1, 2],
    });
    // A page without any text between pages with text: only that page to OCR, its text "" until then.
    const mixed = minimalPdf([['Første side'], [], ['Tredje side']]);
    expect(await attachmentText(mixed)).toMatchObject({ pages: ['Første side', '', 'Tredje side'], ocrPages: [2] });
  });
});
