/**
 * joinServers: a `protokol serve` process takes its place among the others on the same database.
 * Several processes must share SECRET_KEY, because a form one of them signed may be posted to
 * another: a process that finds another one alive with a different key, or either of them with
 * none, is refused with a message that says what to do. Beats every half minute until `leave()`.
 *
 * Who may call it: `protokol serve` (PostgreSQL only: the embedded database allows one process).
 */
import { createHash, randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../../db/client.js';
import {
  beatServerProcess,
  registerServerProcess,
  type ServerProcess,
  unregisterServerProcess,
} from '../../db/stores/server-processes.js';

const BEAT_MS = 30_000;

export type JoinResult =
  | { ok: true; others: number; leave: () => Promise<void> }
  | { ok: false; others: ServerProcess[]; message: string };

/** A fingerprint of the key that cannot be turned back into it. */
function fingerprintOf(secretKey: string | undefined): string | null {
  return secretKey ? createHash('sha256').update(`protokol:fingerprint:${secretKey}`).digest('hex').slice(0, 16) : null;
}

export async function joinServers({ db, secretKey }: { db: Db; secretKey: string | undefined }): Promise<JoinResult> {
  const me: ServerProcess = {
    id: `${os.hostname()}:${process.pid}:${randomUUID()}`,
    host: os.hostname(),
    pid: process.pid,
    keyFingerprint: fingerprintOf(secretKey),
  };
  const others = await registerServerProcess(db, me);
  const mismatched = others.filter((other) => !me.keyFingerprint || other.keyFingerprint !== me.keyFingerprint);
  if (mismatched.length > 0) {
    await unregisterServerProcess(db, me.id);
    const names = mismatched.map((other) => `${other.host} (pid ${other.pid})`).join(', ');
    return {
      ok: false,
      others: mismatched,
      message: `Der kører allerede en Protokol-server på samme database: ${names}. Flere servere skal have den samme SECRET_KEY (mindst 32 tilfældige tegn), ellers afvises formularer, der sendes til en anden server end den, der viste dem. Sæt den samme SECRET_KEY for alle og start dem igen.`,
    };
  }
  const timer = setInterval(() => {
    beatServerProcess(db, me.id).catch(() => {}); // the next beat tries again
  }, BEAT_MS);
  timer.unref();
  return {
    ok: true,
    others: others.length,
    leave: async () => {
      clearInterval(timer);
      await unregisterServerProcess(db, me.id).catch(() => {});
    },
  };
}
