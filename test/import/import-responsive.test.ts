/**
 * Issue 12 ("heavy work off the event loop") for imports: while a large POST /api/import or TAXII
 * Add Objects runs, the server keeps answering light requests. Once the import has begun writing
 * (its first write reaches the store), light GETs go out one after another; several of them must
 * be answered before the import's own answer arrives. When parsing, validating and storing ran on
 * the event loop, the server answered none of them. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { BACKENDS, freshStore, type Backend } from '../helpers/backends.ts';
import { startOn, type TestServer } from '../helpers/http.ts';
import type { Store } from '../../src/storage/store.ts';
import { syntheticObject } from './synthetic-bundle.ts';

const OBJECTS = 20_000;
/** Light answers required while the import runs (the old server managed none once the body was in). */
const ANSWERED_DURING = 3;

/** A server whose store says when the first write of objects begins. */
async function serverWatchingWrites(backend: Backend): Promise<{ srv: TestServer; writing: Promise<void> }> {
  const ts = await freshStore(backend);
  const real = ts.store;
  let began!: () => void;
  const writing = new Promise<void>((resolve) => (began = resolve));
  const store: Store = Object.create(real, {
    put: { value: (...args: Parameters<Store['put']>) => (began(), real.put(...args)) },
    putRows: { value: (...args: Parameters<Store['putRows']>) => (began(), real.putRows(...args)) },
    transaction: { value: <T>(fn: () => Promise<T>) => real.transaction(fn) },
  });
  const srv = await startOn(store, { users: [{ name: 'ed', org: 'alpha', role: 'editor' }], config: { logger: false } }, () => ts.dispose());
  return { srv, writing };
}

/**
 * POSTs `body`: `answered` resolves when the answer's head arrives (the server has finished the
 * import; its body, a long TAXII status, may take a while more), `done` with the whole answer.
 */
function post(srv: TestServer, path: string, headers: Record<string, string>, body: string): { answered: Promise<void>; done: Promise<{ status: number; text: string }> } {
  let head!: () => void;
  const answered = new Promise<void>((resolve) => (head = resolve));
  const done = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(srv.url + path, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      head();
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
  return { answered, done };
}

/** Sends light GETs one after another until `until` settles; returns how many were answered before it. */
async function lightGetsDuring(srv: TestServer, until: Promise<unknown>, path: string, init: RequestInit): Promise<number> {
  let finished = false;
  void until.then(() => (finished = true), () => (finished = true));
  let answered = 0;
  while (!finished) {
    const res = await fetch(srv.url + path, init);
    await res.arrayBuffer();
    assert.equal(res.status, 200);
    if (!finished) answered++;
  }
  return answered;
}

const objects = Array.from({ length: OBJECTS }, (_, i) => syntheticObject(i));
const bundle = JSON.stringify({ type: 'bundle', id: 'bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8', objects });

for (const backend of BACKENDS) {
  describe(`the server answers while a large import runs (${backend})`, () => {
    test('POST /api/import', async () => {
      const { srv, writing } = await serverWatchingWrites(backend);
      try {
        const auth = { authorization: `Bearer ${srv.users.ed!.token}` };
        const importing = post(srv, '/api/import', { ...auth, 'content-type': 'application/json' }, bundle);
        await writing;
        const answered = await lightGetsDuring(srv, importing.answered, '/api/objects?limit=1', { headers: auth });
        const result = await importing.done;
        assert.equal(result.status, 200, result.text);
        assert.equal(JSON.parse(result.text).new, OBJECTS);
        assert.ok(answered >= ANSWERED_DURING, `only ${answered} light requests answered while the import ran`);
      } finally {
        await srv.close();
      }
    });

    test('TAXII Add Objects', async () => {
      const { srv, writing } = await serverWatchingWrites(backend);
      try {
        // A token, not Basic: a password check waits on bcrypt's thread, which would let the server
        // answer others before the body is even read, whatever the import does.
        const taxii = { authorization: `Bearer ${srv.users.ed!.token}`, accept: 'application/taxii+json;version=2.1' };
        const cols = await (await fetch(`${srv.url}/taxii2/opstrack/collections/`, { headers: taxii })).json() as { collections: Array<{ id: string; can_write: boolean }> };
        const target = cols.collections.find((c) => c.can_write)!;
        const envelope = JSON.stringify({ objects });
        const adding = post(srv, `/taxii2/opstrack/collections/${target.id}/objects/`, { ...taxii, 'content-type': 'application/taxii+json;version=2.1' }, envelope);
        await writing;
        const answered = await lightGetsDuring(srv, adding.answered, '/taxii2/', { headers: taxii });
        const result = await adding.done;
        assert.equal(result.status, 202, result.text);
        assert.equal(JSON.parse(result.text).success_count, OBJECTS);
        assert.ok(answered >= ANSWERED_DURING, `only ${answered} light requests answered while the objects were added`);
      } finally {
        await srv.close();
      }
    });
  });
}
