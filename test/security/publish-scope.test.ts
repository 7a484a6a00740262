/**
 * Issue 12, finding 3: what a marked report names is as marked as the report. Publishing an
 * AMBER+STRICT report creates the people it names with the report's marking, its author as
 * `created_by_ref` and its organisation as owner, under ids of their own; another organisation
 * naming the same person gets another object, and the publisher's next report that names them
 * links to the one it already sees without writing a version. Both backends.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { orgIdentity, planPublication, scopePublication, visibleEquivalentIn } from '../../src/ingest/drafts/publish.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import type { Store } from '../../src/storage/store.ts';

const TEXT = 'Volt Typhoon breached Northwind Logistics, its chief executive Jane Roe said on Monday.';

async function publish(store: Store, viewer: UserViewer, text: string) {
  const base = extract(text);
  const kept = { ...base, people: [{ name: 'Jane Roe', role: 'chief executive', aliases: [], mentions: [] }] } as unknown as typeof base;
  const plan = planPublication(text, kept, { viewer, orgName: `Org ${viewer.orgId}`, tlp: 'amber+strict', exists: () => false });
  const org = orgIdentity(viewer.orgId, '', '').id;
  const scoped = await scopePublication(plan, { tlp: 'amber+strict', orgIdentityId: org, lookup: visibleEquivalentIn(store, viewer) });
  await store.put(scoped.shared);
  const result = await store.put(scoped.own, { actor: viewer });
  assert.deepEqual(result.conflicts, []);
  return { scoped, org, result };
}

const personOf = (objects: Array<Record<string, unknown>>) => objects.find((o) => o.type === 'identity' && o.name === 'Jane Roe');

for (const backend of BACKENDS) {
  describe(`publishing scopes what a report names (${backend})`, () => {
    test('people named by an AMBER+STRICT report carry its marking and owner; two organisations get two objects; a later report links', () =>
      withStore(backend, async (store) => {
        const a: UserViewer = { kind: 'user', userId: 'ua', orgId: 'org-a', role: 'editor' };
        const b: UserViewer = { kind: 'user', userId: 'ub', orgId: 'org-b', role: 'editor' };
        const first = await publish(store, a, TEXT);
        const person = personOf(first.scoped.own);
        assert.ok(person, 'the person is written');
        assert.deepEqual(person.object_marking_refs, [tlpMarkingId('amber+strict')]);
        assert.equal(person.created_by_ref, first.org);
        const [stored] = await store.get(SYSTEM, person.id as string);
        assert.equal(stored?.ownerOrgId, 'org-a');
        for (const o of first.scoped.own) {
          if (o.id === first.org) continue;
          assert.deepEqual(o.object_marking_refs, [tlpMarkingId('amber+strict')], `${o.id} is marked like the report`);
        }
        // another organisation sees none of it, and naming the same person makes its own object
        assert.equal((await store.get(b, person.id as string)).length, 0);
        assert.equal((await store.search(b, { text: 'Jane Roe' })).length, 0);
        const other = await publish(store, b, TEXT);
        const theirs = personOf(other.scoped.own);
        assert.ok(theirs);
        assert.notEqual(theirs.id, person.id);
        assert.notEqual(other.scoped.reportId, first.scoped.reportId, 'the same article gives each organisation its own report');
        // A's next report links to the person A already sees, without writing a version
        const again = await publish(store, a, `${TEXT} Jane Roe later resigned.`);
        assert.equal(personOf(again.scoped.own), undefined);
        const report = again.scoped.own.find((o) => o.type === 'report')!;
        assert.ok((report.object_refs as string[]).includes(person.id as string));
        assert.equal((await store.get(SYSTEM, person.id as string, ['all'])).length, 1);
      }));
  });
}
