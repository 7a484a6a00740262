/**
 * Issue 15: default-knowledge claims carry the date of the statement they record (or none), never
 * the knowledge build date; their evidence is a summary by OpsTrack; a URL only where the reference
 * data gives one (each checked against ATT&CK and the MISP galaxy in ../shared/reference).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withStore } from '../helpers/backends.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { loadKnowledge } from '../../src/import/knowledge-loader.ts';
import { KNOWLEDGE_TIMESTAMP } from '../../src/knowledge/to-stix.ts';
import { STATEMENT_SOURCES } from '../../src/knowledge/data/statement-sources.ts';
import { sharedDir } from '../helpers/shared.ts';

test('no default-knowledge claim carries the build date; evidence is a summary; sources named', async () => {
  await withStore('sqlite', async (store) => {
    await loadKnowledge(store);
    const claims: Array<Record<string, any>> = [];
    let cursor: string | undefined;
    do {
      const page = await store.list(SYSTEM, { types: ['x-opstrack-claim'], limit: 1000, cursor });
      claims.push(...page.items.map((s) => s.object as Record<string, any>));
      cursor = page.next;
    } while (cursor);
    assert.ok(claims.length >= 136, `claims ${claims.length}`);
    const build = KNOWLEDGE_TIMESTAMP.slice(0, 10);
    let withUrl = 0;
    for (const c of claims) {
      assert.notEqual(c.made_on, build, `${c.evidence.text} carries the build date`);
      assert.equal(c.evidence.kind, 'summary');
      if (c.made_on === undefined) assert.equal(c.made_on_source, 'unknown');
      else assert.equal(c.made_on_source, 'publication');
      if ((c.external_references ?? []).some((r: { url?: string }) => r.url)) withUrl++;
    }
    const volt = claims.find((c) => c.evidence.text === 'Microsoft attributes Volt Typhoon to China.');
    assert.deepEqual([volt?.made_on, volt?.made_on_source], ['2023-05-24', 'publication']);
    assert.equal(volt?.external_references?.[0]?.source_name, 'Microsoft');
    console.log(`default-knowledge claims: ${claims.length}, with a source URL: ${withUrl}, dated: ${claims.filter((c) => c.made_on).length}`);
    assert.ok(withUrl >= 60);
  });
});

test('every source URL is one the reference data gives (ATT&CK for ICS or the MISP threat-actor galaxy)', () => {
  const text = readFileSync(`${sharedDir}/reference/misp-galaxy/clusters/threat-actor.json`, 'utf8') + readFileSync(`${sharedDir}/reference/attack/ics-attack-18.1.json`, 'utf8');
  for (const [key, s] of Object.entries(STATEMENT_SOURCES)) if (s.url) assert.ok(text.includes(JSON.stringify(s.url)), `${key}: ${s.url}`);
});
