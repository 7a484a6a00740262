/**
 * A group noun is a description, never an organisation's name: "eine seit 2010 aktive Cyberspionage-Gruppierung,
 * die das BfV ... China zuordnet" has no organisation "Cyberspionage-Gruppierung" that echoes the attribution.
 * The group nouns are the profiles' apposition heads (lexicons/entity/group-schemes.ts). Sentences invented for
 * this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['de', 'Das BfV ordnet Velmora Bear Russland zu. Velmora Bear ist eine seit mindestens 2015 aktive Cyberspionage-Gruppierung, die ebenso wie zahlreiche Sicherheitsfirmen Ziele in Europa angreift.'],
  ['de', 'Das BfV ordnet Velmora Bear Russland zu. Velmora Bear ist eine Hackergruppe, die ebenso wie andere Gruppen Behörden angreift.'],
] as const) {
  test(`${lang}: a group noun makes no claim of its own: ${body.slice(40, 90)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => /gruppe|gruppierung/iu.test(c.claimant)), show(cs));
  });
}

test('de: a company named with a group word is still an organisation', () => {
  const cs = claimsOf('Die Telekom-Gruppe bestätigte, Opfer eines Cyberangriffs geworden zu sein.', 'de');
  assert.ok(cs.some((c) => c.stance === 'confirms' && /Telekom/u.test(c.claimant)), show(cs));
});
