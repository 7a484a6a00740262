/**
 * Issue 16, MISP events in and out: an event written here becomes a report with observables,
 * indicators, entities and markings; the report goes out as a MISP event that keeps the event's
 * attributes, objects, tags and galaxies; importing that again changes nothing (in, out, in).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { reportMispEvent } from '../../src/export/report-export.ts';
import { detectImporter } from '../../src/import/registry.ts';
import { importMispEvent } from '../../src/import/misp-event-importer.ts';
import type { MispAttribute, MispEventDocument } from '../../src/import/misp-event-format.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { SYSTEM, type UserViewer } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { MISP_EVENTS } from '../fixtures/misp-events.ts';

const attr = (a: MispAttribute) =>
  JSON.stringify([a.uuid, a.type, a.category, a.value, !!a.to_ids, a.comment ?? '', a.object_relation ?? '', (a.Tag ?? []).map((t) => t.name).sort()]);

/** What a round trip must keep, in a comparable form. */
function essence(doc: { Event: any }) {
  const e = doc.Event;
  return {
    uuid: e.uuid, info: e.info, date: e.date, distribution: e.distribution, threat_level_id: e.threat_level_id, analysis: e.analysis,
    orgc: e.Orgc,
    tags: (e.Tag as Array<{ name: string }>).map((t) => t.name).sort(),
    attributes: (e.Attribute as MispAttribute[]).map(attr).sort(),
    objects: (e.Object as any[]).map((o) => JSON.stringify([o.uuid, o.name, o['meta-category'], o.template_uuid, o.template_version, (o.Attribute as MispAttribute[]).map(attr).sort()])).sort(),
    galaxies: (e.Galaxy as any[]).flatMap((g) => g.GalaxyCluster.map((c: any) => `${g.type}|${c.uuid}|${c.value}`)).sort(),
  };
}

async function reportOf(store: Store, uuidPart: string): Promise<StixObject> {
  const page = await store.list(SYSTEM, { types: ['report'], limit: 100 });
  const found = page.items.find((s) => (s.object.external_references as Array<{ external_id?: string }>).some((r) => r.external_id === uuidPart));
  assert.ok(found, `a report for MISP event ${uuidPart}`);
  return found.object;
}

async function exportOf(store: Store, id: string): Promise<MispEventDocument> {
  return reportMispEvent(store, new ClaimService(store, store.db), SYSTEM, id);
}

