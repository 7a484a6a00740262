/**
 * A state that qualifies a named threat group, with at most the group's noun between ("the Iranian
 * group APT33", "le groupe iranien APT33", "die iranische Gruppe APT33", "el grupo iraní APT33"), is the
 * group's state: the accused, a party, even where no claim pins the act on it (src/extract/parties.ts).
 * A state further from the group's name is not made a party by it. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const countries = (text: string, lang: string) => extract(`Headline\n${text}\nSource: x`, { lang }).countries.map((c) => c.code).sort();

test('a state qualifying a named group is a party (en, fr, de, es)', () => {
  assert.deepEqual(countries('In some of the intrusions, analysts found traces of the Iranian group APT33 but drew no conclusion.', 'en'), ['IR']);
  assert.deepEqual(countries('Lors des attaques, les chercheurs ont relevé des traces du groupe iranien APT33, sans conclure.', 'fr'), ['IR']);
  assert.deepEqual(countries('Bei den Angriffen fanden Forscher Spuren der iranischen Gruppe APT33, legten sich aber nicht fest.', 'de'), ['IR']);
  assert.deepEqual(countries('En algunos de los ataques, los analistas hallaron rastros del grupo iraní APT33, sin concluir.', 'es'), ['IR']);
});

test('a state further from the group’s name is not its (negative case: de, fr)', () => {
  assert.deepEqual(countries('Bei den Angriffen fanden Forscher aus Österreich Spuren der Gruppe APT33, legten sich aber nicht fest.', 'de'), []);
  assert.deepEqual(countries('Lors des attaques, des chercheurs suisses ont relevé des traces du groupe APT33, sans conclure.', 'fr'), []);
});
