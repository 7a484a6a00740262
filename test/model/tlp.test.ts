import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tlpOf, tlpMarkingId, tlpMarkingDefinitions, tlpOfMarking } from '../../src/model/tlp.ts';

test('the strictest TLP marking governs an object', () => {
  assert.equal(tlpOf({ object_marking_refs: [tlpMarkingId('green'), tlpMarkingId('amber+strict')] }), 'amber+strict');
  assert.equal(tlpOf({ object_marking_refs: ['marking-definition--00000000-0000-4000-8000-000000000000'] }), undefined);
  assert.equal(tlpOf({}), undefined);
});

test('TLP 1.0 markings read as their TLP 2.0 peers', () => {
  assert.equal(tlpOfMarking('marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9'), 'clear');
  assert.equal(tlpOfMarking('marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed'), 'red');
});

test('the five TLP 2.0 marking definitions round-trip through tlpOfMarking', () => {
  const defs = tlpMarkingDefinitions();
  assert.equal(defs.length, 5);
  for (const d of defs) assert.equal(tlpOfMarking(d.id), (d.name as string).slice(4).toLowerCase());
});
