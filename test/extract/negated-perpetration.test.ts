/**
 * A party saying it never does the act ("Russia has never conducted offensive operations", "Trung Quốc
 * chưa bao giờ tiến hành tấn công mạng", "la Russie n'a jamais mené de cyberattaques", "Russland führt
 * keine Cyberangriffe durch") denies it; a negated act told of someone else by another speaker is no
 * denial. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<{ lang: string; body: string; denier: string }> = [
  { lang: 'en', body: 'Canberra blamed Moscow for the breach of the port operator. Russia has never conducted offensive operations in cyberspace against other states.', denier: 'RU' },
  { lang: 'en', body: 'Ottawa blamed Tehran for the intrusion. Iran does not carry out cyberattacks against other countries, its mission to the UN said.', denier: 'IR' },
  { lang: 'vi', body: 'Canberra cáo buộc Moskva đứng sau vụ xâm nhập cảng biển. Nga chưa bao giờ tiến hành tấn công mạng nhằm vào các quốc gia khác.', denier: 'RU' },
  { lang: 'fr', body: "Canberra a accusé Moscou d'être derrière l'intrusion dans le port. La Russie n'a jamais mené de cyberattaques contre d'autres États.", denier: 'RU' },
  { lang: 'fr', body: "Ottawa a accusé Téhéran de l'intrusion. L'Iran ne mène pas de cyberattaques contre d'autres pays.", denier: 'IR' },
  { lang: 'de', body: 'Canberra machte Moskau für den Einbruch beim Hafenbetreiber verantwortlich. Russland führt keine Cyberangriffe gegen andere Staaten durch.', denier: 'RU' },
  { lang: 'de', body: 'Ottawa machte Teheran für den Angriff verantwortlich. Iran hat nie Cyberangriffe gegen andere Staaten verübt.', denier: 'IR' },
];

for (const { lang, body, denier } of DENIALS) {
  test(`${lang}: saying it never does the act is ${denier}'s denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}

test('en: an act negated for a group by another speaker is no denial', () => {
  const cs = claimsOf('The FBI said the group did not launch new attacks in May.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});

test('en: a negated act that is no attack is no denial', () => {
  const cs = claimsOf('Ottawa blamed Tehran for the intrusion. Iran does not carry out any inspections of foreign ships, the port said.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});
