/**
 * A role that governs a body written in capitals runs on into its holder's name: "Deputy Minister
 * of National Defence X Y told ...", "Director of National Intelligence X Y said": the name is the
 * last two words of the capitalised run. The capitalised words after a body word and "of" ("the
 * Ministry of Foreign Affairs said") name the body, never a person. In French, Spanish and German the
 * body is lower case or marked by its article, so the name stands apart already. Sentences and names
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (line: string, lang: string, lead = 'Hackers breached the ministry network.') =>
  extract(`${lead}\n${line}\nSource: https://example.test/a`, { lang }).people.map((p) => p.name);

test('en: a role, "of", a body in capitals, then the name', () => {
  assert.deepEqual(people('Deputy Minister of National Defence Arvydas Kelmis told reporters the attack was contained.', 'en'), ['Arvydas Kelmis']);
  assert.deepEqual(people('The Director of National Intelligence Avril Hanes said the attack was contained.', 'en'), ['Avril Hanes']);
  assert.deepEqual(people('Minister of Digital Affairs Arvydas Kelmis told reporters the attack was contained.', 'en'), ['Arvydas Kelmis']);
});

test('en: the words after a body word and "of" are the body', () => {
  assert.deepEqual(people('The Ministry of Foreign Affairs said the attack was contained.', 'en'), []);
  assert.deepEqual(people('A spokesman for the Department of Homeland Security said it was contained.', 'en'), []);
});

test('es, de, fr: the holder after a role and its body', () => {
  assert.deepEqual(people('El ministro de Transformación Digital Joaquín Ferrandis aseguró que el ataque fue contenido.', 'es', 'Piratas atacaron el ministerio.'), ['Joaquín Ferrandis']);
  assert.deepEqual(people('Der Präsident des Bundesamts Lukas Brandtner erklärte, der Angriff sei abgewehrt.', 'de', 'Hacker griffen das Amt an.'), ['Lukas Brandtner']);
  assert.deepEqual(people("Le ministre de l'Intérieur, Pierre Valmont, a déclaré que l'attaque était contenue.", 'fr', 'Des pirates ont attaqué le ministère.'), ['Pierre Valmont']);
});
