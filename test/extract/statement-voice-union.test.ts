/**
 * A statement published by a union of states that claims under a state's two-letter code (the EU) tells its positions
 * as plain acts, as a state body's statement does (impersonal-voice.ts): "Ces intrusions ont été menées par X",
 * "X hackers broke into ...". Negative: the same sentence in a news report. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, title, body, target] of [
  ['fr', "Communiqué de l'Union européenne sur des intrusions visant des parlements", 'Ces intrusions contre les réseaux de plusieurs parlements nationaux ont été menées par des pirates nord-coréens.', 'KP'],
  ['de', 'Pressemitteilung der EU zu Eindringversuchen in Parlamentsnetze', 'Iranische Hacker drangen im Frühjahr in die Netze mehrerer nationaler Parlamente ein.', 'IR'],
  ['en', 'Statement by the EU on intrusions into parliaments', 'The intrusions into several national parliaments were carried out by North Korean hackers.', 'KP'],
] as const) {
  test(`${lang}: a union's statement attributes the act it tells plainly: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'EU', target), show(cs));
  });
}

test('en: the same sentence in a news report gives nothing (negative)', () => {
  const cs = claimsOf('The intrusions into several national parliaments were carried out by North Korean hackers.', 'en', { title: 'Hackers hit national parliaments' });
  assert.ok(!cs.some((c) => c.target === 'KP'), show(cs));
});
