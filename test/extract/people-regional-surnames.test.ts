/**
 * Taiwan and Hong Kong people go by Latin names that are often neither pinyin nor regular Wade-Giles;
 * their family name is what the spellings share. A person found in Han characters in a text written
 * in Traditional characters, or who speaks for Taiwan or Hong Kong in any language, gains the family
 * name alone in Wade-Giles and in the region's usual spellings (Cantonese, conventional forms) as
 * aliases; a mainland official in Simplified text does not. Names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { regionalSurnames, writtenInTraditional } from '../../src/extract/han-surnames.ts';

test('a family name in Wade-Giles and in the regional spellings, pinyin left out', () => {
  assert.deepEqual(regionalSurnames('顧明遠'), ['Ku', 'Koo']);
  assert.deepEqual(regionalSurnames('陳志豪'), ['Chan']);
  assert.deepEqual(regionalSurnames('鄧家輝'), ['Teng', 'Tang']);
  assert.ok(writtenInTraditional('國防部長說，這些攻擊來自境外。'));
  assert.ok(!writtenInTraditional('国防部长说，这些攻击来自境外。'));
});

test('zh (Traditional): a minister found in characters carries the regional family names', () => {
  const p = extract('新聞\n數位發展部長顧明遠今天表示，這些網路攻擊來自境外駭客。\n來源：x', { lang: 'zh' }).people;
  const q = p.find((x) => x.aliases.includes('顧明遠'));
  assert.ok(q && q.aliases.includes('Koo') && q.aliases.includes('Ku'), JSON.stringify(p));
});

test('zh (Simplified): an official speaking for Hong Kong carries them; a mainland spokesperson does not', () => {
  const hk = extract('新闻\n香港保安局局长陈志豪表示，政府网站遭到攻击。\n来源：x', { lang: 'zh' }).people;
  const h = hk.find((x) => x.aliases.includes('陈志豪'));
  assert.ok(h && h.speaks_for === 'HK' && h.aliases.includes('Chan'), JSON.stringify(hk));
  const cn = extract('新闻\n外交部发言人陈志明表示，中方反对一切网络攻击。\n来源：x', { lang: 'zh' }).people;
  const c = cn.find((x) => x.name === 'Chen Zhiming');
  assert.ok(c && !c.aliases.includes('Chan'), JSON.stringify(cn));
});

test('vi: a Taiwanese minister in Sino-Vietnamese gains the pinyin name and the family names', () => {
  const p = extract('Tiêu đề\nBộ trưởng Quốc phòng Đài Loan Cố Minh Viễn cho biết tin tặc Trung Quốc đã tấn công các trang web.\nNguồn: x').people;
  const q = p.find((x) => x.name === 'Cố Minh Viễn');
  assert.ok(q && q.aliases.includes('Gu Mingyuan') && q.aliases.includes('Koo'), JSON.stringify(p));
  // a Vietnamese official keeps his own name alone
  const v = extract('Tiêu đề\nBộ trưởng Công an Việt Nam Lê Minh Viễn cho biết tin tặc đã tấn công các trang web.\nNguồn: x').people;
  assert.ok(v.every((x) => !x.aliases.some((a) => /^(?:Li|Lee)\b/u.test(a))), JSON.stringify(v));
});

test('ru: a Taiwanese minister in Palladius spelling gains the family names', () => {
  const p = extract('Заголовок\nМинистр обороны Тайваня Гу Минъюань заявил, что китайские хакеры атаковали сайты.\nИсточник: x').people;
  const q = p.find((x) => x.aliases.includes('Гу Минъюань'));
  assert.ok(q && q.aliases.includes('Koo'), JSON.stringify(p));
});
