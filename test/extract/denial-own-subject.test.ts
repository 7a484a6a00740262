/**
 * A denial told in a clause of its own after an accusation, with its own subject: "..., ce que la
 * Russie dément", "..., lo que el Kremlin niega" (an article between the clause opener and the
 * subject), "...，俄方否认" (a full-width comma and the subject, no opener). The subject denies; the
 * accuser neither denies nor loses its accusation. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, body: string, accuser: string, accused: string]> = [
  ['fr', 'Washington accuse également Moscou d’avoir piraté ses listes électorales, ce que la Russie dément.', 'US', 'RU'],
  ['fr', 'Varsovie accuse Minsk de l’attaque, ce que la Biélorussie rejette.', 'PL', 'BY'],
  ['es', 'Washington acusa a Moscú de injerencia en las elecciones, lo que el Kremlin niega.', 'US', 'RU'],
  ['en', 'Warsaw accuses Minsk of the attack, which the Belarusian government denies.', 'PL', 'BY'],
  ['zh', '华盛顿指责莫斯科干预选举，俄方否认。', 'US', 'RU'],
  ['zh', '美国指责中国黑客发动攻击，中方坚决反对。', 'US', 'CN'],
];

for (const [lang, body, accuser, accused] of CASES) {
  test(`${lang}: the subject of the denial clause denies, the accuser still accuses`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'denies' && c.claimant === accused), show(cs));
    // Negative: the accuser does not deny.
    assert.ok(!cs.some((c) => c.stance === 'denies' && c.claimant === accuser), show(cs));
    assert.ok(cs.some((c) => (c.stance === 'accuses' || c.stance === 'attributes') && c.claimant === accuser && c.target === accused), show(cs));
  });
}

test('zh: a denial after a comma that follows a speech verb is still the speaker’s state', () => {
  const cs = claimsOf('外交部发言人林剑表示，中方坚决反对美方的无端指控。', 'zh');
  assert.deepEqual(cs.filter((c) => c.stance === 'denies').map((c) => c.claimant), ['CN'], show(cs));
});
