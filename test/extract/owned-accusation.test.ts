/**
 * An accusation told as a noun, with no verb of accusing (claims/rules/owned-accusation.ts): the party that owns
 * it ("the accusations of X", "las acusaciones de X", "die Vorwürfe Xs", "обвинения X", "các cáo buộc của X")
 * accuses the party after the marker of whom it is made against ("against Y", "contra Y", "gegen Y", "в адрес Y",
 * "nhằm vào Y"), when the accusation is of a hostile cyber act. A noun with no owner, a quantified one, one about
 * another matter, a bare genitive with no marked accused, an owner that only premodifies the act, and an
 * accusation named by its denial give no such claim. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'en', body: 'The allegations of Chile against Bolivia over the intrusion into its ministries come as talks resume.', claimant: 'CL', target: 'BO' },
  { lang: 'es', body: 'Las acusaciones de Chile contra Bolivia por el ciberataque a sus ministerios llegan tras meses de tensión.', claimant: 'CL', target: 'BO' },
  { lang: 'fr', body: "Les accusations du Maroc contre l'Algérie concernant les cyberattaques interviennent après une série d'incidents.", claimant: 'MA', target: 'DZ' },
  { lang: 'de', body: 'Die Vorwürfe Polens gegen Belarus wegen der Hackerangriffe kommen nach Monaten der Spannungen.', claimant: 'PL', target: 'BY' },
  { lang: 'ru', body: 'Обвинения Литвы в адрес Белоруссии в кибератаках прозвучали после месяцев напряженности.', claimant: 'LT', target: 'BY' },
  { lang: 'vi', body: 'Các cáo buộc của Philippines nhằm vào Trung Quốc về các vụ tấn công mạng được đưa ra sau nhiều tháng căng thẳng.', claimant: 'PH', target: 'CN' },
];

for (const { lang, body, claimant, target } of POSITIVES) {
  test(`${lang}: the owner of an accusation noun accuses the party it is made against`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), `${body}\n${show(cs)}`);
  });
}

const accusing = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes');

const NO_OWNER: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The accusations against Bolivia over the cyberattack are not new.' },
  { lang: 'es', body: 'Las acusaciones contra Bolivia por el ciberataque no son nuevas.' },
  { lang: 'de', body: 'Die Vorwürfe gegen Belarus wegen der Hackerangriffe sind nicht neu.' },
];
for (const { lang, body } of NO_OWNER) {
  test(`${lang}: an accusation noun with no owner has no claimant`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accusing(cs), [], `${body}\n${show(cs)}`);
  });
}

const NEAR_MISSES: Array<{ lang: string; body: string; owner: string; why: string }> = [
  { lang: 'en', body: 'Any allegations by Chile against Bolivia over the cyberattack would be premature.', owner: 'CL', why: 'a quantified accusation is not made' },
  { lang: 'es', body: 'Cualquier acusación de Chile contra Bolivia por el ciberataque sería prematura.', owner: 'CL', why: 'a quantified accusation is not made' },
  { lang: 'en', body: 'The allegations of Chile against Bolivia over the border crossings intensified.', owner: 'CL', why: 'an accusation of no cyber act' },
  { lang: 'de', body: 'Die Vorwürfe Polens gegen Belarus wegen der Grenzübertritte nahmen zu.', owner: 'PL', why: 'an accusation of no cyber act' },
  { lang: 'ru', body: 'Обвинения Белоруссии в кибератаках на литовские банки звучат не впервые.', owner: 'BY', why: 'a bare genitive with no marked accused may be the accused' },
  { lang: 'en', body: 'The allegations of Chinese hacking of the ministry come after weeks of tension.', owner: 'CN', why: 'a state premodifying the act owns nothing' },
  { lang: 'fr', body: "La Bolivie a rejeté les accusations du Chili contre elle au sujet du piratage de ses serveurs.", owner: 'CL', why: 'an accusation named by its denial is retold' },
];
for (const { lang, body, owner, why } of NEAR_MISSES) {
  test(`${lang}: ${why}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!accusing(cs).some((c) => c.claimant === owner), `${body}\n${show(cs)}`);
  });
}

test('fr: the denial stays the clause\'s claim', () => {
  const body = "La Bolivie a rejeté les accusations du Chili contre elle au sujet du piratage de ses serveurs.";
  const cs = claimsOf(body, 'fr');
  assert.ok(cs.some((c) => c.claimant === 'BO' && c.stance === 'denies'), `${body}\n${show(cs)}`);
});
