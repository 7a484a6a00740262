/**
 * A trade association told by its state ("der US-Branchenverband X", "американская отраслевая ассоциация X", "the US
 * industry association X") is a company-like body: the state only tells where it sits (profile `companyNouns`,
 * parties.ts nationalityOfCompany), it neither speaks nor warns for the association. Negatives: a state body with its
 * state ("das US-Außenministerium", "Посольство США") still speaks for the state; an association with no state gives
 * no state. Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['de', 'Der US-Branchenverband Medisec hatte seine Mitglieder vor APT29 gewarnt.'],
  ['de', 'Der amerikanische Branchenverband Medisec warnte vor Angriffen von APT29.'],
  ['ru', 'Американская отраслевая ассоциация Medisec предупредила своих членов об угрозе со стороны APT29.'],
  ['en', 'The US industry association Medisec warned its members about APT29.'],
  ['fr', "L'association professionnelle américaine Medisec a mis en garde ses membres contre APT29."],
] as const) {
  test(`${lang}: the state of a trade association neither speaks nor is warned: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'US' || c.target === 'US'), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Das US-Außenministerium warnte vor Angriffen von APT29.'],
  ['ru', 'Посольство США предупредило об угрозе со стороны APT29.'],
  ['en', 'The US State Department warned about APT29.'],
] as const) {
  test(`${lang}: a state body with its state still warns for the state (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'US' && c.stance === 'warns'), show(cs));
  });
}

test('de: an association with no state gives no state claimant (negative)', () => {
  const cs = claimsOf('Der Bundesverband Medisec warnte vor Angriffen von APT29.', 'de');
  assert.ok(!cs.some((c) => c.claimant_kind === 'state'), show(cs));
});
