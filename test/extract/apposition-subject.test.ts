/**
 * A company named before a long apposition that holds a country ("Ternavox Telecom, one of the biggest
 * landline operators of Ukraine, then confirmed ...", "Ternavox Telecom, một trong những nhà khai thác
 * điện thoại cố định hàng đầu tại Ukraine, sau đó xác nhận ...") is the subject of the stance verb after
 * the apposition, an adverb between the comma and the verb or not: the company confirms its own hit, not
 * the country. Negative: a country that heads the sentence itself stays the subject. Sentences written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const HEADED: Array<[lang: string, body: string]> = [
  ['vi', 'Ternavox Telecom, một trong những nhà khai thác điện thoại cố định hàng đầu tại Ukraine, sau đó xác nhận mạng lưới của họ bị tấn công mạng.'],
  ['vi', 'Ternavox Telecom, một trong những nhà mạng lớn nhất Ukraine, đã xác nhận máy chủ của mình bị tin tặc xâm nhập.'],
  ['en', 'Ternavox Telecom, one of the biggest landline operators of Ukraine, then confirmed that its network had been struck by a cyberattack.'],
  ['fr', 'Ternavox Telecom, l’un des principaux fournisseurs de lignes fixes d’Ukraine, a ensuite confirmé que son réseau avait été touché par une cyberattaque.'],
  ['es', 'Ternavox Telecom, uno de los principales proveedores de líneas fijas de Ucrania, confirmó después que su red había sufrido un ciberataque.'],
];

for (const [lang, body] of HEADED) {
  test(`${lang}: the head of an apposition holding a country confirms: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on Ternavox Telecom' });
    assert.ok(cs.some((c) => c.claimant === 'Ternavox Telecom' && c.stance === 'confirms'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'UA' && c.stance === 'confirms'), show(cs));
  });
}

test('en: a country heading the sentence stays the subject (negative)', () => {
  const cs = claimsOf('Ukraine, one of the countries hit hardest by the wave of attacks, confirmed that its state registers had been breached.', 'en', { title: 'Cyberattack on Ukraine' });
  assert.ok(cs.some((c) => c.claimant === 'UA' && c.stance === 'confirms'), show(cs));
});
