/** Hostile input: the validator must answer (never throw), never mutate, and stay deterministic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateBundle, validateObject } from '../../../src/model/stix/validate.ts';
import { SAMPLES } from './samples.ts';

const json = fc.jsonValue({ maxDepth: 4 });

test('arbitrary JSON: issues, never an exception, input untouched', () => {
  fc.assert(
    fc.property(json, (value) => {
      const before = JSON.stringify(value);
      const a = validateObject(value, 'x');
      const b = validateBundle(value);
      assert.equal(JSON.stringify(value), before);
      assert.ok(Array.isArray(a) && Array.isArray(b));
      assert.deepEqual(validateObject(value, 'x'), a);
    }),
    { numRuns: 300 },
  );
});

test('sample objects with properties overwritten or added at random: well-formed issues, no exception, no mutation', () => {
  const sample = fc.constantFrom(...SAMPLES);
  const key = fc.oneof(fc.constantFrom(...new Set(SAMPLES.flatMap((o) => Object.keys(o)))), fc.string({ maxLength: 12 }));
  fc.assert(
    fc.property(sample, fc.dictionary(key, json, { maxKeys: 4 }), (base, patch) => {
      const o = { ...structuredClone(base), ...patch };
      const before = JSON.stringify(o);
      const issues = validateObject(o);
      assert.equal(JSON.stringify(o), before);
      for (const i of issues) assert.ok(typeof i.path === 'string' && typeof i.message === 'string' && (i.severity === 'error' || i.severity === 'warning'));
      assert.deepEqual(validateObject(o), issues);
    }),
    { numRuns: 500 },
  );
});
