/**
 * A foreign name transcribed into Chinese with middle dots whose given names are standard
 * transcriptions but whose family name the table does not know: the given names, the part that can
 * be read in Latin letters, become an alias; the characters stay the name. One known given name
 * alone is too little to name anyone. Dotted transcription exists in Chinese only (Simplified and
 * Traditional). Names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

test('zh (Simplified): two known given names and an unknown family name', () => {
  const p = extract('新闻\n菲律宾信息部副部长詹姆斯·彼得·卡巴约表示，黑客攻击了政府网站。\n来源：x', { lang: 'zh' }).people;
  const q = p.find((x) => x.name === '詹姆斯·彼得·卡巴约');
  assert.ok(q && q.aliases.includes('James Peter'), JSON.stringify(p));
});

test('zh (Traditional): the same in Traditional characters', () => {
  const p = extract('新聞\n菲律賓資訊部部長約翰·保羅·卡巴約表示，駭客攻擊了政府網站。\n來源：x', { lang: 'zh' }).people;
  const q = p.find((x) => x.name === '約翰·保羅·卡巴約');
  assert.ok(q && q.aliases.includes('John Paul'), JSON.stringify(p));
});

test('zh: one known given name, or an unknown given name, gives no partial alias (negative)', () => {
  const one = extract('新闻\n菲律宾信息部部长约翰·卡巴约表示，黑客攻击了政府网站。\n来源：x', { lang: 'zh' }).people;
  assert.ok(one.every((x) => !x.aliases.includes('John')), JSON.stringify(one));
  const unknown = extract('新闻\n菲律宾信息部部长卡巴约·彼得·史密斯表示，黑客攻击了政府网站。\n来源：x', { lang: 'zh' }).people;
  assert.ok(unknown.every((x) => x.aliases.every((a) => !/^[A-Z]/u.test(a))), JSON.stringify(unknown));
  // every part known: the whole Latin name, as before
  const all = extract('新闻\n美国国务院发言人约翰·彼得·史密斯表示，黑客攻击了政府网站。\n来源：x', { lang: 'zh' }).people;
  assert.ok(all.some((x) => x.name === 'John Peter Smith'), JSON.stringify(all));
});
