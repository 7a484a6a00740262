/**
 * Watch and alert (src/watch): follows of an entity, a claimant and a search; notifications only
 * for what the follower may see; new versus changed; no notification twice when two processes
 * dispatch; signed webhook calls, retried with back-off and logged; the operator's private-address
 * setting; the HTTP routes. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { BACKENDS } from '../helpers/backends.ts';
import { buildIntrusionSet, buildReport, buildSdo, tlp } from '../helpers/factories.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { CLAIM_EXTENSION_ID, CLAIM_TYPE } from '../../src/model/claim.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { UserViewer } from '../../src/model/viewer.ts';
import { WatchService } from '../../src/watch/watch-service.ts';
import { signature, WebhookSender } from '../../src/watch/webhook-sender.ts';

const viewerOf = (srv: TestServer, name: string): UserViewer => {
  const u = srv.users[name]!;
  return { kind: 'user', userId: u.id, orgId: u.orgId, role: u.role };
};

function denial(claimant: StixObject, group: StixObject, report: StixObject, overrides: Record<string, unknown> = {}): StixObject {
  return {
    type: CLAIM_TYPE, spec_version: '2.1', id: `${CLAIM_TYPE}--${randomUUID()}`,
    created: '2025-04-15T10:00:00.000Z', modified: '2025-04-15T10:00:00.000Z',
    claimant_ref: claimant.id, stance: 'denies', subject_refs: [group.id], made_on: '2025-04-15', source_ref: report.id,
    evidence: { text: 'The ministry rejected the accusation as groundless.', lang: 'en' },
    extensions: { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } },
    ...overrides,
  };
}

async function world(srv: TestServer) {
  const group = buildIntrusionSet({ name: 'Granite Typhoon' });
  const ministry = buildSdo('identity', { name: 'Ministry of Foreign Affairs of Examplia', identity_class: 'organization' });
  await srv.store.put([group, ministry]);
  return { group, ministry };
}

interface Received { headers: IncomingMessage['headers']; body: string }

/** A webhook receiver on loopback answering with the given statuses in turn (then 200). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const USERS = [
  { name: 'ana', org: 'Blue', role: 'editor' as const },
  { name: 'bo', org: 'Blue', role: 'reader' as const },
  { name: 'cy', org: 'Red', role: 'editor' as const },
];

for (const backend of BACKENDS) {
  describe(`watch and alert (${backend})`, () => {
    test('following a group: a new AMBER denial notifies the follower who may see it and not the one who may not; a new version is "changed"', async () => {
      const srv = await startServer(backend, { users: USERS, config: { watchIntervalMs: 0 } });
      try {
        const { group, ministry } = await world(srv);
        const watch = new WatchService(srv.store, srv.store.db);
        const [ana, bo, cy] = [viewerOf(srv, 'ana'), viewerOf(srv, 'bo'), viewerOf(srv, 'cy')];
        for (const v of [bo, cy]) await watch.follow(v, 'entity', group.id);
        const report = buildReport([group.id], { name: 'Examplia rejects hacking claims', ...tlp('amber') });
        const claim = denial(ministry, group, report, tlp('amber'));
        await srv.store.put([report, claim], { actor: ana });
        assert.equal(await watch.dispatch(), 2, 'the claim and the report, for bo');
        const [forClaim] = (await watch.notifications(bo)).filter((n) => n.object_id === claim.id);
        assert.equal(forClaim?.change, 'new');
        assert.equal(forClaim.summary, 'New claim: Ministry of Foreign Affairs of Examplia denies (Granite Typhoon)');
        assert.deepEqual(await watch.notifications(cy), [], 'another organisation hears nothing of an AMBER claim');
        assert.equal(await watch.dispatch(), 0, 'nothing twice');
        await srv.store.put([{ ...claim, modified: '2025-04-16T09:00:00.000Z', confidence: 80 }], { actor: ana });
        await watch.dispatch();
        const changed = (await watch.notifications(bo)).find((n) => n.version === '2025-04-16T09:00:00.000Z');
        assert.equal(changed?.change, 'changed');
        assert.match(changed.summary, /^Changed claim:/);
        await watch.markRead(bo, changed.id);
        assert.equal((await watch.notifications(bo, { unread: true })).length, 2);
        await assert.rejects(watch.markRead(cy, changed.id), /not found/, "nobody marks another user's notification");
      } finally {
        await srv.close();
      }
    });

    test('following a claimant and a search; a follow of an object the user cannot see is refused like an unknown id', async () => {
      const srv = await startServer(backend, { users: USERS, config: { watchIntervalMs: 0 } });
      try {
        const { group, ministry } = await world(srv);
        const watch = new WatchService(srv.store, srv.store.db);
        const [ana, bo, cy] = [viewerOf(srv, 'ana'), viewerOf(srv, 'bo'), viewerOf(srv, 'cy')];
        await watch.follow(cy, 'claimant', ministry.id);
        await watch.follow(bo, 'search', 'groundless accusation');
        const report = buildReport([group.id], { name: 'Statement', ...tlp('green') });
        const claim = denial(ministry, group, report, tlp('green'));
        const other = denial(buildSdo('identity', { name: 'Someone else', identity_class: 'individual' }), group, report, { evidence: { text: 'No comment.', lang: 'en' }, ...tlp('green') });
        await srv.store.put([report, claim, other], { actor: ana });
        await watch.dispatch();
        assert.deepEqual((await watch.notifications(cy)).map((n) => n.object_id), [claim.id], "the claimant's claim only");
        assert.deepEqual((await watch.notifications(bo)).map((n) => n.object_id), [claim.id], 'the claim whose passage matches the search');
        const hidden = buildSdo('identity', { name: 'Hidden victim', identity_class: 'organization', ...tlp('amber+strict') });
        await srv.store.put([hidden], { actor: ana });
        await assert.rejects(watch.follow(cy, 'entity', hidden.id), /not found/);
        await assert.rejects(watch.follow(cy, 'entity', `identity--${randomUUID()}`), /not found/);
      } finally {
        await srv.close();
      }
    });

    test('two processes dispatching at once make each notification once', async () => {
      const srv = await startServer(backend, { users: USERS, config: { watchIntervalMs: 0 } });
      try {
        const { group, ministry } = await world(srv);
        const [ana, bo] = [viewerOf(srv, 'ana'), viewerOf(srv, 'bo')];
        const one = new WatchService(srv.store, srv.store.db);
        const two = new WatchService(srv.store, srv.store.db);
        await one.follow(bo, 'entity', group.id);
        const report = buildReport([group.id], { name: 'Many statements' });
        const claims = Array.from({ length: 30 }, (_, i) => denial(ministry, group, report, { id: `${CLAIM_TYPE}--${randomUUID()}`, made_on: `2025-04-${String(1 + (i % 28)).padStart(2, '0')}` }));
        await srv.store.put([report, ...claims], { actor: ana });
        const made = await Promise.all([one.dispatch(), two.dispatch(), one.dispatch(), two.dispatch()]);
        assert.equal(made.reduce((a, b) => a + b, 0), 31);
        const ids = (await one.notifications(bo, { limit: 500 })).map((n) => n.object_id);
        assert.equal(ids.length, 31);
        assert.equal(new Set(ids).size, 31);
      } finally {
        await srv.close();
      }
    });

    test('webhooks: refused on loopback unless the operator allows it; signed calls, retried with back-off, logged', async () => {
      const srv = await startServer(backend, { users: USERS, config: { watchIntervalMs: 0 } });
      const hook = await receiver([500, 503]);
      try {
        const { group, ministry } = await world(srv);
        const [ana, bo] = [viewerOf(srv, 'ana'), viewerOf(srv, 'bo')];
        await assert.rejects(new WatchService(srv.store, srv.store.db).addWebhook(bo, hook.url), /private or loopback/);
        let clock = new Date('2026-01-01T00:00:00.000Z');
        const now = () => clock;
        const watch = new WatchService(srv.store, srv.store.db, { allowPrivate: true, now });
        const sender = new WebhookSender(srv.store.db, { allowPrivate: true, now });
        const added = await watch.addWebhook(bo, hook.url);
        await watch.follow(bo, 'entity', group.id);
        const report = buildReport([group.id], { name: 'Denial' });
        await srv.store.put([report, denial(ministry, group, report)], { actor: ana });
        assert.equal(await watch.dispatch(), 2);
        assert.equal(await sender.deliverDue(), 0, 'both calls answered 500 and 503');
        assert.equal(hook.received.length, 2);
        assert.equal(await sender.deliverDue(), 0, 'not due again before the back-off');
        clock = new Date(clock.getTime() + 31_000);
        assert.equal(await sender.deliverDue(), 2, 'the retries succeed');
        const last = hook.received.at(-1)!;
        const ts = last.headers['x-opstrack-timestamp'] as string;
        assert.equal(last.headers['x-opstrack-signature'], signature(added.secret, ts, last.body), 'signed with the secret');
        const payload = JSON.parse(last.body) as { event: string; object: { id: string }; follow: { kind: string } };
        assert.equal(payload.event, 'notification');
        assert.equal(payload.follow.kind, 'entity');
        const log = await watch.deliveries(bo, added.id);
        assert.deepEqual(log.map((d) => [d.status, Number(d.attempts)]).sort(), [['delivered', 2], ['delivered', 2]]);
        await assert.rejects(watch.deliveries(viewerOf(srv, 'cy'), added.id), /not found/, "nobody reads another user's log");
        // A sender without the operator's setting refuses the loopback address at call time too.
        await srv.store.put([denial(ministry, group, report)], { actor: ana });
        await watch.dispatch();
        await new WebhookSender(srv.store.db, { now }).deliverDue();
        const refused = (await watch.deliveries(bo, added.id)).find((d) => d.status === 'pending');
        assert.match(refused?.last_error ?? '', /private or loopback address refused/);
      } finally {
        await hook.close();
        await srv.close();
      }
    });

    test('HTTP: follow, list notifications, add a webhook', async () => {
      const srv = await startServer(backend, { users: USERS, config: { watchIntervalMs: 0 } });
      try {
        const { group, ministry } = await world(srv);
        const followed = await srv.json('/api/follows', { method: 'POST', as: 'bo', json: { kind: 'entity', target: group.id } });
        assert.equal(followed.status, 201);
        assert.equal(followed.body.label, 'Granite Typhoon');
        assert.equal((await srv.json('/api/follows', { method: 'POST', as: 'bo', json: { kind: 'star', target: group.id } })).status, 400);
        const report = buildReport([group.id], { name: 'Denial' });
        await srv.store.put([report, denial(ministry, group, report)], { actor: viewerOf(srv, 'ana') });
        await new WatchService(srv.store, srv.store.db).dispatch();
        const list = await srv.json('/api/notifications', { as: 'bo' });
        assert.equal(list.status, 200);
        assert.equal((list.body.items as unknown[]).length, 2);
        assert.equal(((await srv.json('/api/notifications', { as: 'cy' })).body.items as unknown[]).length, 0);
        const refused = await srv.json('/api/webhooks', { method: 'POST', as: 'bo', json: { url: 'http://127.0.0.1:9/x' } });
        assert.equal(refused.status, 400);
        assert.equal(refused.body.field, 'url');
        assert.equal((await srv.json(`/api/follows/${followed.body.id as string}`, { method: 'DELETE', as: 'cy' })).status, 404);
        assert.equal((await srv.json(`/api/follows/${followed.body.id as string}`, { method: 'DELETE', as: 'bo' })).status, 204);
      } finally {
        await srv.close();
      }
    });
  });
}
