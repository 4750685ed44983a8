/**
 * A client for the JSON API tests: GET a URL of the app and check its status, its content type
 * and its body against the OpenAPI document's response schema for the path (ajv); walk a list
 * through links.next to its last page.
 */
import { expect } from 'vitest';
import { type OpenApiDocument, responseValidator } from './open-data.js';

export type Json = Record<string, unknown> & { data?: Json[]; links?: { next: string | null; self: string } };

interface App {
  request(url: string, init?: RequestInit): Response | Promise<Response>;
}

export async function apiClient(app: App) {
  const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
  const validate = responseValidator(document);

  /** GETs an API URL, checks status and (for JSON) the body against the path's response schema. */
  async function getJson(url: string, template: string, status = 200, init?: RequestInit): Promise<Json> {
    const response = await app.request(url, init);
    expect(response.status, url).toBe(status);
    expect(response.headers.get('content-type'), url).toMatch(/^application\/json/);
    const body = (await response.json()) as Json;
    expect(validate(template, status, body), `${url} against ${template} ${status}`).toEqual([]);
    return body;
  }

  /** Follows links.next from `url` to the last page; returns every record. */
  async function walk(url: string, template: string): Promise<Json[]> {
    const all: Json[] = [];
    let next: string | null = url;
    let pages = 0;
    while (next) {
      const body = await getJson(next.replace(/^http:\/\/localhost/, ''), template);
      all.push(...(body.data ?? []));
      next = body.links?.next ?? null;
      pages++;
      expect(pages).toBeLessThan(500);
    }
    return all;
  }

  return { document, getJson, walk };
}
