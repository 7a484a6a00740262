/**
 * A confirmation in the passive with its agent ("an incident confirmed by X", "confirmado por", "confirmée par",
 * "bestätigt von", "подтверждена X", "được xác nhận bởi"): the agent confirms the hit, and it does not become
 * the speaker of what follows. A hostile act in the passive with its agent ("hacked by") is no confirmation by
 * the agent. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const PASSIVE: Array<[string, string]> = [
  ['en', "In an incident confirmed by the Lithuanian ministry, hackers defaced the ministry's website."],
  ['es', 'En un incidente confirmado por las autoridades lituanas, unos hackers desfiguraron la web del ministerio.'],
  ['fr', 'Une cyberattaque confirmée par le ministère lituanien a paralysé son site.'],
  ['de', 'Bei einem Angriff, bestätigt von der litauischen Regierung, veränderten Hacker die Webseite des Ministeriums.'],
  ['ru', 'Атака на сайт министерства была подтверждена Министерством обороны Литвы.'],
  ['vi', 'Vụ tấn công vào trang web của bộ đã được xác nhận bởi Bộ Quốc phòng Litva.'],
];
for (const [lang, body] of PASSIVE) {
  test(`${lang}: the agent of a passive confirmation confirms the hit`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'LT' && c.stance === 'confirms' && c.target === 'LT'), show(cs));
  });
}

test('en, es: the agent of a hostile act in the passive confirms nothing', () => {
  for (const [lang, body] of [['en', "The ministry's network was hacked by Russian hackers."], ['es', 'El sitio fue atacado por hackers rusos.']] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms' && c.claimant === 'RU'), `${lang}: ${show(cs)}`);
  }
});

test('en: the agent of a passive confirmation is not the speaker of the next sentence', () => {
  const cs = claimsOf('In an incident confirmed by the Lithuanian ministry, hackers took over a pumping station. "You have been hacked, down with Poland," its screen read.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'LT' && c.stance === 'confirms'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'LT' && c.stance !== 'confirms'), show(cs));
});
