/**
 * An accused state that promises a response without naming anyone ("promised an inevitable
 * response", "kündigte Vergeltung an", "пообещала ответ") warns the state that accused it, not a
 * state that only joined that accusation afterwards ("shared the assessment", "schloss sich der
 * Einschätzung an"). A state named in the warning, or a state that accuses on its own, is still the
 * one warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warned = (cs: ReturnType<typeof claimsOf>, target: string) => cs.some((c) => c.claimant === 'RU' && c.stance === 'warns' && c.target === target);

const JOINED: Array<{ lang: string; text: string }> = [
  { lang: 'fr', text: "Le Canada a accusé la Russie d'avoir piraté les serveurs de son ministère des Affaires étrangères. L'Australie a indiqué partager l'évaluation canadienne. Moscou a promis une riposte inévitable." },
  { lang: 'de', text: 'Kanada hat Russland vorgeworfen, die Server seines Außenministeriums gehackt zu haben. Australien schloss sich der Einschätzung an. Moskau kündigte eine unvermeidliche Vergeltung an.' },
  { lang: 'ru', text: 'Канада обвинила Россию во взломе серверов своего министерства иностранных дел. Австралия поддержала оценку Канады. Москва пообещала неизбежный ответ.' },
];

for (const c of JOINED) {
  test(`${c.lang}: the accused warns its accuser, not a state that joined the accusation`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(warned(cs, 'CA'), show(cs));
    assert.ok(!warned(cs, 'AU'), show(cs));
  });
}

/** Negative: a state the warning names, or one that accuses in its own words, stays the one warned. */
const OWN: Array<{ lang: string; text: string }> = [
  { lang: 'fr', text: "Le Canada a accusé la Russie d'avoir piraté les serveurs de son ministère des Affaires étrangères. L'Australie a indiqué partager l'évaluation canadienne. Moscou a promis une riposte inévitable contre l'Australie." },
  { lang: 'de', text: 'Kanada hat Russland vorgeworfen, die Server seines Außenministeriums gehackt zu haben. Australien hat Russland ebenfalls vorgeworfen, Netze seiner Regierung gehackt zu haben. Moskau kündigte eine unvermeidliche Vergeltung an.' },
];

for (const c of OWN) {
  test(`${c.lang}: a state named in the warning or accusing on its own is warned`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(warned(cs, 'AU'), show(cs));
  });
}
