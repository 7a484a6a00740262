/**
 * A state adjective or possessor right before an acronym the knowledge base does not know ("Иранский CERT", "the
 * Lithuanian NKSC"): the acronym is that state's body, no claimant of its own. A security vendor's acronym
 * after a state ("la société slovaque ESET") keeps no state. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, state] of [
  ['ru', 'Литовский NKSC призвал учреждения срочно обновить почтовые серверы.', 'LT'],
  ['ru', 'Иранский CERT призвал операторов проверить свои сети на заражение.', 'IR'],
  ['en', 'The Lithuanian NKSC urged institutions to patch their mail servers at once.', 'LT'],
] as const) {
  test(`${lang}: a state before an unknown acronym owns it: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(cs.some((c) => c.claimant === state && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => /^(?:NKSC|CERT)$/u.test(c.claimant)), show(cs));
  });
}

test('fr: a vendor after a state keeps its own name (negative)', () => {
  const cs = claimsOf("La société slovaque ESET a attribué la campagne à la Russie.", 'fr', { title: 'Cyberattaque' });
  assert.ok(!cs.some((c) => c.claimant === 'SK'), show(cs));
});
