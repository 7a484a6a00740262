import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CLAIM_SCHEMA_FILE, claimSchemaText } from '../../scripts/claim-schema.ts';
import { ClaimSchema, claimJsonSchema } from '../../src/model/claim.ts';

test('the published claim schema file is the one claim schema, written out (run scripts/claim-schema.ts after a change)', () => {
  assert.equal(readFileSync(CLAIM_SCHEMA_FILE, 'utf8'), claimSchemaText());
  const published = claimJsonSchema();
  // The same properties and required fields as the schema the validator compiles, without annotations.
  assert.deepEqual(Object.keys(published.properties as object), Object.keys(ClaimSchema.properties));
  assert.deepEqual(published.required, ClaimSchema.required);
  assert.ok(!JSON.stringify(published).includes('"problem"'));
});
