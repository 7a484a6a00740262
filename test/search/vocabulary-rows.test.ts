/**
 * The vocabulary hook reads a write's rows (their normalised name and aliases) instead of parsing
 * objects: the words it adds from rows are the words nameWordsOf derives from the objects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StixObject } from '../../src/model/stix/core.ts';
import { toObjectRow } from '../../src/storage/object-row.ts';
import { nameWordsOf, nameWordsOfRows } from '../../src/search/vocabulary.ts';

const base = { spec_version: '2.1', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z' };

const objects: StixObject[] = [
  { type: 'intrusion-set', id: 'intrusion-set--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', ...base, name: 'Granite Typhoon', aliases: ['Granite Typhoon', 'Volt Typhoon', 'BRONZE SILHOUETTE', ''] },
  { type: 'threat-actor', id: 'threat-actor--6b4e7a2c-2b8c-4b9a-9f1e-3c2d1a0b9e8f', ...base, name: 'Ministère de la Sécurité',
    x_opstrack_aliases: [{ name: 'Министерство государственной безопасности', lang: 'ru' }, { name: 'Overlapping Crew', relation: 'overlaps' }, { name: '国家安全部', lang: 'zh' }] },
  { type: 'malware', id: 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', ...base, name: '  ', is_family: true, aliases: ['ShadowPad', 'PoisonPlug.Shadow'] },
  { type: 'location', id: 'location--a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', ...base, name: 'Đà Nẵng', country: 'VN' },
];

test('nameWordsOfRows finds in rows exactly the words nameWordsOf finds in the objects', () => {
  for (const o of objects) {
    const fromObject = nameWordsOf([o]);
    const fromRow = nameWordsOfRows([toObjectRow(o, 'objects[0]')]);
    assert.deepEqual([...fromRow].sort(), [...fromObject].sort(), o.name as string);
  }
  const all = nameWordsOfRows(objects.map((o, i) => toObjectRow(o, `objects[${i}]`)));
  assert.ok(all.has('typhoon') && all.has('shadowpad') && all.has('министерство'), [...all].join(' '));
  assert.ok(!all.has('overlapping'), 'an overlapping name is not this entity\'s name');
});
