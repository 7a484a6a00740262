/**
 * A relative clause set off by commas between a subject and its denial ("Iran, which Canberra blames for ...,
 * denied the charge", "l'Iran, que Canberra accuse ..., rejette ces accusations", "Иран, который Канберра
 * обвиняет ..., отверг обвинения", "Iran, dem Canberra ... zuschreibt, wies ... zurück"): the party named inside the
 * clause describes the antecedent; the antecedent denies. Negative: a party that opens a clause of its own after
 * the comma ("..., which Tehran denied", "..., ce que Téhéran dément") still denies. Sentences written for this test; the states are real, the events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const denies = (cs: ReturnType<typeof claimsOf>, who: string): boolean => cs.some((c) => c.claimant === who && c.stance === 'denies');

const CASES: Array<[lang: string, body: string]> = [
  ['en', 'Iran, which Canberra blames for the MuddyWater intrusions, denied the charge.'],
  ['en', 'Iran, which Canberra blames for the MuddyWater intrusions, has always denied any role.'],
  ['fr', "L'Iran, que Canberra accuse des intrusions de MuddyWater, rejette ces accusations."],
  ['ru', 'Иран, которому Канберра приписывает вторжения MuddyWater, отверг эти обвинения.'],
  ['de', 'Iran, dem Canberra die Angriffe von MuddyWater zuschreibt, wies die Vorwürfe zurück.'],
];

for (const [lang, body] of CASES) {
  test(`${lang}: the antecedent of a relative clause before the denial denies`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(denies(cs, 'IR'), `${body}\n${show(cs)}`);
    // The accuser named inside the clause does not deny.
    assert.ok(!denies(cs, 'AU'), `${body}\n${show(cs)}`);
  });
}

test('en, fr, ru: a subject of its own after the comma still denies', () => {
  for (const [lang, body] of [
    ['en', 'Canberra blamed Iran for the MuddyWater intrusions, which Tehran denied.'],
    ['fr', "Canberra accuse l'Iran des intrusions de MuddyWater, ce que Téhéran dément."],
    ['ru', 'Канберра обвинила Иран во вторжениях MuddyWater, что Тегеран отрицает.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(denies(cs, 'IR'), `${body}\n${show(cs)}`);
    assert.ok(!denies(cs, 'AU'), `${body}\n${show(cs)}`);
  }
});
