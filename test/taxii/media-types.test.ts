import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyRepresentation, negotiate, STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE } from '../../src/taxii/media-types.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { code: string; statusCode: number }).statusCode;
  }
  return 'no error';
};

test('the TAXII 2.1 media type, with or without version, and wildcards choose TAXII', () => {
  for (const accept of [
    TAXII_MEDIA_TYPE,
    'application/taxii+json;version=2.1',
    'application/taxii+json; version=2.1',
    'application/taxii+json',
    '*/*',
    'application/*',
    undefined,
    'text/html, application/taxii+json;version=2.1;q=0.5',
  ]) {
    assert.equal(negotiate(accept, ['taxii']), 'taxii', String(accept));
  }
});

test('406 when nothing in Accept is served: other versions, plain JSON, q=0', () => {
  for (const accept of [
    'application/taxii+json;version=2.0',
    'application/vnd.oasis.taxii+json; version=2.0',
    'application/json',
    'text/html',
    'application/taxii+json;version=2.1;q=0',
    STIX_MEDIA_TYPE,
  ]) {
    assert.equal(code(() => negotiate(accept, ['taxii'])), 406, accept);
  }
});

test('objects endpoints also serve STIX when asked for it, preferring by q then server order', () => {
  assert.equal(negotiate(STIX_MEDIA_TYPE, ['taxii', 'stix']), 'stix');
  assert.equal(negotiate('application/stix+json', ['taxii', 'stix']), 'stix');
  assert.equal(negotiate('*/*', ['taxii', 'stix']), 'taxii');
  assert.equal(negotiate(`${TAXII_MEDIA_TYPE};q=0.4, ${STIX_MEDIA_TYPE};q=0.9`, ['taxii', 'stix']), 'stix');
  assert.equal(negotiate(`${STIX_MEDIA_TYPE};q=0.4, ${TAXII_MEDIA_TYPE}`, ['taxii', 'stix']), 'taxii');
  assert.equal(code(() => negotiate('application/stix+json;version=2.0', ['taxii', 'stix'])), 406);
});

test('a POST body must be a TAXII envelope or a STIX bundle, else 415', () => {
  assert.equal(bodyRepresentation(TAXII_MEDIA_TYPE), 'taxii');
  assert.equal(bodyRepresentation('application/taxii+json'), 'taxii');
  assert.equal(bodyRepresentation('application/taxii+json; version=2.1; charset=utf-8'), 'taxii');
  assert.equal(bodyRepresentation(STIX_MEDIA_TYPE), 'stix');
  for (const ct of ['application/json', 'text/plain', 'application/taxii+json;version=2.0', '', undefined, 'garbage']) {
    assert.equal(code(() => bodyRepresentation(ct)), 415, String(ct));
  }
});
