/**
 * A company named before a long apposition that holds a country ("Ukrtelecom, one of the largest
 * fixed-line providers in Ukraine, then confirmed ...", "Ukrtelecom, một trong những nhà cung cấp dịch
 * vụ viễn thông cố định lớn nhất Ukraine, sau đó xác nhận ...") is the subject of the stance verb after
 * the apposition, an adverb between the comma and the verb or not: the company confirms its own hit, not
 * the country. Negative: a country that heads the sentence itself stays the subject. Sentences written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const HEADED: Array<[lang: string, body: string]> = [
  ['vi', 'Ukrtelecom, một trong những nhà cung cấp dịch vụ viễn thông cố định lớn nhất Ukraine, sau đó xác nhận hạ tầng của họ bị tấn công mạng.'],
  ['vi', 'Ukrtelecom, một trong những nhà mạng lớn nhất Ukraine, đã xác nhận hệ thống của mình bị tin tặc xâm nhập.'],
  ['en', 'Ukrtelecom, one of the largest fixed-line providers of Ukraine, then confirmed that its infrastructure had been hit by a cyberattack.'],
  ['fr', 'Ukrtelecom, l’un des plus grands opérateurs de téléphonie fixe d’Ukraine, a ensuite confirmé que son infrastructure avait été visée par une cyberattaque.'],
  ['es', 'Ukrtelecom, uno de los mayores operadores de telefonía fija de Ucrania, confirmó después que su infraestructura había sufrido un ciberataque.'],
];

for (const [lang, body] of HEADED) {
  test(`${lang}: the head of an apposition holding a country confirms: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on Ukrtelecom' });
    assert.ok(cs.some((c) => c.claimant === 'Ukrtelecom' && c.stance === 'confirms'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'UA' && c.stance === 'confirms'), show(cs));
  });
}

test('en: a country heading the sentence stays the subject (negative)', () => {
  const cs = claimsOf('Ukraine, one of the countries hit hardest by the wave of attacks, confirmed that its state registers had been breached.', 'en', { title: 'Cyberattack on Ukraine' });
  assert.ok(cs.some((c) => c.claimant === 'UA' && c.stance === 'confirms'), show(cs));
});
