/**
 * Whom a speech verb addresses may stand between the verb and the speaker after it: "— заявил журналистам X",
 * "sagte den Journalisten X", "dijo a la prensa X" named no one (only an honorific could stand there). The
 * addressees are a profile list (lexicons/entity/person-acts.ts). Also Russian "X уверен, что ..." and the role
 * "замглавы". A name inside the reported clause is still no speaker. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang }).people.map((p) => p.name);

test('ru, de, es: the addressee between the verb and the speaker', () => {
  assert.deepEqual(names('«Это провокация», — сказал журналистам Олег Дёмин.', 'ru'), ['Олег Дёмин']);
  assert.deepEqual(names('„Das ist eine Provokation“, sagte den Journalisten Jörg Habermann.', 'de'), ['Jörg Habermann']);
  assert.deepEqual(names('"Es una provocación", dijo a la prensa Inés Calderón.', 'es'), ['Inés Calderón']);
});

test('ru: "X уверен" and the role "замглавы"', () => {
  assert.deepEqual(names('Олег Дёмин уверен, что атака была спланирована.', 'ru'), ['Олег Дёмин']);
  assert.deepEqual(names('Замглавы Минцифры Олег Дёмин подчеркнул, что атака отражена.', 'ru'), ['Олег Дёмин']);
});

test('en, ru: a name in the reported clause after the addressee is no speaker', () => {
  assert.deepEqual(names('The minister told reporters Oleg Dyomin was behind the leak.', 'en'), []);
  assert.deepEqual(names('Министр сообщил журналистам, что Олег Дёмин причастен к утечке.', 'ru'), []);
});
