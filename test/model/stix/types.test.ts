import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnyStixObject, Indicator, StixBundle } from '../../../src/model/stix/types.ts';
import { validateBundle, hasErrors } from '../../../src/model/stix/validate.ts';
import { SAMPLES } from './samples.ts';

/** Narrowing on `type` reaches each interface's own properties (checked by tsc). */
function summary(o: AnyStixObject): string {
  switch (o.type) {
    case 'indicator':
      return o.pattern;
    case 'relationship':
      return `${o.source_ref} ${o.relationship_type} ${o.target_ref}`;
    case 'ipv4-addr':
      return o.value;
    case 'marking-definition':
      return o.definition_type ?? 'extension';
    default:
      return o.type;
  }
}

test('the STIX types describe objects the validator accepts, and narrow on type', () => {
  const indicator: Indicator = SAMPLES.find((o) => o.type === 'indicator') as Indicator;
  assert.equal(summary(indicator), "[ipv4-addr:value = '198.51.100.3']");
  const bundle: StixBundle = { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: SAMPLES as AnyStixObject[] };
  assert.equal(hasErrors(validateBundle(bundle)), false);
  const rel = SAMPLES.find((o) => o.type === 'relationship') as AnyStixObject;
  assert.match(summary(rel), /^intrusion-set--\S+ uses malware--\S+$/);
});
