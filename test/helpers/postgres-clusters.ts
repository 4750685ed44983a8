/**
 * PostgreSQL clusters of a test's own, in a temporary folder, run with pg_ctl on a port of their
 * own as the postgres user (so that a test may stop, restart or pause them without touching the
 * shared test server):
 * - a streaming replica of the TEST_DATABASE_URL server: pg_basebackup of the running cluster
 *   (with -R: standby.signal and primary_conninfo). Needs the server to allow replication
 *   connections from 127.0.0.1 (.ci/run adds that line to pg_hba.conf);
 * - an empty cluster (initdb), for tests that restart the database under the application.
 * Both need root, to switch to the postgres user.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = (() => {
  const root = '/usr/lib/postgresql';
  const version = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  return version ? path.join(root, version, 'bin') : undefined;
})();

/** Whether this machine can make a replica: PostgreSQL's programs, and root to run them as postgres. */
export const CAN_REPLICATE = Boolean(BIN && process.getuid?.() === 0 && fs.existsSync(path.join(BIN, 'pg_ctl')));

export interface StreamingReplica {
  /** The replica's address for a database of the primary. */
  urlOf(primaryDatabaseUrl: string): string;
  stop(mode?: 'fast' | 'immediate'): void;
  remove(): void;
}

export interface PrivateCluster extends StreamingReplica {
  /** The address of its `postgres` database. */
  url: string;
  start(): void;
}

function asPostgres(program: string, args: string[]): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN!, program), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

export function startStreamingReplica(serverUrl: string, port: number): StreamingReplica {
  const primary = new URL(serverUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-replica-'));
  fs.chmodSync(dir, 0o700);
  execFileSync('chown', ['postgres:postgres', dir]);
  try {
    asPostgres('pg_basebackup', [
      ...['-h', primary.hostname, '-p', primary.port || '5432', '-U', primary.username || 'postgres'],
      ...['-D', dir, '-R', '-X', 'stream', '-c', 'fast'],
    ]);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`pg_basebackup failed (does pg_hba.conf allow "host replication all 127.0.0.1/32"?): ${stderr}`);
  }
  startCluster(dir, port, ['hot_standby = on', 'wal_receiver_status_interval = 1s']);
  return runningCluster(dir, port);
}

/** Writes the cluster's own small configuration and starts it (pg_ctl -w). */
function startCluster(dir: string, port: number, settings: string[]): void {
  // The Debian cluster keeps its configuration in /etc: the copy gets a small one of its own.
  fs.writeFileSync(
    path.join(dir, 'postgresql.conf'),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      'shared_buffers = 32MB',
      ...settings,
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  fs.writeFileSync(path.join(dir, 'pg_ident.conf'), '');
  execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const log = path.join(dir, 'server.log');
  try {
    asPostgres('pg_ctl', ['-D', dir, '-l', log, '-w', '-t', '60', 'start']);
  } catch {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-8).join('\n') : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`the cluster did not start:\n${tail}`);
  }
}

/** An empty cluster of its own (initdb), trusted on loopback, on `port`. */
export function startPrivateCluster(port: number): PrivateCluster {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-cluster-'));
  fs.chmodSync(dir, 0o700);
  execFileSync('chown', ['postgres:postgres', dir]);
  asPostgres('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  startCluster(dir, port, ['fsync = off']);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, ...runningCluster(dir, port) };
}

/** Start, stop and remove a running cluster; its address for a database name. */
function runningCluster(dir: string, port: number): Omit<PrivateCluster, 'url'> {
  let running = true;
  return {
    urlOf(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    start() {
      if (running) return;
      asPostgres('pg_ctl', ['-D', dir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      running = true;
    },
    stop(mode = 'fast') {
      if (!running) return;
      running = false;
      asPostgres('pg_ctl', ['-D', dir, '-m', mode, '-w', 'stop']);
    },
    remove() {
      try {
        this.stop('immediate');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
