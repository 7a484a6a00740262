/**
 * A group the knowledge base does not know, introduced by a group word: "хакерская группировка
 * Velmorix", "黑客组织Velmorix", 'a hacking group calling itself "Velmorix"', 'un grupo autodenominado
 * "Velmorix"', 'nhóm tin tặc có tên "Velmorix"'. Unquoted where the text's script is not Latin, or in
 * a Latin-script text after a group word that names a group unmistakably (named-group-unquoted.test.ts);
 * a known state ("nhóm tin tặc Trung Quốc") or a date word after it is no group. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (text: string, lang: string) => extract(text, { lang }).intrusion_sets.map((g) => g.name).sort();

test('ru: "хакерская группировка Velmorix" (a Latin name in a Cyrillic text), later mentions too', () => {
  const text = 'Сводка\nХакерская группировка Velmorix заявила об атаке на сайт министерства. Ранее Velmorix атаковала банки.\nSource: x';
  const x = extract(text, { lang: 'ru' });
  const g = x.intrusion_sets.find((s) => s.name === 'Velmorix');
  assert.ok(g, x.intrusion_sets.map((s) => s.name).join(','));
  assert.equal(g.mentions.length, 2);
});

test('zh: "黑客组织Velmorix"', () => {
  assert.deepEqual(groups('简讯\n黑客组织Velmorix声称对该市政府网站发动了攻击。\nSource: x', 'zh'), ['Velmorix']);
});

test('en, es, vi: a quoted name after a group word and a naming verb', () => {
  assert.deepEqual(groups('Brief\nA hacking group calling itself "Velmorix" claimed the attack on the ministry.\nSource: x', 'en'), ['Velmorix']);
  assert.deepEqual(groups('Breve\nUn grupo autodenominado "Velmorix" reivindicó el ataque contra el ministerio.\nSource: x', 'es'), ['Velmorix']);
  assert.deepEqual(groups('Tin nhanh\nMột nhóm tin tặc có tên "Velmorix" đã nhận trách nhiệm vụ tấn công.\nSource: x', 'vi'), ['Velmorix']);
});

test('no group from a state or a weekday after a group word, nor from a Cyrillic word', () => {
  assert.deepEqual(groups('Tin nhanh\nNhóm tin tặc Trung Quốc đã xâm nhập mạng của nhiều bộ ngành.\nSource: x', 'vi'), []);
  assert.deepEqual(groups('Brief\nThe hacking group Monday claimed the attack.\nSource: x', 'en'), []);
  assert.deepEqual(groups('Сводка\nХакерская группировка Велморикс заявила об атаке.\nSource: x', 'ru'), []);
});
