/**
 * A denial told as having played no role or part in the act: "Minsk said it had played no role whatsoever in the
 * breach", "n'a joué aucun rôle", "habe keinerlei Rolle gespielt", "no tuvo ningún papel", "не играла
 * никакой роли", "没有发挥任何作用", "không đóng vai trò gì". A role played ("played a key role") is none.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Sweden accused Belarus of the intrusion. Minsk said it had played no role whatsoever in the hacking.'],
  ['fr', "La Suède a accusé la Biélorussie de l'intrusion. Minsk a affirmé n'avoir joué aucun rôle dans ce piratage."],
  ['de', 'Schweden beschuldigte Belarus des Einbruchs. Minsk erklärte, es habe keinerlei Rolle bei dem Angriff gespielt.'],
  ['es', 'Suecia acusó a Bielorrusia de la intrusión. Minsk dijo que no tuvo ningún papel en el ataque.'],
  ['ru', 'Швеция обвинила Белоруссию во взломе. Минск заявил, что не играл никакой роли в этой атаке.'],
  ['vi', 'Thụy Điển cáo buộc Belarus đứng sau vụ xâm nhập. Minsk khẳng định không đóng vai trò gì trong vụ tấn công.'],
] as const) {
  test(`${lang}: having played no role denies: ${body.slice(-45)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'BY' && c.stance === 'denies'), show(cs));
  });
}

test('en: a role played is no denial', () => {
  const cs = claimsOf('Sweden accused Belarus of the intrusion. Minsk said Moscow had played a key role in the hacking.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});
