/**
 * A news outlet introduced by its kind noun is the source of the report ("selon l'agence X", "según la agencia X",
 * "according to the agency X"): the noun the profile also reads as a body pointing back ("l'agence", "la agencia",
 * "the agency") titles the outlet after it, so the claim is the outlet's, not that of the state or body that spoke
 * before. Negatives: the kind noun alone still points back to the body named before ("L'agence estime ...", "The
 * agency said ..."), an outlet that is only the audience of an official's words leaves the claim to the official,
 * and a state's own news agency denying for its state stays the state. Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Port systems breach';

for (const [lang, body, who, whom] of [
  ['fr', "Le CERT national a demandé aux communes de renouveler leurs identifiants. Selon l'agence Bernama, l'intrusion dans le port aurait été menée par des hackers travaillant pour Téhéran.", 'Bernama', 'IR'],
  ['fr', "L'ANSSI a invité les ports à vérifier leurs pare-feu. Mais d'après l'agence Antara, qui cite deux enquêteurs, les auteurs seraient des pirates au service de l'État russe.", 'Antara', 'RU'],
  ['es', 'La Secretaría de Defensa pidió calma a los ciudadanos. Según la agencia Prensa Latina, los atacantes serían piratas vinculados al Estado ruso.', 'Prensa Latina', 'RU'],
  ['en', 'The Finnish agency urged municipalities to change their passwords. According to the agency Bernama, the intruders were hackers working for the Iranian state.', 'Bernama', 'IR'],
] as const) {
  test(`an outlet titled by its kind noun is the source (${lang}): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
    assert.ok(!cs.some((c) => c.claimant !== who && c.stance === 'attributes'), show(cs));
  });
}

for (const [lang, body, who, whom] of [
  // The kind noun alone points back to the body named before.
  ['fr', "L'ANSSI a publié un avis sur la campagne. L'agence estime que des pirates liés à l'État russe ont visé les mairies.", 'FR', 'RU'],
  ['en', 'CISA published an advisory on Tuesday. The agency said hackers tied to the Iranian state had breached water utilities.', 'US', 'IR'],
  // The outlet as the audience: the official speaks.
  ['fr', "Le ministre letton de la Défense a déclaré à l'agence Bernama que des pirates russes avaient visé le port de Liepāja.", 'LV', 'RU'],
  ['ru', 'Министр обороны Латвии заявил агентству Bernama, что хакеры из России атаковали порт Лиепаи.', 'LV', 'RU'],
] as const) {
  test(`no outlet title, the body or official speaks (${lang}): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const [lang, body] of [
  ['vi', 'Hãng thông tấn KCNA bác bỏ cáo buộc rằng Bình Nhưỡng đứng sau vụ tấn công vào cảng.'],
  ['en', 'KCNA dismissed the accusation that Pyongyang was behind the port attack as a fabrication.'],
  ['de', 'Die Nachrichtenagentur KCNA wies den Vorwurf zurück, Pjöngjang stecke hinter dem Angriff auf den Hafen.'],
] as const) {
  test(`a state's own agency denies for its state (${lang})`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === 'KP' && c.stance === 'denies'), show(cs));
  });
}
