import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createApp } from '../../src/web/app.js';
import { TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('front page on $name', ({ open }) => {
  let handle: DbHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    app = createApp({ handle });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('lists the regions and the 17 health councils, in Danish, from the database', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('Region Østdanmark');
    expect(html).toMatch(/href="\/static\/dkfds\.[0-9a-f]{10}\.css"/); // DKFDS reduced, fingerprinted
    const councils = html.match(/href="\/organ\/region-[a-z]+--sundhedsraad-[^"]+"/g) ?? [];
    expect(councils).toHaveLength(17);
    expect(html).toContain('Sundhedsråd Sønderjylland');
  });

  it('answers /healthz with the driver in use', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: handle.driver });
  });

  it('serves DKFDS from node_modules', async () => {
    const response = await app.request('/dkfds/css/dkfds.min.css');
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(10_000);
  });

  it('gives a Danish 404 page', async () => {
    const response = await app.request('/findes-ikke');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Siden findes ikke');
    expect(html).toContain('lang="da"');
  });
});
