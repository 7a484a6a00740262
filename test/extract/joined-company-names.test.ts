/**
 * Two company names joined by "and" in one capitalised run ("Velmora Labs and Brightwater Security concluded ...")
 * are two organisations, and each makes the claim of the subject list, as a list joined by the profile's
 * coordinator already does in fr, de, es, ru and vi (kept here as guards). Each side is a name of two or more words
 * closed by a word companies are named with. Negatives: one body's name holding "and" or "&" ("Bureau of
 * Standards and Trade", "Harlow & Harlow", "Cybersecurity and Grid Security Agency") stays one name; a list of
 * victims as object claims nothing. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Velmora Labs and Brightwater Security concluded that the intrusion set was run by Russia.'],
  ['en', 'Velmora Labs and Brightwater Security said Russia was behind the attack on the port operator.'],
  ['fr', 'Velmora Labs et Brightwater Security affirment que la Russie est derrière cette campagne.'],
  ['de', 'Velmora Labs und Brightwater Security erklärten, Russland stecke hinter der Kampagne.'],
  ['es', 'Velmora Labs y Brightwater Security afirmaron que Rusia está detrás de la campaña.'],
  ['ru', 'Velmora Labs и Brightwater Security заявили, что за кампанией стоит Россия.'],
  ['vi', 'Velmora Labs và Brightwater Security cho rằng Nga đứng sau chiến dịch này.'],
] as const) {
  test(`${lang}: two company names joined by "and" both claim: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Report on an intrusion campaign' });
    const says = (who: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU');
    assert.ok(says('Velmora Labs'), show(cs));
    assert.ok(says('Brightwater Security'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Velmora Labs and Brightwater Security'), show(cs));
  });
}

for (const [name, body] of [
  ['Bureau of Standards and Trade Security', 'The Bureau of Standards and Trade Security said Russia was behind the attack on the port operator.'],
  ['Harlow & Harlow Group', 'Harlow & Harlow Group said Russia was behind the attack on the port operator.'],
  ['Cybersecurity and Grid Security Agency', 'The Cybersecurity and Grid Security Agency said Russia was behind the attack on the port operator.'],
] as const) {
  test(`en: one name holding "and" or "&" stays one claimant (negative): ${name}`, () => {
    const cs = claimsOf(body, 'en', { title: 'Report on an intrusion campaign' });
    assert.ok(attributes(cs, name, 'RU'), show(cs));
  });
}

test('en: a list of victims as object claims nothing (negative)', () => {
  const cs = claimsOf('Norway said hackers working for Russia breached Velmora Labs and Brightwater Security last month.', 'en', { title: 'Report on an intrusion campaign' });
  assert.ok(!cs.some((c) => c.claimant === 'Velmora Labs' || c.claimant === 'Brightwater Security'), show(cs));
});
