/**
 * A family name alone after an honorific is a person ("Mr Morrison told the House", "M. Dupuis a déclaré",
 * "Frau Hallstein sagte", "El Sr. Zamora dijo", "Господин Петров заявил"): parliamentary records and
 * wires name people so. The honorific is no name and tells no state; a word after it that is no name
 * ("Mr Speaker") is not a person. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const peopleOf = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);

for (const [lang, body, name] of [
  ['en', 'Mr Morrison told the House that the centre had identified a malicious intrusion.', 'Morrison'],
  ['en', 'Ms Castellane said the ministry would respond to the breach.', 'Castellane'],
  ['fr', "M. Dupuis a déclaré que la Russie était derrière l'attaque.", 'Dupuis'],
  ['de', 'Frau Hallstein sagte, Russland stecke hinter dem Angriff.', 'Hallstein'],
  ['es', 'El Sr. Zamora dijo que Rusia estaba detrás del ataque.', 'Zamora'],
  ['ru', 'Господин Петров заявил, что Россия не причастна к атаке.', 'Petrov'],
] as const) {
  test(`${lang}: a surname after an honorific names a person: ${name}`, () => {
    const people = peopleOf(body, lang);
    assert.ok(people.some((p) => p.includes(name)), JSON.stringify(people));
  });
}

test('en: a title after an honorific is no person', () => {
  assert.deepEqual(peopleOf('Mr Speaker, the House has been told that Russia attacked the grid.', 'en'), []);
});

test('en: a surname already named in full stays one person', () => {
  const people = peopleOf('Prime Minister Scott Morrison said a state actor was responsible. Mr Morrison told the House the intrusion was contained.', 'en');
  assert.equal(people.length, 1, JSON.stringify(people));
  assert.ok(people[0]!.includes('Scott Morrison'), JSON.stringify(people));
});
