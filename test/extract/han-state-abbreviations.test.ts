/**
 * Chinese lists of one-character state abbreviations before a count of states ("美英两国", "英美澳三国"): each
 * character is its state, and the list speaks as a coordinated subject, each state making the claim. The count
 * fixes how many characters are the list, so a character of the word before it ("参加") is no state, and a
 * pair of characters with no count after it ("中美关系") names none. Other languages have no such lists; the
 * same construction spelled out ("the US and Britain", "США и Великобритания") is read as a coordination.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('zh: each state of "美英两国" accuses', () => {
  const cs = claimsOf('美英两国指责伊朗发动了针对港口的网络攻击。', 'zh');
  assert.ok(attributes(cs, 'US', 'IR'), show(cs));
  assert.ok(attributes(cs, 'GB', 'IR'), show(cs));
});

test('zh: each state of "英美澳三国" says the words', () => {
  const cs = claimsOf('英美澳三国表示，这次入侵是伊朗所为。', 'zh');
  for (const c of ['GB', 'US', 'AU']) assert.ok(attributes(cs, c, 'IR'), `${c}: ${show(cs)}`);
});

test('en, ru: the same list spelled out is a coordination', () => {
  const en = claimsOf('The United States and Britain accused Iran of the attack on the port.', 'en');
  assert.ok(attributes(en, 'US', 'IR') && attributes(en, 'GB', 'IR'), show(en));
  const ru = claimsOf('США и Великобритания обвинили Иран в атаке на порт.', 'ru');
  assert.ok(attributes(ru, 'US', 'IR') && attributes(ru, 'GB', 'IR'), show(ru));
});

test('zh: a character of the word before the list is no state; no count, no list', () => {
  const cs = claimsOf('参加美英两国联合调查的专家指责伊朗发动网络攻击。', 'zh');
  assert.ok(!cs.some((c) => c.claimant === 'CA'), show(cs));
  const codes = extract('标题\n专家讨论了中美关系和网络安全。\nSource: https://example.org/story', { lang: 'zh' }).countries.map((c) => c.code);
  assert.deepEqual(codes, []);
});
