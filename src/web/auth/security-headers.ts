/**
 * Security headers on every response: a strict Content-Security-Policy (no inline script or style
 * anywhere: a page that needs one is fixed, not the policy), no sniffing, no framing, a same-origin
 * referrer (reset links carry their token in the path), no powerful features, and HSTS on https.
 * A route that sets its own CSP (the sandboxed source documents) or referrer policy keeps it.
 */
import type { MiddlewareHandler } from 'hono';
import type { RequestFacts } from './request-facts.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export function securityHeaders(facts: RequestFacts): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'same-origin');
    headers.set('Permissions-Policy', PERMISSIONS_POLICY);
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (facts.isHttps(c)) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
