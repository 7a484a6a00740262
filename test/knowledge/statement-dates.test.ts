/**
 * Issue 15: default-knowledge claims carry the date of the statement they record (or an explicit
 * "unknown"), never the knowledge build date or the load date; each names its public source
 * (publisher and title); their evidence is a summary by OpsTrack; a URL only where the reference
 * data gives one (each checked against ATT&CK and the MISP galaxy in ../shared/reference).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BACKENDS, withStore } from '../helpers/backends.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import type { Store } from '../../src/storage/store.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { loadDefaultKnowledge } from '../../src/knowledge/index.ts';
import { KNOWLEDGE_TIMESTAMP, sourceIdentityId } from '../../src/knowledge/to-stix.ts';
import { STATEMENT_SOURCES } from '../../src/knowledge/data/statement-sources.ts';
import { sharedDir } from '../helpers/shared.ts';
import { claimsToStix } from '../../src/claims/stix-mapping.ts';
import type { Claim } from '../../src/model/claim.ts';
import { oasisErrors } from '../claims/oasis-schemas.ts';

type Json = Record<string, any>;

async function claimsIn(store: Store): Promise<Json[]> {
  const claims: Json[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(SYSTEM, { types: ['x-opstrack-claim'], limit: 1000, cursor });
    claims.push(...page.items.map((s) => s.object as Json));
    cursor = page.next;
  } while (cursor);
  return claims;
}

test('every default-knowledge claim: the statement date or "unknown" (never the build or load date), a named public source, a summary', async () => {
  await withStore('sqlite', async (store) => {
    const loadDay = new Date().toISOString().slice(0, 10);
    const summary = await loadKnowledge(store);
    const claims = await claimsIn(store);
    assert.equal(claims.length, summary.claims);
    // Existing counts (test/knowledge/load.test.ts and the issue) speak of ~141 default claims.
    assert.ok(claims.length >= 136, `claims ${claims.length}`);
    // One statement-sources entry per claim, no more: every claim named its source, and no entry is stale.
    assert.equal(Object.keys(STATEMENT_SOURCES).length, claims.length, 'statement-sources.ts has one entry per default claim');
    const build = KNOWLEDGE_TIMESTAMP.slice(0, 10);
    const counts = { dated: 0, day: 0, month: 0, unknown: 0, url: 0 };
    for (const c of claims) {
      const what = c.evidence.text as string;
      assert.notEqual(c.made_on, build, `${what} carries the build date`);
      assert.notEqual(c.made_on, loadDay, `${what} carries the load date`);
      assert.equal(c.evidence.kind, 'summary', `${what}: generated text is a summary`);
      assert.notEqual(c.claimant_ref, sourceIdentityId('OpsTrack'), `${what}: a public source makes the claim, not OpsTrack`);
      if (c.made_on === undefined) {
        assert.equal(c.made_on_source, 'unknown', `${what}: undated claims say so`);
        assert.equal(c.made_on_precision, undefined);
        counts.unknown++;
      } else {
        assert.equal(c.made_on_source, 'publication', what);
        assert.match(c.made_on, /^(19|20)\d\d-\d\d-\d\d$/, what);
        assert.ok(c.made_on < build, `${what}: ${c.made_on} is before the knowledge was built`);
        assert.ok(c.made_on_precision === undefined || c.made_on_precision === 'month', `${what}: day or month precision`);
        if (c.made_on_precision === 'month') assert.ok(c.made_on.endsWith('-01'), `${what}: a month is stored as its first day`);
        counts.dated++;
        counts[c.made_on_precision === 'month' ? 'month' : 'day']++;
      }
      const refs = (c.external_references ?? []) as Json[];
      assert.equal(refs.length, 1, `${what}: names its public source`);
      assert.ok(typeof refs[0]!.source_name === 'string' && refs[0]!.source_name.trim(), `${what}: publisher`);
      assert.ok(typeof refs[0]!.description === 'string' && refs[0]!.description.trim(), `${what}: title`);
      if (refs[0]!.url) counts.url++;
    }
    const volt = claims.find((c) => c.evidence.text === 'Microsoft attributes Volt Typhoon to China.');
    assert.deepEqual([volt?.made_on, volt?.made_on_source, volt?.external_references?.[0]?.source_name], ['2023-05-24', 'publication', 'Microsoft']);
    const apt1 = claims.find((c) => c.evidence.text.startsWith('Mandiant attributes APT1 to China'));
    assert.equal(apt1?.made_on, '2013-02-18');
    // Exported as plain STIX (TAXII plain view, exports), the attribution keeps its public statement.
    const [rel] = claimsToStix([volt as Claim]).filter((o) => o.type === 'relationship');
    assert.deepEqual(oasisErrors('sros/relationship.json', rel!), []);
    const s = STATEMENT_SOURCES['Volt Typhoon|Microsoft']!;
    assert.ok((rel!.external_references as Json[]).some((r) => r.source_name === 'Microsoft' && r.description === s.title && r.url === s.url), JSON.stringify(rel!.external_references));
    console.log(
      `default-knowledge claims: ${claims.length}; dated to the month or better: ${counts.dated} (day ${counts.day}, month ${counts.month}); ` +
        `date unknown: ${counts.unknown}; with a source URL: ${counts.url}`,
    );
    assert.equal(counts.dated + counts.unknown, claims.length);
  });
});

test('every source URL is one the reference data gives for that statement (ATT&CK or the MISP threat-actor galaxy)', () => {
  const misp = JSON.parse(readFileSync(`${sharedDir}/reference/misp-galaxy/clusters/threat-actor.json`, 'utf8')) as { values: Json[] };
  const mispRefs = new Set(misp.values.flatMap((v) => (v.meta?.refs ?? []) as string[]));
  const ics = JSON.parse(readFileSync(`${sharedDir}/reference/attack/ics-attack-18.1.json`, 'utf8')) as { objects: Json[] };
  const attackRefs = ics.objects.flatMap((o) => (o.external_references ?? []) as Json[]);
  const attackUrls = new Set(attackRefs.map((r) => r.url as string).filter(Boolean));
  // ATT&CK's own address for a group: its data gives every group https://attack.mitre.org/groups/<G-id>.
  const groupRefs = ics.objects.filter((o) => o.type === 'intrusion-set').map((o) => (o.external_references as Json[]).find((r) => r.source_name === 'mitre-attack')!);
  assert.ok(groupRefs.length > 10);
  for (const r of groupRefs) assert.equal(r.url, `https://attack.mitre.org/groups/${r.external_id}`);

  const groups = loadDefaultKnowledge().filter((e) => e.kind === 'group');
  const byName = new Map(groups.map((g) => [g.name, g]));
  let checked = 0;
  for (const [key, s] of Object.entries(STATEMENT_SOURCES)) {
    assert.ok(s.publisher.trim() && s.title.trim(), `${key}: publisher and title`);
    if (s.date) assert.match(s.date, s.precision === 'month' ? /^\d{4}-\d\d-01$/ : /^\d{4}-\d\d-\d\d$/, key);
    if (!s.url) continue;
    checked++;
    if (s.urlFrom === 'misp-galaxy') assert.ok(mispRefs.has(s.url), `${key}: ${s.url} is not in the MISP galaxy's refs`);
    else if (s.urlFrom === 'attack') {
      const page = /^https:\/\/attack\.mitre\.org\/groups\/(G\d{4})$/.exec(s.url);
      if (page) {
        // The group page of a group the claim is about (its ATT&CK id, as in group-list.ts).
        const [group, , other] = key.split('|');
        const ids = [byName.get(group!)?.attackId, other ? byName.get(other)?.attackId : undefined];
        assert.ok(ids.includes(page[1]), `${key}: ${s.url} is not the ATT&CK page of the group`);
      } else assert.ok(attackUrls.has(s.url), `${key}: ${s.url} is not in ATT&CK's external references`);
    } else assert.fail(`${key}: a URL must say which reference data it was read from`);
  }
  assert.ok(checked > 60, `URLs checked: ${checked}`);
});

for (const backend of BACKENDS) {
  describe(`default knowledge dates upgrade in place (${backend})`, () => {
    test('a claim stored with the build date by an earlier release takes its statement date on the next load', () =>
      withStore(backend, async (store) => {
        await loadKnowledge(store);
        const volt = (await claimsIn(store)).find((c) => c.evidence.text === 'Microsoft attributes Volt Typhoon to China.')!;
        // What an earlier release stored: the build date as the statement date.
        const old: Json = { ...volt, made_on: KNOWLEDGE_TIMESTAMP.slice(0, 10), modified: new Date(Date.parse(volt.modified) + 1000).toISOString() };
        delete old.made_on_precision;
        await store.put([old as never]);
        assert.equal((await store.get(SYSTEM, volt.id))[0]?.object.made_on, KNOWLEDGE_TIMESTAMP.slice(0, 10));
        await loadKnowledge(store);
        const now = (await store.get(SYSTEM, volt.id))[0]!.object as Json;
        assert.equal(now.made_on, '2023-05-24');
        assert.ok(now.modified > old.modified, 'a new version');
        // And a further load changes nothing.
        const again = await loadKnowledge(store);
        assert.equal(again.new, 0);
      }));
  });
}
