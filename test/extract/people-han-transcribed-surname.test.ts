/**
 * A Western surname transcribed into Chinese without a middle dot right after a role word
 * ("外长埃文斯称", "部長羅伯茨表示"): a standard transcription of a name part names the person by that
 * part; a transcription no part covers stays out, and Chinese names keep their pinyin. Sentences
 * written for these tests (Simplified and Traditional).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

function people(text: string): { name: string; aliases: string[] }[] {
  return extract(`标题\n${text}\nSource: x`).people.map((p) => ({ name: p.name, aliases: p.aliases }));
}

test('a transcribed surname after a role names the person (zh-Hans)', () => {
  const p = people('澳大利亚外长埃文斯称，已就网络攻击向有关国家表达关切。');
  assert.ok(p.some((x) => x.name === 'Evans' && x.aliases.includes('埃文斯')), JSON.stringify(p));
  const q = people('英国外长威尔逊表示，英方将追究责任。');
  assert.ok(q.some((x) => x.name === 'Wilson'), JSON.stringify(q));
});

test('a transcribed surname after a role names the person (zh-Hant)', () => {
  const p = people('紐西蘭部長羅伯茨表示，駭客曾入侵議會系統。');
  assert.ok(p.some((x) => x.name === 'Roberts'), JSON.stringify(p));
  const q = people('英國外長威爾遜表示，英方將追究責任。');
  assert.ok(q.some((x) => x.name === 'Wilson'), JSON.stringify(q));
});

test('a transcription no name part covers, and a Chinese name, are not read as Western parts', () => {
  const p = people('美国某机构局长伊斯特利还说，黑客潜伏已久。');
  assert.ok(!p.some((x) => /伊斯特利/u.test(x.name)), JSON.stringify(p));
  const c = people('外交部发言人林剑表示，中方坚决反对。');
  assert.ok(c.some((x) => x.name === 'Lin Jian'), JSON.stringify(c));
});
