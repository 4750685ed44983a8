/** A real `protokol serve` in a child process, on a port of its own, for tests of what runs between processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { BIN } from './run-cli.js';

export interface ServeProcess {
  port: number;
  url: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts `protokol serve --port 0` and resolves when it listens; rejects with its output when it exits first. */
export function startServe(env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr?.on('data', () => {
      const match = /http:\/\/localhost:(\d+)\//.exec(stderr);
      if (!match) return;
      clearTimeout(timer);
      const port = Number(match[1]);
      resolve({ port, url: `http://127.0.0.1:${port}`, child, stderr: () => stderr, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`serve exited with ${code}: ${stderr}`), { code, stderr }));
    });
  });
}
