/**
 * Two constructions that introduce a speaker with no role word: reported speech with the verb first
 * ('"...," said X', '« ... », a déclaré M. X', '„...“, sagte X', '"...", dijo X', '«...», — заявил X')
 * and a name before a colon that opens a quotation ('X: "..."', 'X : « ... »', 'X: „...“'), at a
 * line's start or inside a live-blog entry. A clause after the verb ("añadió que X podría ...")
 * introduces no speaker. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (text: string, lang: string) => extract(text, { lang }).people.flatMap((p) => [p.name, ...p.aliases]);
const doc = (lead: string, line: string) => `${lead}\n${line}\nSource: https://example.test/a`;

test('the speech verb before the name makes a speaker (en, fr, de, es, ru)', () => {
  assert.ok(people(doc('Hackers breached the ministry network.', '"We were ready," said Arvydas Kelmis.'), 'en').includes('Arvydas Kelmis'));
  assert.ok(people(doc('Des pirates ont attaqué le ministère.', '« Nous étions prêts », a déclaré Pierre Valmont.'), 'fr').includes('Pierre Valmont'));
  assert.ok(people(doc('Hacker haben das Ministerium angegriffen.', '„Wir waren bereit“, sagte Lukas Brandtner.'), 'de').includes('Lukas Brandtner'));
  assert.ok(people(doc('Piratas informáticos atacaron el ministerio.', '"Estábamos preparados", dijo Joaquín Ferrandis.'), 'es').includes('Joaquín Ferrandis'));
  assert.ok(people(doc('Хакеры атаковали министерство.', '«Мы были готовы», — заявил Игорь Самойленко.'), 'ru').some((n) => n.includes('Самойленко')));
});

test('an honorific may stand between the verb and the name', () => {
  assert.ok(people(doc('Des pirates ont attaqué le ministère.', '« Nous étions prêts », a déclaré M. Pierre Valmont.'), 'fr').includes('Pierre Valmont'));
  assert.ok(people(doc('Hackers breached the ministry network.', '"We were ready," said Dr. Arvydas Kelmis.'), 'en').includes('Arvydas Kelmis'));
});

test('a clause after the verb is no speaker', () => {
  assert.deepEqual(people(doc('Piratas informáticos atacaron el ministerio.', 'El fiscal añadió que Joaquín Ferrandis podría enfrentarse a una condena.'), 'es'), []);
  assert.deepEqual(people(doc('Hackers breached the ministry network.', 'Prosecutors said that Arvydas Kelmis could face prison.'), 'en'), []);
});

test('a name before a colon and a quotation speaks (en, fr, de, es)', () => {
  assert.ok(people(doc('Hackers breached the ministry network.', 'The hearing heard Interior Minister Arvydas Kelmis. 10:05 — Kelmis: "We were ready."'), 'en').includes('Arvydas Kelmis'));
  assert.ok(people(doc('Des pirates ont attaqué le ministère.', 'Pierre Valmont : « Nous étions prêts. »'), 'fr').includes('Pierre Valmont'));
  assert.ok(people(doc('Hacker haben das Ministerium angegriffen.', 'Lukas Brandtner: „Wir waren bereit.“'), 'de').includes('Lukas Brandtner'));
  assert.ok(people(doc('Piratas informáticos atacaron el ministerio.', 'Joaquín Ferrandis: "Estábamos preparados".'), 'es').includes('Joaquín Ferrandis'));
});

test('a bare label line without a quotation is no speaker', () => {
  assert.deepEqual(people(doc('Hackers breached the ministry network.', 'Related Posts: the attack was contained.'), 'en'), []);
});
