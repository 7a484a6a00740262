/**
 * A name in characters without a dot after the role of a state whose officials have no Chinese names
 * ("德国内政部长X", "日本防卫大臣X") transcribes a foreign name: a pinyin reading of it names no one.
 * A standard transcription of a name part still names the person by that part. An official of China,
 * Taiwan, Hong Kong or Singapore (an embassy of China abroad included) keeps the pinyin reading, and
 * a state named elsewhere in the sentence is not whose official the person is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string) =>
  extract(`标题\n\n${body}\n\nSource: https://example.org/story`, { lang: 'zh' }).people.map((p) => p.name);

test('zh: a foreign official named in characters gets no pinyin reading', () => {
  assert.deepEqual(people('德国内政部长柯宁表示，此事表明攻击威胁严重。'), []);
  assert.deepEqual(people('日本防卫大臣高桥说，攻击来自境外。'), []);
  assert.deepEqual(people('印度电力和新能源与可再生能源部长辛达证实，电网曾遭到网络攻击。'), []);
});

test('zh-Hant: the same in Traditional characters', () => {
  assert.deepEqual(people('印度電力部長辛達證實，電網曾遭到網絡攻擊。'), []);
});

test('zh: a standard transcription of a name part names the foreign official', () => {
  assert.deepEqual(people('美国国务院发言人米勒表示，美方将追究责任。'), ['Miller']);
});

test('zh: officials of states that write Chinese names keep them', () => {
  assert.deepEqual(people('中國駐德國大使館發言人周立文表示，中方堅決反對。'), ['Zhou Liwen']);
  assert.deepEqual(people('台湾国安局局长蔡明远表示，攻击来自中国。'), ['Cai Mingyuan']);
  assert.deepEqual(people('针对德国的指责，外交部发言人毛宁表示，中方坚决反对。'), ['Mao Ning']);
});
