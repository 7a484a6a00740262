/**
 * Coordination with an organisation: a name the knowledge does not hold, joined by a coordinator to an organisation
 * the text names ("Tarvellin und Amnesty International erklärten"), shares that organisation's speech verb and its
 * kind: it speaks as an organisation, though its capital alone proves nothing at a sentence's start, in German or in
 * Vietnamese. A role word or an honorific before it keeps it a person's; no speech verb after the pair, no claim.
 * Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, target] of [
  ['de', 'Tarvellin und Amnesty International erklärten am Freitag, dass die moldauische Regierung drei Bürgerrechtler ausgespäht habe.', 'MD'],
  ['es', 'Tarvellin y Amnistía Internacional afirmaron el viernes que el gobierno moldavo espió a tres activistas con un programa espía.', 'MD'],
  ['vi', 'Tarvellin và Amnesty International cho biết chính phủ Moldova đã dùng phần mềm gián điệp theo dõi ba nhà hoạt động.', 'MD'],
  ['ru', 'Tarvellin и Google обвинили молдавское правительство в слежке за тремя активистами.', 'MD'],
] as const) {
  test(`${lang}: a name joined to a known organisation before its speech verb speaks too: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Tarvellin', target), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Herr Tarvellin und Amnesty International erklärten am Freitag, dass die moldauische Regierung drei Bürgerrechtler ausgespäht habe.'],
  ['de', 'Forscher und Amnesty International erklärten am Freitag, dass die moldauische Regierung drei Bürgerrechtler ausgespäht habe.'],
  ['es', 'El ministro Tarvellin y Amnistía Internacional afirmaron el viernes que el gobierno moldavo espió a tres activistas con un programa espía.'],
] as const) {
  test(`${lang}: a person's or a common noun's phrase joined to an organisation is no organisation: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Tarvellin' || c.claimant === 'Forscher'), show(cs));
  });
}

for (const [lang, body] of [
  ['es', 'Tarvellin y Amnistía Internacional viajaron el martes a Chisináu para reunirse con activistas moldavos.'],
  ['vi', 'Tarvellin và Amnesty International đã tới Chisinau hôm thứ Ba để gặp các nhà hoạt động Moldova.'],
] as const) {
  test(`${lang}: no speech verb after the pair, no claim for the name: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Tarvellin'), show(cs));
  });
}
