/**
 * One process per data folder. PGlite has no lock between processes: a second process on the same
 * folder silently loses committed rows (STACK.md). So the folder gets a lock file, created
 * exclusively; a second process is refused with the folder and the holder's pid and command.
 * A lock left by a process that no longer runs is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

export interface DataLock {
  path: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  command: string;
  startedAt: string;
}

const LOCK_FILE = 'protokol.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export function acquireDataLock(dataDir: string): DataLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    command:
      process.argv
        .slice(1)
        .map((arg) => path.basename(arg))
        .join(' ') || 'node',
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readLock(lockPath);
        if (current?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(lockPath);
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new AppError(
          'data_folder_locked',
          `Datamappen ${dataDir} er i brug af en anden Protokol-proces (pid ${holder.pid}: "${holder.command}", startet ${holder.startedAt}). ` +
            'Kun én proces ad gangen må bruge den indlejrede database. Stop den anden proces, eller brug DATABASE_URL med en PostgreSQL-server.',
        );
      }
      if (holder && holder.pid === process.pid) {
        throw new AppError('data_folder_locked', `Datamappen ${dataDir} er allerede åbnet af denne proces.`);
      }
      // Stale lock from a process that is gone (or an unreadable lock file): take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('data_folder_locked', `Kunne ikke låse datamappen ${dataDir}.`);
}
