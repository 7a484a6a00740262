/**
 * A state that closes the noun phrase a victim marker opens ("attacks against large banks of X",
 * "actividad contra bancos de X", "атаки против крупных банков X"), as the owner of the victims, is
 * on the victim side: neither an accusation's nor a reported act's target. The phrase ends at an
 * agent marker, a passive auxiliary, a relative pronoun or punctuation: a state named past it
 * ("... lanzados por piratas de Rusia") is still the one accused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

/** An accusation of a group: the owner of the victims is not accused, the group is. */
const ACCUSED_GROUP: Array<{ lang: string; text: string }> = [
  { lang: 'en', text: 'Microsoft accused APT28 of attacks against large banks of Chile.' },
  { lang: 'es', text: 'Microsoft acusó a APT28 de ataques contra grandes bancos de Chile.' },
  { lang: 'fr', text: "Microsoft a accusé APT28 d'attaques contre les grandes banques du Chili." },
  { lang: 'ru', text: 'Microsoft обвинила APT28 в атаках против крупных банков Чили.' },
];

for (const c of ACCUSED_GROUP) {
  test(`${c.lang}: the state owning the victims after "against" is not the accused (accusation)`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!attributes(cs, 'Microsoft', 'CL'), show(cs));
    assert.ok(attributes(cs, 'Microsoft', 'APT28'), show(cs));
  });
}

/** Reported speech about a hostile act: the act is pinned on the group (no state named for it), not on the victims' owner. */
const REPORTED: Array<{ lang: string; text: string }> = [
  { lang: 'es', text: 'Microsoft afirmó que había observado actividad contra bancos de Chile atacados antes por APT28.' },
  { lang: 'fr', text: 'Microsoft a indiqué avoir observé une activité contre des entreprises énergétiques de Pologne déjà visées par Sandworm.' },
  { lang: 'ru', text: 'В Microsoft сообщили, что наблюдали активность против энергетических компаний Польши, ранее атакованных Sandworm.' },
];

for (const c of REPORTED) {
  test(`${c.lang}: a reported act is not pinned on the state owning its victims`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'Microsoft' && (x.target === 'CL' || x.target === 'PL')), show(cs));
    // No state named for the group: the group itself is the accused (the labelling convention).
    assert.ok(cs.some((x) => x.claimant === 'Microsoft' && (x.stance === 'attributes' || x.stance === 'accuses') && !!x.target && x.about.includes(x.target)), show(cs));
  });
}

/** Negative: a state named after the phrase has ended (an agent marker, a relative clause) stays the accused. */
const PAST_THE_PHRASE: Array<{ lang: string; text: string }> = [
  { lang: 'es', text: 'La empresa ESET afirmó que detectó ataques contra centrales eléctricas de Polonia lanzados por piratas de Rusia.' },
  { lang: 'en', text: 'ESET said it had seen attacks against power plants of Poland that were carried out by hackers working for Russia.' },
  { lang: 'fr', text: 'ESET a indiqué avoir détecté des attaques contre des centrales électriques de Pologne menées par des pirates russes.' },
];

for (const c of PAST_THE_PHRASE) {
  test(`${c.lang}: a state past the victim's phrase is still accused`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(attributes(cs, 'ESET', 'RU'), show(cs));
    assert.ok(!attributes(cs, 'ESET', 'PL'), show(cs));
  });
}
