/**
 * Issue 16, exports over HTTP (both backends): a report exports as a STIX bundle that passes the
 * OASIS schemas and OpenCTI's conventions, as CSV whose header is the documented columns and whose
 * rows parse back, as a MISP event, as a printable brief; an entity with its neighbourhood; and
 * nothing the caller may not see is in any of them. A MISP event posted to /api/import is imported
 * as the caller's organisation's.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CLAIM_CSV_COLUMNS } from '../../src/export/claims-csv.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { requireShared } from '../helpers/shared.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { assertOpenCtiConventions } from '../helpers/opencti-conventions.ts';
import { postArticle } from '../helpers/article-http.ts';
import { MISP_EVENTS } from '../fixtures/misp-events.ts';
import { parseCsv } from '../helpers/csv.ts';

// The denial is AMBER: only the Newsroom sees it.
const seed = (srv: TestServer) => postArticle(srv, 'ed', { amber: [1] });

for (const backend of BACKENDS) {
  describe(`exports over HTTP (${backend})`, () => {
    test('a report as STIX (OASIS schemas, OpenCTI conventions), CSV, brief; an entity with its neighbourhood; visibility', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }, { name: 'other', org: 'Elsewhere', role: 'reader' }] });
      try {
        const { world, claims } = await seed(srv);
        const [attribution, denial] = claims;

        const stix = await srv.fetch(`/api/export/report/${world.ids.report}`, { as: 'ed' });
        assert.equal(stix.status, 200);
        assert.match(stix.headers.get('content-type')!, /^application\/stix\+json/);
        assert.match(stix.headers.get('content-disposition')!, /attachment/);
        const bundle = (await stix.json()) as { type: string; objects: StixObject[] };
        assert.equal(bundle.type, 'bundle');
        assertClean(bundle.objects);
        assertOpenCtiConventions(bundle.objects);
        const ids = new Set(bundle.objects.map((o) => o.id));
        for (const id of [world.ids.report, world.ids.volt, world.ids.salt, world.ids.usGov, world.ids.cn, attribution!.id, denial!.id]) assert.ok(ids.has(id), `${id} in the bundle`);
        assert.ok(bundle.objects.some((o) => o.type === 'relationship' && o.source_ref === world.ids.volt && o.target_ref === world.ids.cn), 'the plain mapping of the attribution');
        assert.ok(bundle.objects.some((o) => o.type === 'extension-definition'), 'the claim extension definition travels');
        assert.ok(bundle.objects.some((o) => o.id === tlpMarkingId('amber')), 'the AMBER marking definition travels');

        // Another organisation: no AMBER denial, no object or reference to it.
        const theirs = (await (await srv.fetch(`/api/export/report/${world.ids.report}`, { as: 'other' })).json()) as { objects: StixObject[] };
        assertClean(theirs.objects);
        assertOpenCtiConventions(theirs.objects);
        assert.ok(!JSON.stringify(theirs).includes(denial!.id), 'the AMBER claim is nowhere in their export');
        assert.ok(!JSON.stringify(theirs).includes(denial!.evidence.text), 'nor its passage');

        // CSV: the documented header, rows that parse back.
        const csv = await srv.fetch(`/api/export/report/${world.ids.report}/claims.csv`, { as: 'ed' });
        assert.equal(csv.status, 200);
        assert.match(csv.headers.get('content-type')!, /^text\/csv/);
        const rows = parseCsv(await csv.text());
        assert.deepEqual(rows[0], [...CLAIM_CSV_COLUMNS]);
        assert.equal(rows.length, 5, 'header and four claims');
        const col = (name: string) => CLAIM_CSV_COLUMNS.indexOf(name as (typeof CLAIM_CSV_COLUMNS)[number]);
        const byId = new Map(rows.slice(1).map((r) => [r[col('claim_id')], r]));
        const a = byId.get(attribution!.id)!;
        assert.equal(a[col('claimant')], 'United States');
        assert.equal(a[col('claimant_kind')], 'state');
        assert.equal(a[col('speaker')], 'Government of the United States');
        assert.equal(a[col('stance')], 'attributes');
        assert.equal(a[col('target')], 'China');
        assert.equal(a[col('operation_or_group')], 'Volt Typhoon; Salt Typhoon');
        assert.equal(a[col('passage')], attribution!.evidence.text);
        assert.equal(a[col('language')], 'vi');
        assert.equal(a[col('tlp')], 'clear');
        assert.equal(byId.get(denial!.id)![col('tlp')], 'amber');
        const theirRows = parseCsv(await (await srv.fetch(`/api/export/report/${world.ids.report}/claims.csv`, { as: 'other' })).text());
        assert.equal(theirRows.length, 4, 'the AMBER denial is not in their CSV');
        const all = parseCsv(await (await srv.fetch(`/api/export/claims.csv?subject=${world.ids.volt}&stance=attributes`, { as: 'other' })).text());
        assert.deepEqual(all.slice(1).map((r) => r[col('claim_id')]), [attribution!.id]);

        // Brief: the passages and their source, escaped, under a CSP without scripts.
        const brief = await srv.fetch(`/api/export/report/${world.ids.report}/brief`, { as: 'other' });
        assert.equal(brief.status, 200);
        assert.match(brief.headers.get('content-type')!, /^text\/html/);
        assert.match(brief.headers.get('content-security-policy')!, /default-src 'none'/);
        const html = await brief.text();
        assert.ok(html.includes(attribution!.evidence.text), 'the attribution passage');
        assert.ok(!html.includes(denial!.evidence.text), 'not the AMBER denial');
        assert.ok(html.includes('Trung Quốc bác bỏ cáo buộc tấn công mạng của Mỹ (VOV)'), 'the source');
        assert.ok(!/<script/i.test(html));

        // An entity with its neighbourhood.
        const entity = (await (await srv.fetch(`/api/export/entity/${world.ids.volt}`, { as: 'ed' })).json()) as { objects: StixObject[] };
        assertClean(entity.objects);
        assertOpenCtiConventions(entity.objects);
        assert.ok(entity.objects.some((o) => o.id === attribution!.id) && entity.objects.some((o) => o.id === world.ids.cn));
        assert.equal((await srv.fetch(`/api/export/entity/${world.ids.volt}/claims.csv`, { as: 'other' })).status, 200);

        // A report the caller may not see is 404 on every export.
        const hidden = { ...world.objects.find((o) => o.type === 'report')!, id: `report--${randomUUID()}`, object_marking_refs: [tlpMarkingId('amber')] };
        assert.equal((await srv.json('/api/import', { method: 'POST', as: 'ed', json: [hidden] })).status, 200);
        for (const path of ['', '/misp', '/brief', '/claims.csv']) assert.equal((await srv.fetch(`/api/export/report/${hidden.id}${path}`, { as: 'other' })).status, 404, path);
        assert.equal((await srv.fetch(`/api/export/report/${hidden.id}`, { as: 'ed' })).status, 200);
      } finally {
        await srv.close();
      }
    });

    test('a MISP event through /api/import and back out through /api/export/report/:id/misp', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }, { name: 'other', org: 'Elsewhere', role: 'reader' }] });
      try {
        const imported = await srv.json('/api/import', { method: 'POST', as: 'ed', json: MISP_EVENTS.malware });
        assert.equal(imported.status, 200, JSON.stringify(imported.body));
        assert.ok(imported.body.new > 10);
        const reports = (await srv.json('/api/objects?type=report', { as: 'ed' })).body.items as StixObject[];
        assert.equal(reports.length, 1);
        const report = reports[0]!;
        assert.deepEqual(report.object_marking_refs, [tlpMarkingId('amber')]);
        assert.equal((await srv.json('/api/objects?type=report', { as: 'other' })).body.items.length, 0, 'AMBER: not for another organisation');
        const misp = await srv.json(`/api/export/report/${report.id}/misp`, { as: 'ed' });
        assert.equal(misp.status, 200);
        assert.equal(misp.body.Event.uuid, MISP_EVENTS.malware.Event.uuid);
        assert.deepEqual(
          misp.body.Event.Attribute.map((a: { uuid: string }) => a.uuid).sort(),
          MISP_EVENTS.malware.Event.Attribute.map((a) => a.uuid).sort(),
        );
        assert.equal((await srv.fetch(`/api/export/report/${report.id}/misp`, { as: 'other' })).status, 404);
        const stix = (await (await srv.fetch(`/api/export/report/${report.id}`, { as: 'ed' })).json()) as { objects: StixObject[] };
        assertClean(stix.objects);
        assertOpenCtiConventions(stix.objects);
        // a bad event: 400 naming the field, nothing stored
        const bad = structuredClone(MISP_EVENTS.network) as { Event: { Attribute: Array<Record<string, unknown>> } };
        bad.Event.Attribute[0]!.uuid = 'not-a-uuid';
        const refused = await srv.json('/api/import', { method: 'POST', as: 'ed', json: bad });
        assert.equal(refused.status, 400);
        assert.equal(refused.body.field, 'Event.Attribute[0].uuid');
        assert.equal((await srv.json('/api/objects?type=report', { as: 'ed' })).body.items.length, 1);
      } finally {
        await srv.close();
      }
    });
  });
}
