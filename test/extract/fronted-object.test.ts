/**
 * Chinese fronts the object of a stance verb or noun with a preposition between the subject and the
 * verb ("中方对美方的恶意网络行为表示强烈谴责", "予以谴责"): the party right after 对/對 is the one
 * condemned, as the object after "谴责" is in "中方谴责美方". The prepositions live in the profile
 * (frontedObject). Sentences written for these tests; the states are real, the events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`).sort();

test('an object fronted by 对/對 before a condemnation is the accused (Simplified and Traditional)', () => {
  assert.deepEqual(claims('中方对美方的恶意网络行为表示强烈谴责。', 'zh'), ['CN accuses US']);
  assert.deepEqual(claims('中方对美国的网络攻击予以强烈谴责。', 'zh'), ['CN accuses US']);
  assert.deepEqual(claims('中方對美方的惡意網絡行為表示強烈譴責。', 'zh'), ['CN accuses US']);
  // The object after the verb was read before and still is.
  assert.deepEqual(claims('中方谴责美方。', 'zh'), ['CN accuses US']);
});

test('no accusation from a fronted object without a stance of accusation, or without a party', () => {
  assert.deepEqual(claims('中方对美方的合作表示欢迎。', 'zh'), []);
  assert.deepEqual(claims('中方对此表示强烈谴责。', 'zh'), []);
});
