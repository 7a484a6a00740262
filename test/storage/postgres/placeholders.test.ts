import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPgPlaceholders } from '../../../src/storage/postgres/placeholders.ts';

test('? becomes $1..$n in order', () => {
  assert.equal(toPgPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)'), 'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)');
});

test('? inside literals, quoted identifiers, comments and dollar quotes is left alone', () => {
  assert.equal(toPgPlaceholders("SELECT '?', 'it''s ?', ? FROM t"), "SELECT '?', 'it''s ?', $1 FROM t");
  assert.equal(toPgPlaceholders(`SELECT "col?" FROM t WHERE x = ?`), `SELECT "col?" FROM t WHERE x = $1`);
  assert.equal(toPgPlaceholders('SELECT ? -- why?\n, ?'), 'SELECT $1 -- why?\n, $2');
  assert.equal(toPgPlaceholders('SELECT /* a? /* nested? */ still? */ ?'), 'SELECT /* a? /* nested? */ still? */ $1');
  assert.equal(toPgPlaceholders('SELECT $$ what? $$, $tag$ ? $tag$, ?'), 'SELECT $$ what? $$, $tag$ ? $tag$, $1');
  assert.equal(toPgPlaceholders("SELECT E'\\' ?', ?"), "SELECT E'\\' ?', $1");
  assert.equal(toPgPlaceholders("SELECT x LIKE ? ESCAPE '\\', ?"), "SELECT x LIKE $1 ESCAPE '\\', $2");
});
