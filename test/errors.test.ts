import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Errors, OpsTrackError } from '../src/errors.ts';

test('every error code is unique and documented in docs/errors.md', () => {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const codes = Object.values(Errors).map((E) => new E('x').code);
  assert.equal(new Set(codes).size, codes.length, 'duplicate error code');
  for (const code of codes) assert.match(doc, new RegExp(`\\| ${code} \\|`), `${code} missing from docs/errors.md`);
  for (const [, documented] of doc.matchAll(/^\| (OPS_ERR_\w+) \|/gm)) assert.ok((codes as string[]).includes(documented!), `${documented} documented but not defined`);
});

test('errors carry their HTTP status and format their message', () => {
  const e = new Errors.STIX_INVALID('objects[3].valid_from: required');
  assert.equal(e.statusCode, 422);
  assert.equal(e.message, 'Invalid STIX: objects[3].valid_from: required');
});

test('an error carries the field it is about as a property, given last, never parsed from its message', () => {
  const e = new Errors.INPUT_INVALID('url: not an http URL', { field: 'url' });
  assert.equal(e.message, 'Invalid input: url: not an http URL');
  assert.equal(e.field, 'url');
  assert.equal(e.code, 'OPS_ERR_INPUT_INVALID');
  assert.ok(e instanceof OpsTrackError && e instanceof Error);
  // A message shaped like `path: problem` names no field by itself.
  assert.equal(new Errors.STIX_INVALID('objects[3].valid_from: required').field, undefined);
  // A cause rides along with the field.
  const cause = new Error('ENOENT');
  const withCause = new Errors.INPUT_INVALID('file: cannot read', { field: 'file', cause });
  assert.equal(withCause.cause, cause);
  assert.equal(withCause.field, 'file');
  assert.equal(withCause.message, 'Invalid input: file: cannot read');
});
