import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonPath } from '../../src/api/error-handler.ts';

test('JSON pointers become the JSON paths errors name', () => {
  assert.equal(jsonPath('/objects/3/valid_from'), 'objects[3].valid_from');
  assert.equal(jsonPath('', 'role'), 'role');
  assert.equal(jsonPath('/type/0'), 'type[0]');
  assert.equal(jsonPath('/a~1b/c~0d'), 'a/b.c~d');
});
