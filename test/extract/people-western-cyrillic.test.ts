/**
 * Western names written in Russian (no list entry) get their usual English spelling as an alias,
 * from letter rules and common given names (lexicons/entity/name-forms.ts RU_WESTERN), beside the
 * plain transliteration; East Slavic names keep the plain one only. Names and sentences written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { westernCyrillicToEnglish } from '../../src/extract/translit.ts';

test('Russian spellings of Western names back to English: letter groups and given names', () => {
  const cases: [string, string][] = [
    ['Гэвин Уилкинсон', 'Gavin Wilkinson'], // э after a consonant, Уи-
    ['Джеймс Уильямс', 'James Williams'], // soft л before я
    ['Тарик Хасан', 'Tariq Hasan'], // х is h
    ['Уолтер Хейз', 'Walter Heyz'], // Уо- is Wa-
    ['Анна Вильерс', 'Anna Villiers'],
    ['Тереза Фокс', 'Teresa Fox'], // з between vowels, кс
    ['Кристофер Рэнд', 'Christopher Rand'],
    ['Жозе Мартинш', 'Jose Martinsh'],
  ];
  for (const [cyr, en] of cases) assert.equal(westernCyrillicToEnglish(cyr), en, cyr);
});

test('East Slavic surnames, and names the plain transliteration already spells, get no Western form', () => {
  for (const n of ['Иван Петров', 'Мария Смирнова', 'Олег Бойко', 'Андрей Шевченко', 'Дональд Трамп', 'Лиз Трасс', 'Ursula Lyon']) {
    assert.equal(westernCyrillicToEnglish(n), '', n);
  }
});

test('ru: a Western official named in Cyrillic carries the English spelling and surname as aliases', () => {
  const text = 'Новости\nМинистр обороны Великобритании Гэвин Уилкинсон заявил, что атака была спланирована заранее.\nSource: x';
  const p = extract(text, { lang: 'ru' }).people.find((x) => x.name === 'Гэвин Уилкинсон');
  assert.ok(p, JSON.stringify(extract(text, { lang: 'ru' }).people));
  assert.ok(p.aliases.includes('Gevin Uilkinson'), 'the plain transliteration stays');
  assert.ok(p.aliases.includes('Gavin Wilkinson'));
  assert.ok(p.aliases.includes('Wilkinson'));
});

test('ru: a Russian official gets no Western alias', () => {
  const p = extract('Новости\nПресс-секретарь ведомства Алексей Хомяков заявил, что атака отражена.\nSource: x', { lang: 'ru' }).people.find((x) => x.name === 'Алексей Хомяков');
  assert.ok(p);
  assert.deepEqual(p.aliases.filter((a) => /Homyakov/u.test(a)), []);
});
