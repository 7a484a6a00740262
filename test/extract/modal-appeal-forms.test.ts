/**
 * Modal forms of an appeal the profiles lacked: Chinese 应/應 alone after a party ("美方应停止……"), and
 * the German subjunctive of reported speech ("Washington solle ... einstellen"). 应 inside another
 * word (应对 "respond", 回应) is no modal. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const shown = (body: string, lang: string) => claimsOf(body, lang).map((c) => [c.claimant, c.stance, c.target ?? null]);

test('"X应……" and "X solle ..." are the speaker\'s call on X (zh, zh-Hant, de)', () => {
  assert.deepEqual(shown('外交部发言人表示，美方应停止对中方的网络攻击指责。', 'zh'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('外交部發言人表示，美方應停止對中方的網絡攻擊指責。', 'zh'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('Peking erklärte, Washington solle seine haltlosen Hackervorwürfe einstellen.', 'de'), [['CN', 'calls-for', 'US']]);
});

test('应 inside another word is no call (zh)', () => {
  assert.ok(!shown('外交部发言人表示，中方将坚决应对美方的网络攻击。', 'zh').some(([, s]) => s === 'calls-for'));
});
