/**
 * Security headers on every answer (issue 12, finding 8), set in one onSend hook by the
 * composition root (src/app.ts): nosniff, no framing (X-Frame-Options DENY and CSP
 * frame-ancestors 'none'), no Referer sent to other sites, and a Content-Security-Policy. JSON answers
 * (the API, TAXII) get `default-src 'none'`: they are data, never a document. The web UI gets a
 * policy the built React app needs and no more: its own scripts, styles, images and API calls,
 * plus the one inline script of index.html (which starts the first API calls early), allowed by
 * its SHA-256 hash read from the built file. A route that sets its own policy (the API docs page)
 * keeps it.
 * @module
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The `'sha256-…'` sources of the inline scripts of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1] ?? '')) continue;
    out.push(`'sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return out;
}

/** The UI's policy, given the built index.html (undefined when the UI is not served). */
export function uiPolicy(indexHtml: string | undefined): string {
  const scripts = ["'self'", ...inlineScriptHashes(indexHtml ?? '')].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Adds the headers to every answer of `app`. `ui`: the policy for everything outside /api and
 * /taxii2 (the UI's documents and files).
 */
export function securityHeaders(app: FastifyInstance, ui: string): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    // same-origin, not no-referrer: under no-referrer a browser sends `Origin: null` on the UI's own
    // POSTs, which the CSRF check rightly refuses
    reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      // by path, not Content-Type: @fastify/static sets the type on the raw response after onSend
      const isData = /^\/(api|taxii2)(\/|\?|$)/.test(request.url);
      reply.header('content-security-policy', isData ? DATA_POLICY : ui);
    }
    return payload;
  });
}
