/**
 * Cyprus in the country forms: its adjective and case forms in each language ("die zyprische Regierung", "le
 * gouvernement chypriote", "el Gobierno chipriota", "кипрское правительство") name the state, so that a government
 * so named confirms its own hit and its possessive ("ihre Behörden") points at it, not at a speaker of the sentence
 * before. Negative: a neighbour's adjective stays that neighbour's. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Mail servers hit';

for (const [lang, body] of [
  ['de', 'Die zyprische Regierung bestätigte, dass ihre Stellen den Einbruch entdeckt hätten.'],
  ['fr', 'Le gouvernement chypriote a confirmé que ses serveurs avaient été piratés.'],
  ['es', 'El Gobierno chipriota confirmó que sus servidores habían sido atacados.'],
  ['ru', 'Кипрское правительство подтвердило, что его серверы были взломаны.'],
] as const) {
  test(`${lang}: the Cypriot government confirms its own hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === 'CY' && c.stance === 'confirms' && c.target === 'CY'), show(cs));
  });
}

test('de: an earlier speaker is not the owner of the Cypriot authorities', () => {
  const body = 'Ein US-Beamter und ein britischer Diplomat gehen davon aus, dass die Türkei hinter den Angriffen steckt. Die zyprische Regierung bestätigte, dass ihre Stellen den Einbruch entdeckt hätten.';
  const cs = claimsOf(body, 'de', { title });
  assert.ok(!cs.some((c) => c.claimant === 'US' && c.stance === 'confirms'), show(cs));
});

test('fr: a neighbour\'s adjective stays the neighbour\'s (negative)', () => {
  const cs = claimsOf('Le gouvernement grec a confirmé que ses serveurs avaient été piratés.', 'fr', { title });
  assert.ok(cs.some((c) => c.claimant === 'GR' && c.stance === 'confirms'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'CY'), show(cs));
});
