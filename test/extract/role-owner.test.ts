/**
 * A role phrase that names the body its role is held at, by a possessive ("X, Velmora Security's head of threat
 * research", "Velmora Security's chief security officer, X") or after a marker ("Leiter ... bei Y", "giám đốc ... của
 * Y"), makes the person speak for that body: a state the sentence names elsewhere (the government the company
 * followed, the state of the hackers) gave the claim before, or a unit word before the body ("Abteilung") did. A state
 * official keeps the state: an office of state or an organ in the phrase is no company's (negatives). Sentences
 * invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const warns = (cs: ClaimCandidate[], claimant: string, target: string): boolean => cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target);

test('en: "X, Y\'s head of research" speaks for Y, not the state its sentence names', () => {
  const cs = claimsOf("Mara Lindqvist, Velmora Security's head of threat research, said the company had followed the advice of the U.S. government. She warned that Chinese hackers could still be inside.", 'en');
  assert.ok(warns(cs, 'Velmora Security', 'CN'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});

test('en: "Y\'s chief security officer, X" speaks for Y', () => {
  const cs = claimsOf("Velmora Security's chief security officer, Mara Lindqvist, said the company had warned the U.S. government that Chinese hackers were behind the attack.", 'en');
  assert.ok(attributes(cs, 'Velmora Security', 'CN'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});

test('de: "X, Leiter der Abteilung ... bei Y" speaks for Y, not for the unit', () => {
  const cs = claimsOf('„Solche Fehler sind wertvoll“, sagte Tim Vahrenholt, Leiter der Abteilung Threat Research bei Quorvex Labs. Vahrenholt warnte, Nordkorea weite seine Spionage gegen Südkorea aus.', 'de');
  assert.ok(warns(cs, 'Quorvex Labs', 'KP'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Abteilung'), show(cs));
});

for (const body of [
  'Ông Trần Văn Minh, giám đốc kỹ thuật của Quorvex Labs, cho biết tin tặc Trung Quốc đứng sau vụ tấn công nhằm vào các cơ quan chính phủ Mỹ.',
  'Ông Trần Văn Minh, giám đốc kỹ thuật của công ty Quorvex Labs, cho biết tin tặc Trung Quốc đứng sau vụ tấn công nhằm vào các cơ quan chính phủ Mỹ.',
]) {
  test(`vi: "X, giám đốc của Y" speaks for Y: ${body.slice(24, 60)}`, () => {
    const cs = claimsOf(body, 'vi');
    assert.ok(attributes(cs, 'Quorvex Labs', 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
  });
}

const OFFICIALS: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  // a state's possessive before an office: the state's official
  { lang: 'en', body: "Estonia's foreign minister, Lukas Orbendt, said Russia was behind the attack.", claimant: 'EE', target: 'RU' },
  // an office of state with the state after "của"
  { lang: 'vi', body: 'Ông Trần Văn Minh, Thứ trưởng Bộ Công an của Việt Nam, cho biết tin tặc Trung Quốc đứng sau vụ tấn công.', claimant: 'VN', target: 'CN' },
  // an organ after "beim": the organ's state
  { lang: 'de', body: 'Tim Vahrenholt, Leiter der Abteilung Cyberabwehr beim Bundesamt für Verfassungsschutz, sagte, Russland stecke hinter dem Angriff auf Deutschland.', claimant: 'DE', target: 'RU' },
];

for (const { lang, body, claimant, target } of OFFICIALS) {
  test(`${lang}: a state official keeps the state: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}
