/**
 * The reference article (../shared/seed/vov-wang-lei.vi.txt) must yield what an analyst codes from
 * it: the groups, states, sectors, people and the five claims, each on its exact passage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/extract.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';

test('reference article: entities, people and claims with exact passages', (t) => {
  if (!requireShared(t)) return;
  const text = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
  const x = extract(text);
  assert.equal(x.language, 'vi');
  assert.deepEqual(x.intrusion_sets.map((g) => g.name).sort(), ['Salt Typhoon', 'Volt Typhoon']);
  for (const g of x.intrusion_sets) {
    assert.match(g.id!, /^intrusion-set--/);
    for (const m of g.mentions) assert.equal(text.slice(m.start, m.end), g.name);
  }
  assert.deepEqual(x.countries.map((c) => c.code).sort(), ['CN', 'US']);
  const sectors = x.sectors.map((s) => s.name);
  for (const s of ['telecommunications', 'finance', 'transportation', 'government']) assert.ok(sectors.includes(s), `sector ${s}`);

  const wang = x.people.find((p) => p.name === 'Wang Lei');
  assert.ok(wang?.aliases.includes('Vương Lỗi'));
  assert.equal(wang?.speaks_for, 'CN');
  const sullivan = x.people.find((p) => p.name === 'Jake Sullivan');
  assert.equal(sullivan?.speaks_for, 'US');

  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  const find = (claimant: string, stances: string[], target: string | undefined, passage: RegExp) =>
    x.claims.find((c) => c.claimant === claimant && stances.includes(c.stance) && (!target || c.target === target) && passage.test(c.evidence.text));

  const us = find('US', ['attributes', 'accuses'], 'CN', /Volt Typhoon.*Salt Typhoon/);
  assert.ok(us, 'US attributes Volt/Salt Typhoon to China');
  assert.deepEqual([...us!.about].sort(), ['Salt Typhoon', 'Volt Typhoon']);
  assert.ok(find('CN', ['denies'], undefined, /bác bỏ các cáo buộc/), 'China denies the US accusations');
  const counter = find('CN', ['attributes', 'accuses'], 'US', /tấn công mạng.*quy mô lớn/);
  assert.ok(counter, 'China accuses the US of large-scale attacks');
  assert.match(counter!.evidence.text, /gián điệp mạng/, 'the passage includes espionage');
  assert.match(counter!.evidence.text, /hạ tầng then chốt/, 'and the critical infrastructure');
  assert.match(counter!.evidence.text, /tài chính và giao thông/, 'with its sectors');
  assert.ok(find('US', ['warns'], 'CN', /hậu quả nghiêm trọng/), 'the US warns of serious consequences');
  // China's two calls on Washington (to heed its concerns, to dialogue) are one claim, on its first telling.
  const calls = x.claims.filter((c) => c.claimant === 'CN' && c.stance === 'calls-for');
  assert.equal(calls.length, 1, 'China calls on the US once');
  assert.ok(find('CN', ['calls-for'], 'US', /hối thúc Washington/), 'China calls on the US');
});
