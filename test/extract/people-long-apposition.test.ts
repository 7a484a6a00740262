/**
 * An apposition between a name and its verb is measured in word tokens, not characters: a role phrase
 * with a relative clause ("X, a senator of the Unity Party who chairs the upper house's defence
 * panel, says ...") still leaves the name the verb's subject. Negative: an apposition longer than
 * that reach, or a clause break inside it, does not. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

test('en, fr, es: a long apposition with a relative clause keeps the subject', () => {
  assert.deepEqual(people("Dolores Whitfield, a Unity Party senator who chairs the upper house's defence panel and its budget office, says intruders copied the payroll files.", 'en'), ['Dolores Whitfield']);
  assert.deepEqual(people("Paul Vermeer, sénateur du parti centriste qui préside la commission des finances du Sénat, affirme que des intrus ont copié les fichiers de paie.", 'fr'), ['Paul Vermeer']);
  assert.deepEqual(people('Ramiro Celis, senador del partido liberal que preside la comisión de presupuestos del Senado, afirma que los intrusos copiaron las nóminas.', 'es'), ['Ramiro Celis']);
});

test('en: an apposition beyond the reach, or broken by a sentence end, names no subject (negative)', () => {
  assert.deepEqual(people('Dolores Whitfield, whose office on the third floor of the old building near the river was searched twice by the police last spring and again in the autumn, says nothing.', 'en'), []);
  assert.deepEqual(people('They met Dolores Whitfield. The agency, which runs the network, says hackers broke in.', 'en'), []);
});
