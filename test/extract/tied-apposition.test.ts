/**
 * A vendor's post ties a threat group to a state in an apposition and tells its act, with no verb of saying:
 * "X, operating from Russia, has broken into ...", "X, qui opère depuis la Chine, a visé ...". The post's
 * publisher (a research source its byline names) attributes the act to that state, about the group.
 * Negatives: an apposition with no marker of a tie, one with no act after it, a news outlet's own
 * sentence, and a tie told after the act ("..., operating from hotels"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VENDOR = { title: 'Quarterly notes on espionage activity', header: 'Threat Research | Sekoia | 12 May 2025' };

for (const [lang, body, state, group] of [
  ['en', 'Volt Typhoon, operating from China, has broken into the mail servers of nine port operators.', 'CN', 'Volt Typhoon'],
  ['en', 'APT28, which operates out of Russia, targeted three regional parliaments over the summer.', 'RU', 'APT28'],
  ['en', 'APT33, a crew linked to the Iranian state, compromised two airlines in the spring.', 'IR', 'APT33'],
  ['fr', 'Volt Typhoon, qui opère depuis la Chine, a piraté les serveurs de messagerie de neuf ports.', 'CN', 'Volt Typhoon'],
  ['es', 'APT28, que opera desde Rusia, ha atacado a tres parlamentos regionales este verano.', 'RU', 'APT28'],
  ['ru', 'APT28, действующая из России, атаковала три региональных парламента этим летом.', 'RU', 'APT28'],
  ['vi', 'APT28, hoạt động từ Nga, đã tấn công ba quốc hội khu vực trong mùa hè.', 'RU', 'APT28'],
  ['de', 'APT28, die von Russland aus operiert, hat drei Regionalparlamente angegriffen.', 'RU', 'APT28'],
] as const) {
  test(`${lang}: a vendor ties the acting group to a state in an apposition: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(attributes(cs, 'Sekoia', state), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'Sekoia' && c.target === state && c.about.includes(group)), JSON.stringify(cs.map((c) => c.about)));
  });
}

for (const [lang, body] of [
  // No marker of a tie in the apposition.
  ['en', 'APT28, an old and patient crew, has broken into the mail servers of nine port operators.'],
  ['fr', 'APT28, un groupe ancien et patient, a piraté les serveurs de messagerie de neuf ports.'],
  // No act after the apposition.
  ['en', 'APT28, operating from Russia, is one of the oldest crews we follow.'],
  ['es', 'APT28, que opera desde Rusia, es uno de los grupos más antiguos que seguimos.'],
  // The place the act starts from, told after it, ties nobody to a state.
  ['en', 'APT28 broke into the mail servers of nine port operators, operating from rented servers.'],
] as const) {
  test(`${lang}: no attribution without a tie before the act (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(!cs.some((c) => c.claimant === 'Sekoia' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU'), show(cs));
  });
}

test('en: a news outlet\'s own sentence with the apposition is its reporting, no vendor speaks (negative)', () => {
  const cs = claimsOf('Volt Typhoon, operating from China, has broken into the mail servers of nine port operators.', 'en', { title: 'Hackers hit ports', header: 'By Dana Holt | World desk | 12 May 2025' });
  assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN'), show(cs));
});
