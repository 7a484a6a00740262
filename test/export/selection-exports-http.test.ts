/**
 * Issue 16, exports of a selection over HTTP (both backends): what a search finds and the claims
 * behind the matrix's statements, as a STIX bundle that passes the OASIS schemas (the bundle and
 * each object) and OpenCTI's conventions, as CSV whose header is the documented columns, as a
 * printable brief; and nothing another organisation's reader may not see (an AMBER intrusion set,
 * AMBER claims) is in what they download.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_CSV_COLUMNS } from '../../src/export/claims-csv.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { buildSdo } from '../helpers/factories.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { startServer, type TestServer } from '../helpers/http.ts';
import { requireShared } from '../helpers/shared.ts';
import { assertClean } from '../helpers/stix-clean.ts';
import { assertOpenCtiConventions } from '../helpers/opencti-conventions.ts';
import { oasisErrors } from '../claims/oasis-schemas.ts';
import { postArticle } from '../helpers/article-http.ts';
import { parseCsv } from '../helpers/csv.ts';

type Bundle = { type: string; id: string; objects?: StixObject[] };

const col = (name: (typeof CLAIM_CSV_COLUMNS)[number]) => CLAIM_CSV_COLUMNS.indexOf(name);

/** The article's world and claims; the denial and the counter-accusation are AMBER; an AMBER intrusion set. */
async function seed(srv: TestServer) {
  const hiddenSet = buildSdo('intrusion-set', { name: 'Amber Typhoon', object_marking_refs: [tlpMarkingId('amber')] });
  const { world, claims } = await postArticle(srv, 'ed', { amber: [1, 2], extra: [hiddenSet] });
  const [attribution, denial, accusation, warning] = claims;
  return { world, hiddenSet, attribution: attribution!, denial: denial!, accusation: accusation!, warning: warning! };
}

/** A bundle as the OASIS schemas and OpenCTI's conventions want it; its object ids. */
async function validBundle(srv: TestServer, path: string, as: string): Promise<{ bundle: Bundle; ids: Set<string>; text: string }> {
  const res = await srv.fetch(path, { as });
  assert.equal(res.status, 200, path);
  assert.match(res.headers.get('content-type')!, /^application\/stix\+json/);
  assert.match(res.headers.get('content-disposition')!, /attachment/);
  const text = await res.text();
  const bundle = JSON.parse(text) as Bundle;
  // The envelope against bundle.json; each object against its own schema (assertClean): bundle.json's
  // list of object schemas lacks location, note, opinion and custom objects, so it takes none of them.
  const { objects, ...envelope } = bundle;
  assert.deepEqual(oasisErrors('common/bundle.json', envelope), [], `${path} as ${as}: the bundle against the OASIS schema`);
  if (objects) assert.ok(objects.length > 0, 'objects, when present, holds one or more');
  assertClean(bundle.objects ?? []);
  assertOpenCtiConventions(bundle.objects ?? []);
  return { bundle, ids: new Set((bundle.objects ?? []).map((o) => o.id)), text };
}

/** The CSV's rows after its header, which must be the documented columns. */
async function csvRows(srv: TestServer, path: string, as: string): Promise<string[][]> {
  const res = await srv.fetch(path, { as });
  assert.equal(res.status, 200, path);
  assert.match(res.headers.get('content-type')!, /^text\/csv/);
  const rows = parseCsv(await res.text());
  assert.deepEqual(rows[0], [...CLAIM_CSV_COLUMNS]);
  return rows.slice(1);
}

