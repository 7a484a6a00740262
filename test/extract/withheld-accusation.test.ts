/**
 * An accusation withheld is none: a verb of abstaining governs the cue ("stopped short of blaming",
 * "refrained from accusing", "declined to blame", "without blaming", "sans accuser", "ohne ...
 * verantwortlich zu machen", "воздержалась от обвинений"), or a plain negation does; and the act the
 * clause reports is then not pinned on the state it declines to accuse ("reported the attacks but did
 * not blame Russia"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WITHHELD: Array<[string, string]> = [
  ['en', 'Lithuania stopped short of blaming Russia for the attacks.'],
  ['en', 'Lithuania refrained from blaming Russia for the attacks.'],
  ['en', 'Lithuania declined to blame Russia for the attacks.'],
  ['en', 'Lithuania reported the attacks without blaming Russia.'],
  ['en', 'Lithuania reported the attacks but did not blame Russia.'],
  ['fr', 'La Lituanie a signalé les attaques sans accuser la Russie.'],
  ['de', 'Litauen meldete die Angriffe, ohne Russland dafür verantwortlich zu machen.'],
  ['es', 'Lituania informó de los ataques, pero no acusó a Rusia.'],
  ['ru', 'Литва воздержалась от обвинений в адрес России.'],
  ['ru', 'Литва сообщила об атаках, но не обвинила Россию.'],
];
for (const [lang, body] of WITHHELD) {
  test(`${lang}: an accusation withheld attributes nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'RU'), show(cs));
  });
}

test('en, fr: an accusation made, with "without" after it, is still made', () => {
  const en = claimsOf('Lithuania blamed Russia for the attacks without giving details.', 'en');
  assert.ok(en.some((c) => c.claimant === 'LT' && c.target === 'RU'), show(en));
  const fr = claimsOf('La Lituanie a accusé la Russie de ces attaques, sans donner de détails.', 'fr');
  assert.ok(fr.some((c) => c.claimant === 'LT' && c.target === 'RU'), show(fr));
});
