/**
 * The fictitious site generator (test/helpers/firstagenda-site.ts): deterministic per seed, every
 * document read by the First Agenda JSON reader without errors or warnings, the real size
 * distribution (median ≈ 120 KB, none over ≈ 1 MB, 10–40 items), agendas ahead of `today` and
 * minutes before it, closed items, attachments with and without `Link`.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/importer/parse-minutes.js';
import { FakeSite } from '../../helpers/firstagenda-site.js';

const BASE = 'http://127.0.0.1:9';

function read(json: string) {
  return readSource({ fileName: 'x.json', kind: 'json', text: json, lines: json.split('\n'), json: JSON.parse(json) });
}

describe('fictitious First Agenda site', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = new FakeSite({ seed: 4, committees: 2, meetingsPerCommittee: 3 });
    const b = new FakeSite({ seed: 4, committees: 2, meetingsPerCommittee: 3 });
    const c = new FakeSite({ seed: 5, committees: 2, meetingsPerCommittee: 3 });
    expect(JSON.stringify(a.listing())).toBe(JSON.stringify(b.listing()));
    expect(a.documentJson(a.meetings()[2].guid, BASE)).toBe(b.documentJson(b.meetings()[2].guid, BASE));
    expect(JSON.stringify(a.listing())).not.toBe(JSON.stringify(c.listing()));
  });

  it('has the size distribution of real sites and reads without errors or warnings', () => {
    const site = new FakeSite({
      seed: 9,
      committees: 6,
      meetingsPerCommittee: 10,
      from: '2024-01-01',
      to: '2025-12-31',
    });
    const sizes: number[] = [];
    for (const meeting of site.meetings()) {
      const json = site.documentJson(meeting.guid, BASE)!;
      sizes.push(Buffer.byteLength(json));
      const document = read(json);
      expect(document.warnings).toEqual([]);
      expect(document.items.length).toBeGreaterThanOrEqual(10);
      expect(document.items.length).toBeLessThanOrEqual(40);
      expect(document.documentType).toBe(meeting.hasMinutes ? 'referat' : 'dagsorden');
      expect(document.date).toBe(meeting.dato.slice(0, 10));
      expect(document.sourceId).toBe(meeting.agendaGuid);
      const closed = document.items.filter((item) => item.closed);
      for (const item of closed) expect(item.title.startsWith('Lukket: ')).toBe(true);
    }
    sizes.sort((x, y) => x - y);
    const median = sizes[sizes.length >> 1] / 1024;
    expect(median).toBeGreaterThan(90);
    expect(median).toBeLessThan(160);
    expect(sizes.at(-1)! / 1024).toBeLessThan(1100);
    expect(site.attachments().some((a) => a.hasLink)).toBe(true);
    expect(site.attachments().some((a) => !a.hasLink)).toBe(true);
  });

  it('changes between runs: minutes published and corrected, a Dato moved', () => {
    const site = new FakeSite({ seed: 6, committees: 1, meetingsPerCommittee: 6 });
    const agenda = site.meetings().find((m) => !m.hasMinutes)!;
    const before = site.documentJson(agenda.guid, BASE)!;
    expect(read(before).documentType).toBe('dagsorden');
    site.publishMinutes(agenda.guid);
    const minutes = site.documentJson(agenda.guid, BASE)!;
    expect(read(minutes).documentType).toBe('referat');
    site.correctMinutes(agenda.guid);
    const corrected = site.documentJson(agenda.guid, BASE)!;
    expect(corrected).not.toBe(minutes);
    expect(corrected).toContain('Rettet 1. gang');
    site.changeDato(agenda.guid, '2030-01-07T09:00:00+01:00');
    expect(read(site.documentJson(agenda.guid, BASE)!).startTime).toBe('09:00');
  });
});
