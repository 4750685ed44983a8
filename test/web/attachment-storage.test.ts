/**
 * The attachment store cannot take a file: its disk is full (a tiny tmpfs, filled), or it cannot
 * be written (mounted read-only). The secretary gets a clear message at the file field (507), the
 * operators a log line naming the folder, and nothing is left behind: no attachment row, no
 * half-written file. A real file system each time (mounts need root; skipped without).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../helpers/databases.js';
import { PDF, useSecretariatWeb } from '../helpers/secretariat-web.js';

const CAN_MOUNT = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync('/tmp/protokol-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();

describe.skipIf(!CAN_MOUNT)('an attachment store that cannot take the file', () => {
  const web = useSecretariatWeb(TEST_DATABASES[0]);
  const store = () => path.join(web.dataDir, 'attachments');
  afterEach(() => {
    execFileSync('umount', [store()], { stdio: 'ignore' });
  });

  async function upload(title: string) {
    const meetingId = await web.createMeeting();
    const itemId = await web.addItem(meetingId, 'case', title);
    const bytes = new Uint8Array(64 * 1024);
    bytes.set(PDF);
    const response = await web
      .secretary()
      .upload(`/sekretariat/punkt/${itemId}/bilag`, { title }, { name: 'bilag.pdf', bytes, type: 'application/pdf' });
    const rows = await web.world.handle.query('select id from draft_attachments where item_id = $1', [itemId]);
    return { response, rows };
  }

  it('says the disk is full, keeps nothing and leaves no half-written file', async () => {
    fs.mkdirSync(store(), { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', store()]);
    const { response, rows } = await upload('Bilag på fuld disk');
    expect(response.status).toBe(507);
    expect(response.text).toContain('Bilaget kunne ikke gemmes, fordi serverens disk er fuld');
    expect(response.text).toContain('id="file-error"');
    expect(response.text).not.toContain(web.dataDir); // the folder is for the log, not the page
    expect(rows).toEqual([]);
    expect(fs.readdirSync(store())).toEqual([]);
  });

  it('says the folder cannot be written, and keeps nothing', async () => {
    fs.mkdirSync(store(), { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', store()]);
    const { response, rows } = await upload('Bilag i skrivebeskyttet mappe');
    expect(response.status).toBe(507);
    expect(response.text).toContain('mappe til bilag ikke kan skrives');
    expect(rows).toEqual([]);
  });
});
