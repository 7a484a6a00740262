/**
 * A short bracket between a name and its speech verb (a party, a constituency, an acronym: "X
 * (D-Ohio) said", "X (CDU) sagte", "X (LR) a déclaré") leaves the name its verb's subject. A verb of
 * reacting stands before its subject as a speech verb does ('« ... », a réagi X', '"...", replicó X').
 * A bracket with no speech verb after it makes no speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en, de, fr: a bracket after the name, then the speech verb', () => {
  assert.deepEqual(people('Sen. Dolores Whitfield (D-Ohio) said the breach was unacceptable.', 'en'), ['Dolores Whitfield']);
  assert.deepEqual(people('Henrik Vossberg (CDU) sagte, Russland stecke hinter dem Angriff.', 'de'), ['Henrik Vossberg']);
  assert.deepEqual(people('Claire Dubreuil (LR) a déclaré que la Russie était responsable.', 'fr'), ['Claire Dubreuil']);
});

test('fr, es: a verb of reacting before its subject', () => {
  assert.deepEqual(people("« C'est une attaque grave », a réagi Jean-Marc Lavigne sur les réseaux sociaux.", 'fr'), ['Jean-Marc Lavigne']);
  assert.deepEqual(people('"Fue un ataque grave", replicó Esteban Robledo.', 'es'), ['Esteban Robledo']);
});

test('en: a bracket with no speech verb after it makes no speaker', () => {
  assert.deepEqual(people('Dolores Whitfield (D-Ohio) chairs the committee that oversees the agency.', 'en'), []);
});
