/**
 * A German appeal in verb-final order ("hat X aufgefordert, … zu …", "nachdem Berlin X aufgefordert hatte") has its
 * addressee before it: the caller is the clause's first party, the one called on is the call's target.
 * Negative cases: the separable verb keeps its order ("forderte X auf"), the party after it called on; so does an
 * appeal verb before its addressee in the other languages ("has urged X to", "a exhorté X à", "ha instado a X a").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string | undefined) =>
  cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && c.target === target);

test('de: the addressee before a verb-final appeal does not make the call, it is called on', () => {
  for (const [s, addressee] of [
    ['Die Bundesregierung hat Microsoft aufgefordert, die Angriffe auf Rumänien zu untersuchen.', 'Microsoft'],
    ['Die Bundesregierung hat die russische Regierung aufgefordert, die Angriffe einzustellen.', 'RU'],
    ['Die Ermittlungen begannen, nachdem die Bundesregierung Microsoft aufgefordert hatte, die Angriffe zu untersuchen.', 'Microsoft'],
  ] as const) {
    const cs = claimsOf(s, 'de');
    assert.ok(calls(cs, 'DE', addressee), show(cs));
    assert.ok(!cs.some((c) => c.claimant === addressee), show(cs));
  }
});

test('de: the separable appeal verb keeps the party after it as addressee (negative)', () => {
  const cs = claimsOf('Die Bundesregierung forderte Microsoft auf, die Angriffe auf ihre Netze zu untersuchen.', 'de');
  assert.ok(cs.some((c) => c.claimant === 'DE' && c.stance === 'calls-for'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Microsoft'), show(cs));
});

const PERFECT_BEFORE_ADDRESSEE: Array<[string, string]> = [
  ['en', 'The German government has urged Microsoft to investigate the attacks on Romania.'],
  ['fr', "Le gouvernement allemand a exhorté Microsoft à enquêter sur les attaques contre la Roumanie."],
  ['es', 'El Gobierno alemán ha instado a Microsoft a investigar los ataques contra Rumanía.'],
  ['ru', 'Правительство Германии призвало Microsoft расследовать атаки на Румынию.'],
];

for (const [lang, s] of PERFECT_BEFORE_ADDRESSEE) {
  test(`${lang}: an appeal verb before its addressee keeps the caller (negative)`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(cs.some((c) => c.claimant === 'DE' && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Microsoft' || c.claimant === 'RO'), show(cs));
  });
}
