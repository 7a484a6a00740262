/**
 * A sector word that qualifies a kind of data, record or malware ("bank account numbers",
 * "coordonnées bancaires", "банковских счетов", "tài khoản ngân hàng", "banking trojan") names what
 * was stolen or used, not a sector that was hit; the banks themselves as victims still are.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('stolen data qualified by a sector word (en, fr, es, ru, vi, zh)', () => {
  assert.deepEqual(sectors(brief('The hackers stole names, addresses and bank account numbers of thousands of customers.'), 'en'), []);
  assert.deepEqual(sectors(brief('Les pirates ont volé des noms, des salaires et des coordonnées bancaires.'), 'fr'), []);
  assert.deepEqual(sectors(brief('Los piratas robaron nombres y datos bancarios de miles de clientes.'), 'es'), []);
  assert.deepEqual(sectors(brief('Хакеры похищали деньги с банковских счетов граждан.'), 'ru'), []);
  assert.deepEqual(sectors(brief('Tin tặc đã đánh cắp họ tên và số tài khoản ngân hàng của khách hàng.'), 'vi'), []);
  assert.deepEqual(sectors(brief('黑客窃取了用户的姓名和银行账户信息。'), 'zh'), []);
});

test('a banking trojan is malware, not a target (en, ru)', () => {
  assert.deepEqual(sectors(brief('The group attacked the network with a banking trojan.'), 'en'), []);
  assert.deepEqual(sectors(brief('Хакеры атаковали сеть с помощью банковского трояна для кражи финансовых данных.'), 'ru'), []);
});

test('banks hit are still finance (en, fr, ru, vi)', () => {
  assert.deepEqual(sectors(brief('The hackers attacked several banks and stole account data.'), 'en'), ['finance']);
  assert.deepEqual(sectors(brief('Les pirates ont attaqué plusieurs banques du pays.'), 'fr'), ['finance']);
  assert.deepEqual(sectors(brief('Хакеры атаковали несколько банков.'), 'ru'), ['finance']);
  assert.deepEqual(sectors(brief('Tin tặc đã tấn công nhiều ngân hàng.'), 'vi'), ['finance']);
});
