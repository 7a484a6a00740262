import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { apiErrorHandler, jsonPath } from '../../src/api/error-handler.ts';
import { Errors } from '../../src/errors.ts';

test('JSON pointers become the JSON paths errors name', () => {
  assert.equal(jsonPath('/objects/3/valid_from'), 'objects[3].valid_from');
  assert.equal(jsonPath('', 'role'), 'role');
  assert.equal(jsonPath('/type/0'), 'type[0]');
  assert.equal(jsonPath('/a~1b/c~0d'), 'a/b.c~d');
});

test('the API answers the field an error carries, and invents none from the message', async () => {
  const app = Fastify();
  app.setErrorHandler(apiErrorHandler);
  app.get('/carried', async () => { throw new Errors.INPUT_INVALID('limit: must be positive', { field: 'limit' }); });
  app.get('/message-only', async () => { throw new Errors.STIX_INVALID('objects[3].valid_from: required'); });
  const carried = await app.inject('/carried');
  assert.equal(carried.statusCode, 400);
  assert.deepEqual(carried.json(), { code: 'OPS_ERR_INPUT_INVALID', message: 'Invalid input: limit: must be positive', field: 'limit' });
  const messageOnly = await app.inject('/message-only');
  assert.equal(messageOnly.statusCode, 422);
  assert.equal(messageOnly.json().field, undefined);
  await app.close();
});