for (const backend of BACKENDS) {
  describe(`${backend}: MISP events`, () => {
    for (const [name, event] of Object.entries(MISP_EVENTS)) {
      test(`${name} event: in, out, in keeps attributes, objects, tags and galaxies`, () =>
        withStore(backend, async (store) => {
          const first = await importMispEvent(store, structuredClone(event), name);
          assert.equal(first.rejected, 0, JSON.stringify(first.rejections));
          assert.ok(first.new > 5, `${first.new} objects`);
          const report = await reportOf(store, event.Event.uuid);
          const out = await exportOf(store, report.id);
          const want = essence(event);
          const got = essence(out);
          if (name === 'email') {
            // no TLP tag and distribution 0: imported as AMBER+STRICT, so it comes back tagged
            assert.ok(got.tags.includes('tlp:amber+strict'));
            got.tags = got.tags.filter((t) => t !== 'tlp:amber+strict');
          }
          assert.deepEqual({ ...got, galaxies: got.galaxies }, { ...want, galaxies: name === 'email' ? want.galaxies.filter((g) => !g.startsWith('tds|')) : want.galaxies });
          // in again: nothing new, and the same event out
          const again = await importMispEvent(store, structuredClone(out), `${name}-out`);
          assert.equal(again.new, 0, 'a re-imported export changes nothing');
          assert.deepEqual(essence(await exportOf(store, report.id)), essence(out));
        }));
    }

    test('the network event: observables, indicators based on them, indicating the group; TLP from tags; labels from tags', () =>
      withStore(backend, async (store) => {
        await importMispEvent(store, structuredClone(MISP_EVENTS.network), 'network');
        const report = await reportOf(store, MISP_EVENTS.network.Event.uuid);
        assert.deepEqual(report.object_marking_refs, [tlpMarkingId('green')]);
        assert.deepEqual(report.labels, ['type:OSINT']);
        const all = (await store.list(SYSTEM, { limit: 1000 })).items.map((s) => s.object);
        const group = all.find((o) => o.type === 'intrusion-set' && o.name === 'Sofacy Test Group')!;
        assert.deepEqual(group.aliases, ['STG', 'Test Bear']);
        const indicators = all.filter((o) => o.type === 'indicator');
        assert.deepEqual(indicators.map((i) => i.pattern).sort(), [
          "[domain-name:value = 'login-update.example.net']",
          "[ipv4-addr:value = '198.51.100.23']",
          "[url:value = 'https://login-update.example.net/o\\'auth?x=1']",
        ]);
        for (const i of indicators) {
          assert.ok(all.some((r) => r.relationship_type === 'indicates' && r.source_ref === i.id && r.target_ref === group.id), `${i.pattern} indicates the group`);
          assert.ok(all.some((r) => r.relationship_type === 'based-on' && r.source_ref === i.id), `${i.pattern} based on its observed-data`);
        }
        assert.ok(all.some((o) => o.type === 'ipv6-addr' && o.value === '2001:db8::17'));
        // The OASIS validator's {401} and {303}: observed-data and notes have no description in STIX 2.1
        // (the comment rides on the misp reference); indicators have a name and a description.
        for (const o of all.filter((x) => x.type === 'observed-data' || x.type === 'note')) assert.equal(o.description, undefined, o.id);
        for (const i of indicators) assert.ok(typeof i.name === 'string' && typeof i.description === 'string', i.id);
        const c2 = all.find((o) => o.type === 'indicator' && String(o.pattern).includes('198.51.100.23'))!;
        assert.equal(c2.description, 'C2 server', 'the attribute comment describes its indicator');
        assert.ok(!all.some((o) => o.type === 'indicator' && String(o.pattern).includes('2001:db8::17')), 'no indicator for a to_ids false attribute');
      }));

    test('the malware event: an attribute TLP tag marks its objects; ATT&CK and Malpedia galaxies become attack pattern and malware', () =>
      withStore(backend, async (store) => {
        await importMispEvent(store, structuredClone(MISP_EVENTS.malware), 'malware');
        const all = (await store.list(SYSTEM, { limit: 1000 })).items.map((s) => s.object);
        const md5 = all.find((o) => o.type === 'file' && (o.hashes as Record<string, string> | undefined)?.MD5 === '0cc175b9c0f1b6a831c399e269772661')!;
        assert.deepEqual(md5.object_marking_refs, [tlpMarkingId('red')]);
        const malware = all.find((o) => o.type === 'malware')!;
        assert.equal(malware.name, 'TestLoader');
        assert.deepEqual(malware.object_marking_refs, [tlpMarkingId('amber')]);
        const ap = all.find((o) => o.type === 'attack-pattern')!;
        assert.ok((ap.external_references as Array<{ source_name: string; external_id: string }>).some((r) => r.source_name === 'mitre-attack' && r.external_id === 'T1566'));
        assert.ok(all.some((o) => o.type === 'indicator' && o.pattern_type === 'yara'));
      }));

    test('ownership and visibility: the importing organisation owns what it creates; an AMBER event is not seen by another organisation', () =>
      withStore(backend, async (store) => {
        const { AuthRepository } = await import('../../src/auth/auth-repository.ts');
        const repo = new AuthRepository(store.db);
        const a = await repo.addOrg('Org-A');
        const b = await repo.addOrg('Org-B');
        const ua = await repo.addUser({ name: 'ua', org: 'Org-A', role: 'editor', password: 'ua-password-123' });
        const ub = await repo.addUser({ name: 'ub', org: 'Org-B', role: 'editor', password: 'ub-password-123' });
        const va: UserViewer = { kind: 'user', userId: ua.id, orgId: a.id, role: 'editor' };
        const vb: UserViewer = { kind: 'user', userId: ub.id, orgId: b.id, role: 'editor' };
        const summary = await importMispEvent(store, structuredClone(MISP_EVENTS.malware), 'malware', { putOptions: { actor: va } });
        assert.equal(summary.conflicts, 0);
        const reportId = summary.notes![0]!.replace('report ', '');
        assert.equal((await store.get(va, reportId)).length, 1, 'A sees its report');
        assert.equal((await store.get(vb, reportId)).length, 0, 'B does not see an AMBER report of A');
        // B imports the same event: its own report, not a conflict with A's
        const other = await importMispEvent(store, structuredClone(MISP_EVENTS.malware), 'malware', { putOptions: { actor: vb } });
        const otherId = other.notes![0]!.replace('report ', '');
        assert.notEqual(otherId, reportId);
        assert.equal((await store.get(vb, otherId)).length, 1);
        await assert.rejects(reportMispEvent(store, new ClaimService(store, store.db), vb, reportId), /not found/i);
      }));

    test('a bad event changes nothing and names the field', () =>
      withStore(backend, async (store) => {
        const bad = structuredClone(MISP_EVENTS.network) as any;
        delete bad.Event.Attribute[2].value;
        await assert.rejects(importMispEvent(store, bad, 'bad'), /Event\.Attribute\[2\]\.value: required/);
        assert.equal((await store.list(SYSTEM, { limit: 10 })).items.length, 0);
      }));
  });
}

test('opstrack import detects a MISP event file (and a MISP REST response)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'misp-'));
  try {
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(MISP_EVENTS.network, null, 2));
    assert.equal((await detectImporter(file)).name, 'misp-event');
    writeFileSync(file, JSON.stringify({ response: [MISP_EVENTS.email] }));
    assert.equal((await detectImporter(file)).name, 'misp-event');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
