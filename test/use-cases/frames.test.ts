/**
 * Keys and frames on PGlite and PostgreSQL: a key version imported from CSV (semicolons or
 * commas; every bad row named, nothing saved), a frame created and allocated exactly by it (the
 * 19.5 % council gets 487,500 kr. of 2.5 M), refused per field (a body the actor may not act for,
 * an item of another body, years in the wrong order), and the demo frame loaded and removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { findFrame } from '../../src/db/queries/frames.js';
import type { Actor } from '../../src/domain/roles.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createFrame } from '../../src/use-cases/frames/create-frame.js';
import { importKey } from '../../src/use-cases/frames/import-key.js';
import { loadDemoData, removeDemoData } from '../../src/use-cases/imports/load-demo-data.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { COUNCILS, KEY_CSV } from '../helpers/frames.js';

const admin: Actor = { isAdmin: true, roles: new Map() };

describe.each(TEST_DATABASES)('keys and frames on $name', (database) => {
  let handle: DbHandle;
  let region: number;
  let council: number;
  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    [{ id: region }] = await handle.query<{ id: number }>(
      `select id from organisations where slug = 'region-syddanmark'`,
    );
    [{ id: council }] = await handle.query<{ id: number }>(`select id from bodies where slug = $1`, [COUNCILS[0]]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const frameInput = (keyVersionId: number) => ({
    db: handle.db,
    title: 'Kulturprojekter 2026',
    purpose: 'Kultur og sundhed.',
    conditions: 'Årlig status.',
    ownerId: region,
    decidingBodyId: council,
    decisionItemId: null,
    totalOre: 250_000_000n,
    fromYear: 2026,
    toYear: 2026,
    keyVersionId,
    actor: admin,
    auditActor: COMMAND_LINE_ACTOR,
  });

  it('imports a key version and allocates a frame by it exactly', async () => {
    const imported = await importKey({ db: handle.db, text: KEY_CSV, actor: COMMAND_LINE_ACTOR });
    expect(imported).toMatchObject({ ok: true, version: 1, recipients: 4, slug: 'sygdomsvaegtede-borgere' });
    if (!imported.ok) return;
    // Commas between the fields too (a decimal comma then quoted); the same key's next version.
    const commas = KEY_CSV.split('\r\n').map((line) => line.replace(/;(\d+),(\d+);/, ';"$1,$2";').replaceAll(';', ','));
    const again = await importKey({ db: handle.db, text: commas.join('\n'), actor: COMMAND_LINE_ACTOR });
    expect(again).toMatchObject({ ok: true, version: 2 });
    const created = await createFrame(frameInput(imported.versionId));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const frame = await findFrame(handle.db, created.frameId);
    expect(frame?.totalOre).toBe(250_000_000n);
    expect(frame?.allocations.map((a) => [a.recipient.slug, a.amountOre, a.isFictitious])).toEqual([
      [COUNCILS[0], 48_750_000n, false],
      [COUNCILS[1], 95_500_000n, true],
      [COUNCILS[2], 56_500_000n, true],
      [COUNCILS[3], 49_250_000n, true],
    ]);
    const [audit] = await handle.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'frame.create'`,
    );
    expect(audit.n).toBe(1);
  });

  it('shares equally over publishers too, a blank weight of equal shares counting one', async () => {
    const text = [
      'nøgle,art,kilde,dato,modtager,vægt,fiktiv',
      'Lige andele,lige andele,Aftalen,2026-01-01,greve-kommune,,nej',
      'Lige andele,lige andele,Aftalen,2026-01-01,region-syddanmark,,nej',
      'Lige andele,lige andele,Aftalen,2026-01-01,aabenraa-kommune,,nej',
    ].join('\n');
    const imported = await importKey({ db: handle.db, text, actor: COMMAND_LINE_ACTOR });
    expect(imported).toMatchObject({ ok: true, recipients: 3 });
    if (!imported.ok) return;
    const created = await createFrame({ ...frameInput(imported.versionId), totalOre: 100n });
    if (!created.ok) throw new Error(JSON.stringify(created.problems));
    const frame = await findFrame(handle.db, created.frameId);
    // 33⅓ øre each; the one øre left goes by the tie rule to the first key in code-point order.
    const parts = frame?.allocations.map((a) => [a.recipient.kind, a.recipient.slug, a.amountOre]);
    const [first] = [
      ...(await handle.query<{ slug: string }>(
        `select slug from organisations where slug in ('greve-kommune', 'region-syddanmark', 'aabenraa-kommune') order by ('publisher:' || id::text) collate "C" limit 1`,
      )),
    ];
    expect(parts?.map(([, , amount]) => amount).sort()).toEqual([33n, 33n, 34n]);
    expect(parts?.find(([, , amount]) => amount === 34n)?.[1]).toBe(first.slug);
    expect(parts?.every(([kind]) => kind === 'publisher')).toBe(true);
  });

  it('names every bad row and saves nothing', async () => {
    const before = await handle.query<{ n: number }>('select count(*)::int as n from allocation_key_versions');
    const text = [
      'nøgle;art;kilde;dato;modtager;vægt;fiktiv',
      `Befolkning;befolkning;Danmarks Statistik;2026-01-01;${COUNCILS[0]};1200;nej`,
      'Befolkning;befolkning;Danmarks Statistik;2026-01-01;region-syddanmark--sundhedsraad-atlantis;800;nej',
      `Befolkning;befolkning;Danmarks Statistik;2026-01-01;${COUNCILS[1]};-3;måske`,
      `Befolkning;befolkning;Danmarks Statistik;2026-02-01;${COUNCILS[0]};5;nej`,
      'Befolkning;befolkning;Danmarks Statistik;2026-01-01;region-syddanmark;7;nej',
    ].join('\n');
    const result = await importKey({ db: handle.db, text, actor: COMMAND_LINE_ACTOR });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.row)).toEqual([3, 4, 4, 5, 5]);
    expect(result.problems.map((p) => p.text).join('\n')).toMatch(/atlantis« findes ikke/);
    expect(result.problems[1].text).toContain('vægten »-3«');
    expect(result.problems[2].text).toContain('»fiktiv« er »måske«');
    expect(result.problems.map((p) => p.text).join('\n')).toContain('står også i række 2');
    const after = await handle.query<{ n: number }>('select count(*)::int as n from allocation_key_versions');
    expect(after).toEqual(before);
    const header = await importKey({ db: handle.db, text: 'nøgle;art\nx;y', actor: COMMAND_LINE_ACTOR });
    expect(header.ok ? [] : header.problems[0].text).toContain('»kilde«');
  });

  it('refuses a frame per field', async () => {
    const [{ id: versionId }] = await handle.query<{ id: number }>('select max(id) as id from allocation_key_versions');
    const other: Actor = { isAdmin: false, roles: new Map([[council + 1, 'secretariat']]) };
    const result = await createFrame({
      ...frameInput(versionId),
      title: ' ',
      fromYear: 2028,
      toYear: 2027,
      actor: other,
      keyVersionId: 99_999,
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'title', reason: 'missing' },
      { field: 'toYear', reason: 'before_start' },
      { field: 'body', reason: 'not_allowed' },
      { field: 'key', reason: 'not_found' },
    ]);
  });

  it('loads the demo frame with the demo set and removes it with it', async () => {
    await loadDemoData({ db: handle.db });
    const [demo] = await handle.query<{ id: number }>('select id from frames where is_fictitious');
    const frame = await findFrame(handle.db, demo.id);
    expect(frame?.allocations[0]).toMatchObject({ amountOre: 48_750_000n, isFictitious: false });
    expect(frame?.allocations.slice(1).every((a) => a.isFictitious)).toBe(true);
    await loadDemoData({ db: handle.db });
    expect(await handle.query('select id from frames where is_fictitious')).toHaveLength(1);
    await removeDemoData({ db: handle.db });
    expect(await handle.query('select id from frames where is_fictitious')).toHaveLength(0);
    expect(await handle.query('select id from allocation_keys where is_fictitious')).toHaveLength(0);
    expect(await handle.query('select id from frames')).toHaveLength(2); // the two frames of the tests above
  });
});
