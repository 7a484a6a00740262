/**
 * A local HTTP server that plays recorded LLM answers (test/fixtures/llm/*.json: status, headers,
 * body as the server sent it) in order, one per request, and records what it was asked. An entry
 * may also hang (`{ hang: true }`) to exercise time-outs. Used by the LLM tests; no model runs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export const FIXTURES = new URL('../fixtures/llm/', import.meta.url);

export interface Recorded {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** The body as raw text (for answers that are not JSON at all). */
  raw?: string;
  /** Never answer (the client's time-out must end the request). */
  hang?: boolean;
}

export function fixture(name: string): Recorded {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Recorded;
}

export function article(name: string): string {
  return readFileSync(new URL(`article-${name}.txt`, FIXTURES), 'utf8');
}

export interface PlayedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: { model?: string; messages?: Array<{ role: string; content: string }>; response_format?: { type: string; json_schema?: { schema: unknown } }; format?: unknown; stream?: boolean };
}

export interface Player {
  url: string;
  requests: PlayedRequest[];
  close(): Promise<void>;
}

/** Plays `answers` (fixture names or entries) in order; past the end it answers HTTP 500. */
export async function playRecorded(answers: Array<string | Recorded>): Promise<Player> {
  const queue = answers.map((a) => (typeof a === 'string' ? fixture(a) : a));
  const requests: PlayedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    requests.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') });
    const next = queue.shift();
    if (!next) {
      res.statusCode = 500;
      res.end('{"error":"no recorded answer left"}');
      return;
    }
    if (next.hang) {
      hanging.add(res);
      return;
    }
    res.statusCode = next.status ?? 200;
    for (const [k, v] of Object.entries(next.headers ?? {})) res.setHeader(k, v);
    res.setHeader('content-type', 'application/json');
    res.end(next.raw ?? JSON.stringify(next.body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
