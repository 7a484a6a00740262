/**
 * French narrates past statements in the imperfect ("Le journal affirmait alors que ...", "Les services estimaient
 * que ..."): the imperfect of a verb of saying is a verb of saying, its subject speaks, as with the present or the
 * passé composé. Negatives: a negated imperfect names no one, and an imperfect statement that accuses no one gives
 * no attribution. Sentences and names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show, attributes } from '../helpers/claim-sentences.ts';

for (const [body, claimant, target] of [
  ['Le Point a enquêté pendant des mois sur cette affaire. L\'hebdomadaire affirmait que des pirates russes étaient à l\'origine de l\'intrusion.', 'Le Point', 'RU'],
  ['En mars, Le Figaro assurait que des pirates chinois étaient à l\'origine de la fuite.', 'Le Figaro', 'CN'],
  ['À l\'époque, la société Velmora Security estimait que le groupe APT28, lié à la Russie, était responsable de l\'attaque.', 'Velmora Security', 'RU'],
  ['Les autorités françaises indiquaient alors que la Russie était à l\'origine de l\'opération.', 'FR', 'RU'],
] as const) {
  test(`fr: an imperfect verb of saying speaks: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'fr', { title: 'Piratage' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  'Le Figaro ne précisait pas qui était à l\'origine de la fuite.',
  'En mars, Le Figaro affirmait que les serveurs du ministère avaient été réparés.',
] as const) {
  test(`fr: an imperfect that names no culprit attributes nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'fr', { title: 'Piratage' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
