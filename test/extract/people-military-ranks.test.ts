/**
 * A military rank before a name is a role as an office is: "le général X", "le colonel X" (fr), as
 * "General X" (en) and "el general X" (es) already are. A rank word used as an adjective with no
 * name after it ("le secrétaire général de l'ONU", "l'assemblée générale") names no one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('fr: an inverted speaker after a rank, a rank before the subject', () => {
  assert.deepEqual(people("L'attaque était coordonnée, a indiqué le général Thierry Bréval, commandant de la cyberdéfense.", 'fr'), ['Thierry Bréval']);
  assert.deepEqual(people("Le colonel Thierry Bréval a confirmé l'attaque contre les serveurs.", 'fr'), ['Thierry Bréval']);
});

test('en, es: the same ranks', () => {
  assert.deepEqual(people('The attack was coordinated, said General Tamsin Varga, head of the cyber command.', 'en'), ['Tamsin Varga']);
  assert.deepEqual(people('"El ataque fue coordinado", dijo el general Esteban Robledo.', 'es'), ['Esteban Robledo']);
});

test('fr: "général" as an adjective names no one', () => {
  assert.deepEqual(people("Le secrétaire général de l'ONU a condamné l'attaque.", 'fr'), []);
  assert.deepEqual(people("L'assemblée générale a condamné l'attaque.", 'fr'), []);
});
