/**
 * A responsibility predicate whose subject is unknown ("which country was behind", "quốc gia nào
 * đứng sau", "哪个国家", "qué país") accuses no one; a named subject still does. Sentences written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('an unknown subject of a responsibility predicate accuses no one (en, vi, zh, es)', () => {
  assert.deepEqual(claims("Vietnam's cyber agency said it had not determined which country was behind the campaign.", 'en'), []);
  assert.deepEqual(claims('Ông Khoa cho biết các chuyên gia Việt Nam chưa xác định được quốc gia nào đứng sau chiến dịch.', 'vi'), []);
  assert.deepEqual(claims('越南网络安全局表示，目前尚不清楚哪个国家是这次攻击的幕后黑手。', 'zh'), []);
  assert.deepEqual(claims('La agencia vietnamita dijo que no sabe qué país está detrás de la campaña.', 'es'), []);
  assert.deepEqual(claims("Vietnam's cyber agency said China was behind the campaign.", 'en'), ['VN attributes CN']);
});
