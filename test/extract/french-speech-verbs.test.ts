/**
 * French speech verbs of the press that the profile lacked: "a confié", "a raconté", "a martelé", "a glissé",
 * "a résumé", "a observé", "a noté" and the present "confie", "raconte", "martèle". After a quotation they name
 * the speaker who follows them ("« ... », a confié X à l'AFP"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (body: string) => extract(`Titre\n${body}\nSource: https://example.org/x`, { lang: 'fr' }).people.map((p) => p.name);

for (const verb of ['a confié', 'a raconté', 'a martelé', 'a glissé', 'a résumé', 'confie', 'raconte', 'martèle']) {
  test(`fr: « ... », ${verb} X`, () => {
    assert.deepEqual(names(`« Nous n'avons jamais vu une attaque de cette ampleur », ${verb} Élodie Marchetti à l'AFP.`), ['Élodie Marchetti']);
  });
}

test('fr: X a confié que ...', () => {
  assert.deepEqual(names("Élodie Marchetti a confié que le réseau avait été coupé pendant six heures."), ['Élodie Marchetti']);
});

test('fr: a common noun after the verb names no one', () => {
  assert.deepEqual(names("« La situation est maîtrisée », a confié un responsable à l'AFP."), []);
});
