/**
 * A person named right after a source marker ("according to X", "laut X", "selon X", "по словам X"):
 * the speaker of what follows, under the name's base form. Russian markers govern the genitive
 * ("по словам Ивана Петрова", "по мнению Марии Ивановой"), which goes back to the nominative as after
 * a role word in the genitive; a nominative after a verb ("как заявила Мария Иванова") stays. A body
 * named in any case ("Лаборатория ...", "эксперт Центра ...") is no person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);
const has = (all: string[][], name: string) => all.some((names) => names.includes(name));

test('ru: a name in the genitive after "по словам", "по данным" is given in the nominative', () => {
  const a = people('По словам Ивана Самохина, атака была отражена.', 'ru');
  assert.ok(has(a, 'Иван Самохин') && has(a, 'Ivan Samokhin'), JSON.stringify(a));
  const b = people('По данным Марии Климовой, сотрудницы компании, атака была отражена. Климова добавила, что данные целы.', 'ru');
  assert.equal(b.length, 1, JSON.stringify(b));
  assert.ok(has(b, 'Мария Климова') && has(b, 'Mariya Klimova'), JSON.stringify(b));
});

test('ru: a nominative after a speech verb stays as written', () => {
  const a = people('Как заявила Мария Климова, атака была отражена.', 'ru');
  assert.ok(has(a, 'Мария Климова'), JSON.stringify(a));
});

test('en, de, fr: a name after a source marker is its speaker, as written', () => {
  assert.ok(has(people('According to Oskar Lindahl, the group reused its servers.', 'en'), 'Oskar Lindahl'));
  assert.ok(has(people('Laut Oskar Lindahl nutzte die Gruppe dieselben Server.', 'de'), 'Oskar Lindahl'));
  assert.ok(has(people('Selon Oskar Lindahl, le groupe a réutilisé ses serveurs.', 'fr'), 'Oskar Lindahl'));
});

test('ru: a body after a source marker or opening the sentence, in any case, is no person', () => {
  assert.deepEqual(people('Лаборатория Веллтрона сообщила о новой кампании.', 'ru'), []);
  assert.deepEqual(people('По данным Лаборатории Веллтрона, атака была отражена.', 'ru'), []);
});
