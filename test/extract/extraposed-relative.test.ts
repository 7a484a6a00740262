/**
 * A relative clause extraposed after a clause-final stance verb (the German perfect: "X hat vor Hackern gewarnt, die
 * ... angreifen", "..., die auf ... zielt", "..., die sich gegen ... richtet") belongs to the object before the verb:
 * the verb still closes its own clause, so the party nearest before it is its object and the clause's first party
 * the warner. The same sentences with the verb first (en, fr, ru) read the same. Negatives: a reported clause after
 * the comma opened by an article ("gewarnt, die russische Gruppe ... greife ... an"), and the parties of the relative
 * clause, which warn nobody and are warned by nobody. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const warns = (cs: ClaimCandidate[], who: string, target: string) => cs.some((c) => c.claimant === who && c.stance === 'warns' && c.target === target);

for (const [body, who, target] of [
  ['Das BSI hat vor chinesischen Hackern gewarnt, die Behörden in Europa angreifen.', 'DE', 'CN'],
  ['Das BSI hat vor einer Kampagne chinesischer Hacker gewarnt, die auf deutsche Behörden zielt.', 'DE', 'CN'],
  ['Die Bundesregierung hatte im Frühjahr vor russischen Gruppen gewarnt, die sich gegen Stromnetze in Polen richten.', 'DE', 'RU'],
  ['Das NCSC hat vor iranischen Angreifern gewarnt, die britische Hochschulen ins Visier nehmen.', 'GB', 'IR'],
  ['Frankreich hat vor nordkoreanischen Hackern gewarnt, die Banken in Japan angreifen.', 'FR', 'KP'],
] as const) {
  test(`de: a relative clause after the participle belongs to the object before it: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, 'de');
    assert.ok(warns(cs, who, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === target), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The BSI warned of Chinese hackers who attack government agencies in Europe.'],
  ['fr', 'Le BSI a mis en garde contre des pirates chinois qui attaquent des administrations en Europe.'],
  ['ru', 'BSI предупредило о китайских хакерах, которые атакуют государственные органы в Европе.'],
] as const) {
  test(`${lang}: with the verb before its object the relative clause reads the same: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(warns(cs, 'DE', 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CN'), show(cs));
  });
}

test('de: a reported clause after the comma, opened by an article, is what is warned of (negative)', () => {
  const cs = claimsOf('Das BSI hat gewarnt, die russische Gruppe APT28 greife Behörden in Polen an.', 'de');
  assert.ok(warns(cs, 'DE', 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'RU' || c.claimant === 'PL'), show(cs));
});

test('de: the parties of the extraposed clause neither warn nor are warned (negative)', () => {
  const cs = claimsOf('Das BSI hat vor Hackern gewarnt, die im Auftrag Russlands Behörden in Polen angreifen.', 'de');
  assert.ok(!cs.some((c) => c.claimant === 'RU' || c.claimant === 'PL' || c.target === 'PL'), show(cs));
});
