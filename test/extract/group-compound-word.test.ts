/**
 * In Russian text a Latin word fused by a hyphen to a Cyrillic one is the first half of a compound
 * ("Telegram-канал", "IT-компания", "DDoS-атака"), not a group's name, even right after a group word;
 * a Latin name that itself holds hyphens ("APT-C-23") is still one. Sentences written for these
 * tests; the channels and groups are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Заголовок\n${body}\nИсточник: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a Latin word opening a hyphenated Russian compound after a group word is no group', () => {
  assert.deepEqual(groups('Хакерская группировка Telegram-канала «Ночной сокол» опубликовала базу данных клиентов.', 'ru'), []);
  assert.deepEqual(groups('Группировка DDoS-активистов заявила об атаке на сайт мэрии.', 'ru'), []);
});

test('a Latin group name after a group word is still found, hyphens and all', () => {
  assert.deepEqual(groups('Хакерская группировка Silt Heron опубликовала базу данных клиентов.', 'ru'), ['Silt Heron']);
  assert.deepEqual(groups('Группировка APT-C-99 атаковала сайт мэрии.', 'ru'), ['APT-C-99']);
});
