/**
 * The author of a parliamentary question, an answer or a letter in its heading ("Question de M. X
 * (Parti) au ministre", "Réponse du ministre ..., X", "Kleine Anfrage des Abgeordneten X", "Pregunta
 * del diputado X", "Written question by X", "Letter from X"): the one who asks, answers or writes acts.
 * A title's dot ("M.") closes no clause between the noun and the name. (A bare name with no title or
 * role there is not yet found as a person at all.) Negative: a person the question
 * is only about does not act. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Bulletin des questions\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

for (const [lang, body, who] of [
  ['fr', 'Question de M. Paul Marchand (Verts) à la ministre du Numérique\n\nMadame la ministre, des pirates ont visé les communes.', 'Paul Marchand'],
  ['fr', 'Question écrite de Mme Claire Vautrin au ministre de l\'Intérieur\n\nLe groupe a visé des parlementaires.', 'Claire Vautrin'],
  ['fr', 'Réponse de la ministre du Numérique, Paul Vermeer\n\nLes communes ont été prévenues.', 'Paul Vermeer'],
  ['de', 'Kleine Anfrage des Abgeordneten Jörg Brenner (CDU)\n\nDie Bundesregierung wird gefragt.', 'Jörg Brenner'],
  ['es', 'Pregunta del diputado Ramiro Celis al Gobierno sobre el ciberataque\n\nEl grupo atacó al Congreso.', 'Ramiro Celis'],
  ['en', 'Written question by Senator Dolores Whitfield to the Home Secretary\n\nThe group targeted members of parliament.', 'Dolores Whitfield'],
] as const) {
  test(`${lang}: the author of a question, an answer or a letter acts: ${body.slice(0, 50)}`, () => {
    assert.ok(people(body, lang).includes(who), JSON.stringify(people(body, lang)));
  });
}

test('fr, en: a person the question is only about does not act (negative)', () => {
  assert.ok(!people('Question sur le piratage du téléphone de M. Paul Marchand\n\nLe groupe a visé des parlementaires.', 'fr').includes('Paul Marchand'));
  assert.ok(!people('A question about the hacked phone of Dolores Whitfield\n\nThe group targeted members of parliament.', 'en').includes('Dolores Whitfield'));
});
