/**
 * A Chinese name found in characters keeps its pinyin as the name and gains, besides the
 * characters, the Wade-Giles spelling Taiwan uses for its people (given name hyphenated, no
 * apostrophes), so that "Liang Wen-chieh" and "Liang Wenjie" are one person. Names written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { chineseNameToWadeGiles, pinyinSyllableToWadeGiles } from '../../src/extract/translit.ts';

test('pinyin syllables in Wade-Giles: initials, finals and whole syllables', () => {
  const cases: [string, string][] = [['jie', 'chieh'], ['xiong', 'hsiung'], ['zhi', 'chih'], ['guo', 'kuo'], ['duo', 'to'], ['qing', 'ching'], ['rong', 'jung'], ['zi', 'tzu'], ['si', 'ssu'], ['de', 'te'], ['ge', 'ko'], ['yan', 'yen'], ['gui', 'kuei'], ['xue', 'hsueh']];
  for (const [p, w] of cases) assert.equal(pinyinSyllableToWadeGiles(p), w, p);
});

test('a name in characters: family name, then the given name hyphenated', () => {
  assert.equal(chineseNameToWadeGiles('陳志明'), 'Chen Chih-ming');
  assert.equal(chineseNameToWadeGiles('張德清'), 'Chang Te-ching');
});

test('zh (Traditional and Simplified): a spokesperson found in characters carries the Wade-Giles alias', () => {
  const tw = extract('新聞\n陸委會發言人張德清今天表示，相關攻擊來自境外。\nSource: x', { lang: 'zh' }).people;
  assert.ok(tw.some((p) => p.name === 'Zhang Deqing' && p.aliases.includes('Chang Te-ching')), JSON.stringify(tw));
  const cn = extract('新闻\n外交部发言人陈志明表示，中方反对一切网络攻击。\nSource: x', { lang: 'zh' }).people;
  assert.ok(cn.some((p) => p.name === 'Chen Zhiming' && p.aliases.includes('Chen Chih-ming')), JSON.stringify(cn));
});
