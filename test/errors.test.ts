import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Errors } from '../src/errors.ts';

test('every error code is unique and documented in docs/errors.md', () => {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const codes = Object.values(Errors).map((E) => new E('x').code);
  assert.equal(new Set(codes).size, codes.length, 'duplicate error code');
  for (const code of codes) assert.match(doc, new RegExp(`\\| ${code} \\|`), `${code} missing from docs/errors.md`);
  for (const [, documented] of doc.matchAll(/^\| (OPS_ERR_\w+) \|/gm)) assert.ok((codes as string[]).includes(documented), `${documented} documented but not defined`);
});

test('errors carry their HTTP status and format their message', () => {
  const e = new Errors.STIX_INVALID('objects[3].valid_from: required');
  assert.equal(e.statusCode, 422);
  assert.equal(e.message, 'Invalid STIX: objects[3].valid_from: required');
});
