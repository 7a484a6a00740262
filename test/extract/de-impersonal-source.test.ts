/**
 * German impersonal reporting with its source after the verb ("Weiter heißt es in dem Bericht des X, ...",
 * "..., hieß es in einer Mitteilung des X"): the body named in the document speaks, and a sentence adverb fronted
 * before the verb ("Weiter", "Wörtlich", "Darin") is no organisation that speaks. Negative: with no body named in
 * the document, no one is made the claimant. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'attributes' && !c.target);

const SPOKEN: string[] = [
  'Wörtlich heißt es in dem Papier des lettischen Geheimdienstes, die Störungen am Steuerportal deuteten auf einen staatlichen Akteur hin.',
  'Weiter hieß es in einer Mitteilung des lettischen Außenministeriums, ein fremder Staat stecke hinter dem Angriff auf das Steuerportal.',
];

for (const body of SPOKEN) {
  test(`de: the body named after "heißt es in" speaks: ${body}`, () => {
    const cs = claimsOf(body, 'de');
    assert.ok(unnamed(cs, 'LV'), show(cs));
    assert.ok(!cs.some((c) => /^(?:Wörtlich|Weiter)$/u.test(c.claimant)), show(cs));
  });
}

test('de: a fronted adverb before "heißt es" is no claimant when the document names no body', () => {
  const cs = claimsOf('Weiter heißt es in dem Papier, der Angriff auf das Steuerportal sei von Lettland aus gesteuert worden.', 'de');
  assert.ok(!cs.some((c) => /^(?:Wörtlich|Weiter)$/u.test(c.claimant)), show(cs));
});
