/**
 * Fetches a document over HTTP(S) for ingestion with the guards a server-side fetcher needs:
 * a timeout, a size cap, a redirect cap (each hop re-checked), and refusal of private, loopback and
 * link-local addresses unless allowed. The address check runs in the connection's own DNS lookup,
 * so a name that resolves to a private address at connect time (DNS rebinding) is refused too.
 */
import { Agent, fetch as undiciFetch } from 'undici';
import { Errors } from '../../errors.ts';
import { guardedAgent as makeGuardedAgent, isPrivateAddress, isPrivateHost } from '../../net/outbound.ts';

export { isPrivateAddress };

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Allow private/loopback/link-local targets (`--allow-private`). */
  allowPrivate?: boolean;
}

export interface FetchedResource {
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
}

const guardedAgent = makeGuardedAgent((reason) => new Errors.INGEST_FETCH(`${reason}; use --allow-private to allow it`));
const openAgent = new Agent();

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const { timeoutMs = 15_000, maxBytes = 20 * 1024 * 1024, maxRedirects = 5, allowPrivate = false } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = input;
  for (let hop = 0; ; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Errors.INGEST_FETCH(`${url}: not a valid URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new Errors.INGEST_FETCH(`${url}: only http and https URLs are fetched`);
    }
    if (!allowPrivate && isPrivateHost(parsed)) {
      throw new Errors.INGEST_FETCH(`${url}: private or loopback address refused; use --allow-private to allow it`);
    }
    let response;
    try {
      response = await undiciFetch(url, {
        redirect: 'manual',
        signal,
        dispatcher: allowPrivate ? openAgent : guardedAgent,
        headers: { 'user-agent': 'OpsTrack/0.1 (+ingestion)', accept: 'text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      if (signal.aborted) throw new Errors.INGEST_FETCH(`${url}: timed out after ${timeoutMs} ms`);
      if (cause && (cause as { code?: string }).code === 'OPS_ERR_INGEST_FETCH') throw cause;
      throw new Errors.INGEST_FETCH(`${url}: ${cause?.message ?? (err as Error).message}`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      if (hop >= maxRedirects) throw new Errors.INGEST_FETCH(`${input}: more than ${maxRedirects} redirects`);
      url = new URL(response.headers.get('location')!, url).toString();
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Errors.INGEST_FETCH(`${url}: HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new Errors.INGEST_FETCH(`${url}: ${declared} bytes is over the ${maxBytes}-byte cap`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > maxBytes) throw new Errors.INGEST_FETCH(`${url}: body is over the ${maxBytes}-byte cap`);
        chunks.push(chunk);
      }
    } catch (err) {
      if ((err as { code?: string }).code === 'OPS_ERR_INGEST_FETCH') throw err;
      if (signal.aborted) throw new Errors.INGEST_FETCH(`${url}: timed out after ${timeoutMs} ms`);
      throw new Errors.INGEST_FETCH(`${url}: ${(err as Error).message}`);
    }
    return { url, status: response.status, contentType: response.headers.get('content-type') ?? '', body: Buffer.concat(chunks) };
  }
}
