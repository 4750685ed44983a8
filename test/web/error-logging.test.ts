/**
 * A request that fails is logged with the error's stack and its chain of causes (src/log.ts), and
 * the public sees none of it: the HTML pages (web/kit/errors.tsx) and the JSON interfaces
 * (web/api/errors.ts) alike.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/log.js';
import { jsonErrors } from '../../src/web/api/errors.js';
import { createApp } from '../../src/web/app.js';
import { TEST_DATABASES } from '../helpers/databases.js';

/** A failure with a cause that has a code of its own, as a database driver throws them. */
function failure(): Error {
  const cause = Object.assign(new Error('could not read block 7 in file "base/16384/2619" on 10.0.0.7'), {
    code: 'XX001',
  });
  return new Error('the database query failed', { cause });
}

/** The database away: the connection refused. */
function unavailable(): Error {
  const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
  return new Error('the database query failed', { cause });
}

/** A logger that keeps its lines, and the one error object each line carries. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger('error', (line) => lines.push(line));
  const logged = () =>
    lines.map((line) => JSON.parse(line.slice(line.indexOf('{'))) as { method: string; path: string; error: Logged });
  return { lines, logger, logged };
}

interface Logged {
  name: string;
  message: string;
  code?: string;
  stack: string;
  cause?: Logged;
}

describe('errors are logged with their stack and cause', () => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('logs a failed page with the stack of the error and of its cause, and shows the public a plain 500 page', async () => {
    const { logger, logged } = capturingLogger();
    const failing: DbHandle = {
      ...handle,
      query: async () => {
        throw failure();
      },
    };
    const app = createApp({ handle: failing, logger, cache: false });
    const response = await app.request('/healthz');
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain('Der opstod en fejl');
    for (const secret of ['the database query failed', 'XX001', '10.0.0.7', 'at ']) {
      expect(page).not.toContain(secret);
    }

    const [entry] = logged();
    expect(entry).toMatchObject({ method: 'GET', path: '/healthz' });
    expect(entry.error.message).toBe('the database query failed');
    expect(entry.error.stack).toMatch(/^Error: the database query failed\n\s+at /);
    expect(entry.error.cause).toMatchObject({
      message: expect.stringContaining('could not read block 7'),
      code: 'XX001',
    });
    expect(entry.error.cause?.stack).toMatch(/^Error: could not read block 7/);
  });

  it('answers /healthz 503 with the reason when the database is away, logging the error and showing none of it', async () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    const away: DbHandle = {
      ...handle,
      query: async () => {
        throw unavailable();
      },
    };
    const response = await createApp({ handle: away, logger, cache: false }).request('/healthz');
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      status: 'unavailable',
      database: handle.driver,
      reason: 'database_unavailable',
    });
    for (const secret of ['ECONNREFUSED', '10.0.0.7', 'failed']) expect(body).not.toContain(secret);
    expect(lines.join('\n')).toContain('connect ECONNREFUSED 10.0.0.7:5432');
  });

  it('logs a failed JSON request the same way, and answers the public with a plain JSON 500', async () => {
    const { logger, logged } = capturingLogger();
    const api = new Hono();
    api.onError(jsonErrors(logger));
    api.get('/api/v1/fails', () => {
      throw failure();
    });
    const response = await api.request('/api/v1/fails');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { status: 500, code: 'internal', message: 'Der skete en fejl / internal error', problems: [] },
    });
    const [entry] = logged();
    expect(entry.path).toBe('/api/v1/fails');
    expect(entry.error.stack).toContain('the database query failed');
    expect(entry.error.cause?.stack).toContain('could not read block 7');
  });

  it('keeps each entry on one line', () => {
    const { lines, logger } = capturingLogger();
    logger.error('request failed', { error: failure() });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
  });
});
