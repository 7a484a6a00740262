/**
 * A TAXII 2.1 client that behaves as the OASIS cti-taxii-client (taxii2client.v21) does on the
 * wire, so the conformance suite proves that client would work unchanged: Accept
 * `application/taxii+json;version=2.1` on every request, HTTP Basic, response Content-Type checked
 * token by token against the Accept sent, discovery -> API roots -> collections -> objects, paging
 * by `next` while `more` is true, filters as `match[...]` query parameters, POST of an envelope, and
 * the status URL resolved as `urljoin(collection_url, '../../status/<id>')`.
 */
import assert from 'node:assert/strict';

export const MEDIA_TYPE_TAXII_V21 = 'application/taxii+json;version=2.1';

export interface ClientResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  method?: string;
  accept?: string | null;
  contentType?: string | null;
  body?: string | Buffer;
  params?: Record<string, string | number | string[] | undefined>;
  auth?: { user: string; password: string } | null;
}

/** taxii2client's `_filter_kwargs_to_query_params`: lists joined by commas, match[...] for filters. */
export function filterParams(filters: Record<string, string | string[] | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue;
    const joined = Array.isArray(value) ? value.join(',') : String(value);
    if (key === 'added_after' || key === 'limit' || key === 'next') out[key] = joined;
    else out[`match[${key}]`] = joined;
  }
  return out;
}

/** taxii2client's `valid_content_type`: every token of Accept is in Content-Type, type taxii+json. */
export function validContentType(contentType: string, accept: string): boolean {
  const a = accept.replace(/ /g, '').split(';');
  const c = contentType.replace(/ /g, '').split(';');
  return a.every((t) => c.includes(t)) && c[0] === 'application/taxii+json';
}

export class TaxiiHttp {
  constructor(readonly auth: { user: string; password: string } | null) {}

  async request<T = Record<string, unknown>>(url: string, options: RequestOptions = {}): Promise<ClientResponse<T>> {
    const u = new URL(url);
    for (const [k, v] of Object.entries(options.params ?? {})) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) u.searchParams.append(k, String(one));
    }
    const headers: Record<string, string> = { 'user-agent': 'taxii2-client/2.3.0 (conformance emulation)' };
    const accept = options.accept === undefined ? MEDIA_TYPE_TAXII_V21 : options.accept;
    if (accept !== null) headers.accept = accept;
    if (options.contentType) headers['content-type'] = options.contentType;
    const auth = options.auth === undefined ? this.auth : options.auth;
    if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
    const res = await fetch(u, { method: options.method ?? 'GET', headers, body: options.body as BodyInit | undefined });
    const text = await res.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, headers: res.headers, body: body as T, text };
  }

  /** `_HTTPConnection.get`: raises on a non-2xx status and on a Content-Type that does not match Accept. */
  async get<T = Record<string, unknown>>(url: string, params?: Record<string, string>): Promise<ClientResponse<T>> {
    const res = await this.request<T>(url, { params });
    assert.ok(res.status >= 200 && res.status < 300, `GET ${url} -> ${res.status}: ${res.text}`);
    const ct = res.headers.get('content-type') ?? '';
    assert.ok(validContentType(ct, MEDIA_TYPE_TAXII_V21), `GET ${url}: Content-Type '${ct}' does not match the Accept sent`);
    return res;
  }
}

export class ClientCollection {
  constructor(readonly conn: TaxiiHttp, readonly url: string, readonly info: Record<string, unknown>) {
    // taxii2client validates these on every collection it builds.
    assert.ok(info.id && info.title, 'collection has id and title');
    assert.equal(typeof info.can_read, 'boolean');
    assert.equal(typeof info.can_write, 'boolean');
    assert.ok(url.includes(String(info.id)), 'collection id is in its URL');
  }

  get objectsUrl(): string {
    return `${this.url}objects/`;
  }

  getObjects(filters: Record<string, string | string[] | number | undefined> = {}) {
    return this.conn.get<{ more?: boolean; next?: string; objects?: Record<string, unknown>[] }>(this.objectsUrl, filterParams(filters));
  }

  getObject(id: string, filters: Record<string, string | string[] | undefined> = {}) {
    return this.conn.get<{ more?: boolean; objects?: Record<string, unknown>[] }>(`${this.objectsUrl}${id}/`, filterParams(filters));
  }

  objectVersions(id: string, filters: Record<string, string | string[] | number | undefined> = {}) {
    return this.conn.get<{ more?: boolean; next?: string; versions?: string[] }>(`${this.objectsUrl}${id}/versions/`, filterParams(filters));
  }

  getManifest(filters: Record<string, string | string[] | number | undefined> = {}) {
    return this.conn.get<{ more?: boolean; next?: string; objects?: Record<string, string>[] }>(`${this.url}manifest/`, filterParams(filters));
  }

  /** taxii2client's `as_pages(get_objects, per_request)`: follows `next` while `more`. */
  async *pages(perRequest: number, filters: Record<string, string | string[] | undefined> = {}) {
    let env = (await this.getObjects({ ...filters, limit: perRequest })).body;
    yield env;
    while (env.more) {
      assert.ok(env.next, 'more is true, so next is given');
      env = (await this.getObjects({ ...filters, limit: perRequest, next: env.next })).body;
      yield env;
    }
  }

  /** `add_objects`: POST the envelope, then read the status from `../../status/<id>`. */
  async addObjects(envelope: unknown) {
    const res = await this.conn.request<Record<string, unknown>>(this.objectsUrl, {
      method: 'POST',
      contentType: MEDIA_TYPE_TAXII_V21,
      body: JSON.stringify(envelope),
    });
    assert.equal(res.status, 202, res.text);
    // urljoin(collection_url, '../../status/<id>'), then _TAXIIEndpoint appends the missing '/'.
    const statusUrl = `${new URL(`../../status/${String(res.body.id)}`, this.url).toString()}/`;
    return { posted: res.body, statusUrl };
  }

  async deleteObject(id: string, filters: Record<string, string | string[] | undefined> = {}) {
    return this.conn.request(`${this.objectsUrl}${id}/`, { method: 'DELETE', params: filterParams(filters) });
  }
}

/** Discovery -> API root -> collections, as `Server(url).api_roots[0].collections` does. */
export async function discover(discoveryUrl: string, conn: TaxiiHttp) {
  const server = (await conn.get<{ title: string; default?: string; api_roots?: string[] }>(discoveryUrl)).body;
  assert.ok(server.title, 'discovery has a title');
  const roots = (server.api_roots ?? []).map((u) => new URL(u, discoveryUrl).toString());
  const [root] = roots;
  assert.ok(root, 'discovery lists an API root');
  const apiRootUrl = root.endsWith('/') ? root : `${root}/`;
  const info = (await conn.get<{ title: string; versions: string[]; max_content_length: number }>(apiRootUrl)).body;
  const listing = (await conn.get<{ collections?: Record<string, unknown>[] }>(`${apiRootUrl}collections/`)).body;
  const collections = (listing.collections ?? []).map((c) => new ClientCollection(conn, `${apiRootUrl}collections/${String(c.id)}/`, c));
  return { server, apiRootUrl, info, collections };
}