for (const backend of BACKENDS) {
  describe(`selection exports over HTTP (${backend})`, () => {
    test('a search result as STIX (OASIS schemas), CSV and brief, holding only what the reader may see', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }, { name: 'other', org: 'Elsewhere', role: 'reader' }] });
      try {
        const { world, hiddenSet, attribution, denial } = await seed(srv);
        const q = `/api/export/search?q=${encodeURIComponent('Typhoon')}`;

        // What the search finds is what the export holds.
        const found = (await srv.json(`/api/search?q=Typhoon`, { as: 'ed' })).body.items as StixObject[];
        const mine = await validBundle(srv, q, 'ed');
        for (const o of found) assert.ok(mine.ids.has(o.id), `${o.type} ${o.id} found and exported`);
        for (const id of [world.ids.volt, world.ids.salt, hiddenSet.id, attribution.id]) assert.ok(mine.ids.has(id), `${id} in the editor's export`);
        assert.ok(mine.bundle.objects!.some((o) => o.type === 'extension-definition'), 'the claim extension definition travels');
        assert.ok(mine.ids.has(tlpMarkingId('amber')), 'the AMBER marking definition travels');
        assert.ok(mine.bundle.objects!.some((o) => o.type === 'relationship' && o.source_ref === world.ids.volt && o.target_ref === world.ids.cn), 'the plain mapping of the attribution');

        const theirs = await validBundle(srv, q, 'other');
        assert.ok(theirs.ids.has(world.ids.volt) && theirs.ids.has(attribution.id));
        assert.ok(!theirs.text.includes(hiddenSet.id) && !theirs.text.includes('Amber Typhoon'), 'the AMBER intrusion set is nowhere in their export');
        assert.ok(!theirs.text.includes(denial.id), 'nor the AMBER denial');

        // Filters as GET /api/search takes them.
        const onlySets = await validBundle(srv, `${q}&type=intrusion-set`, 'ed');
        assert.ok(!onlySets.ids.has(attribution.id), 'type=intrusion-set: no claim');
        assert.ok(onlySets.ids.has(hiddenSet.id));

        // The claims among the hits, as CSV: a passage search.
        const passage = `/api/export/search/claims.csv?q=${encodeURIComponent('bác bỏ')}`;
        const searchedClaims = (await srv.json(`/api/search?q=${encodeURIComponent('bác bỏ')}&type=${CLAIM_TYPE}`, { as: 'ed' })).body.items as StixObject[];
        assert.ok(searchedClaims.some((c) => c.id === denial.id), 'the denial passage is found');
        const rows = await csvRows(srv, passage, 'ed');
        assert.deepEqual(rows.map((r) => r[col('claim_id')]).sort(), searchedClaims.map((c) => c.id).sort());
        assert.equal(rows.find((r) => r[col('claim_id')] === denial.id)![col('tlp')], 'amber');
        assert.ok(!(await csvRows(srv, passage, 'other')).some((r) => r[col('claim_id')] === denial.id), 'not in their CSV');

        // Brief: title, what was found, passages; escaped, without scripts; TLP of what it holds.
        const brief = await srv.fetch(`/api/export/search/brief?q=Typhoon`, { as: 'ed' });
        assert.equal(brief.status, 200);
        assert.match(brief.headers.get('content-type')!, /^text\/html/);
        assert.match(brief.headers.get('content-security-policy')!, /default-src 'none'/);
        const html = await brief.text();
        assert.ok(html.includes('Search “Typhoon”'));
        assert.ok(html.includes('Amber Typhoon') && html.includes('TLP:AMBER'), 'the AMBER set, and the brief is AMBER');
        assert.ok(html.includes(attribution.evidence.text));
        assert.ok(!/<script/i.test(html));
        const theirBrief = await (await srv.fetch(`/api/export/search/brief?q=Typhoon`, { as: 'other' })).text();
        assert.ok(!theirBrief.includes('Amber Typhoon') && theirBrief.includes('Volt Typhoon'));

        // Bad input names what is wrong.
        const bad = await srv.json('/api/export/search?q=Typhoon&tlp=purple', { as: 'ed' });
        assert.equal(bad.status, 400);
        assert.match(JSON.stringify(bad.body), /tlp/);
        assert.equal((await srv.fetch(q)).status, 401, 'signed-in readers only');
      } finally {
        await srv.close();
      }
    });

    test('the matrix selection (a cell, the whole, dates, sector) as STIX, CSV and brief, per reader', async (t) => {
      if (!requireShared(t)) return;
      const srv = await startServer(backend, { users: [{ name: 'ed', org: 'Newsroom', role: 'editor' }, { name: 'other', org: 'Elsewhere', role: 'reader' }] });
      try {
        const { world, attribution, denial, accusation, warning } = await seed(srv);
        const accusing = 'stance=attributes&stance=accuses';
        const whole = `/api/export/statements?${accusing}`;

        // The whole matrix: its accusing claims, as each reader sees them.
        const mine = await validBundle(srv, whole, 'ed');
        assert.ok(mine.ids.has(attribution.id) && mine.ids.has(accusation.id));
        assert.ok(!mine.ids.has(denial.id) && !mine.ids.has(warning.id), 'only accusing stances');
        const theirs = await validBundle(srv, whole, 'other');
        assert.ok(theirs.ids.has(attribution.id));
        assert.ok(!theirs.text.includes(accusation.id) && !theirs.text.includes(accusation.evidence.text), 'the AMBER accusation is nowhere in their export');
        assert.deepEqual((await csvRows(srv, `/api/export/statements/claims.csv?${accusing}`, 'ed')).map((r) => r[col('claim_id')]).sort(), [attribution.id, accusation.id].sort());
        assert.deepEqual((await csvRows(srv, `/api/export/statements/claims.csv?${accusing}`, 'other')).map((r) => r[col('claim_id')]), [attribution.id]);

        // The claims behind each matrix cell are the cell's count (one statement each here).
        const cells = (await srv.json('/api/claims/matrix', { as: 'other' })).body.cells as Array<{ party_ref: string; addressee_ref: string; count: number }>;
        assert.deepEqual(cells.map((c) => [c.party_ref, c.addressee_ref, c.count]), [[world.ids.us, world.ids.cn, 1]]);
        const cell = `/api/export/statements/claims.csv?${accusing}&party=${world.ids.us}&addressee=${world.ids.cn}`;
        const row = (await csvRows(srv, cell, 'other'))[0]!;
        assert.equal(row[col('claim_id')], attribution.id);
        assert.equal(row[col('claimant')], 'United States');
        assert.equal(row[col('target')], 'China');
        assert.equal(row[col('passage')], attribution.evidence.text);
        // The cell China → United States is AMBER: empty for the other organisation, a valid empty bundle.
        const hiddenCell = `?${accusing}&party=${world.ids.cn}&addressee=${world.ids.us}`;
        assert.deepEqual(await csvRows(srv, `/api/export/statements/claims.csv${hiddenCell}`, 'other'), []);
        const empty = await validBundle(srv, `/api/export/statements${hiddenCell}`, 'other');
        assert.equal(empty.bundle.objects, undefined);
        assert.ok((await validBundle(srv, `/api/export/statements${hiddenCell}`, 'ed')).ids.has(accusation.id));

        // Dates and sector narrow as the matrix does.
        assert.deepEqual(await csvRows(srv, `/api/export/statements/claims.csv?${accusing}&from=2025-02-01`, 'ed'), []);
        assert.equal((await csvRows(srv, `/api/export/statements/claims.csv?${accusing}&to=2025-01-15`, 'ed')).length, 2);
        assert.deepEqual((await csvRows(srv, `/api/export/statements/claims.csv?${accusing}&sector=financial-services`, 'ed')).map((r) => r[col('claim_id')]), [accusation.id]);
        // The timeline's period: every stance.
        assert.equal((await csvRows(srv, `/api/export/statements/claims.csv?from=2025-01-01&to=2025-01-31`, 'ed')).length, 4);
        assert.equal((await csvRows(srv, `/api/export/statements/claims.csv?from=2025-01-01&to=2025-01-31`, 'other')).length, 2);

        // The brief of a cell names it and shows the passages.
        const html = await (await srv.fetch(`/api/export/statements/brief?${accusing}&party=${world.ids.us}&addressee=${world.ids.cn}`, { as: 'other' })).text();
        assert.ok(html.includes('United States → China'), 'the cell in the title');
        assert.ok(html.includes(attribution.evidence.text));
        assert.ok(!html.includes(accusation.evidence.text));

        const bad = await srv.json(`/api/export/statements?party=not-an-id`, { as: 'ed' });
        assert.equal(bad.status, 400);
        assert.match(JSON.stringify(bad.body), /party/);
      } finally {
        await srv.close();
      }
    });
  });
}
