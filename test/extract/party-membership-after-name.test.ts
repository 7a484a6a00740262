/**
 * A membership stated after a person's name makes them speak for their party, even after a role before the name
 * that holds no office of state: an apposition with a member's role word after the party ("Committee chair X, a
 * Civic Coalition senator,"), or a membership word before the party ("X, chairman of the security committee and a
 * member of the Likud,", "nghị sĩ X thuộc đảng Likud", "X, membre du Likoud,", "X, Mitglied der SPD,", "X, miembro
 * del PSOE,"). Without it the person spoke for no one and what they said later gave no claim. Negatives: a
 * minister keeps the state's voice whatever party the apposition names; a party named after the name without a
 * membership word (what the person criticises) makes no member. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Spyware scandal' };

for (const [lang, body, party, target] of [
  ['en', 'Committee chair Marek Wolny, a Civic Coalition senator, opened the hearing on Monday. Wolny accused Russia of the attack on the Polish senate.', 'Civic Coalition', 'RU'],
  ['en', 'Dov Lerman, chairman of the security committee and a member of the ruling Likud, opened the hearing on Monday. Lerman accused Iran of the attack.', 'Likud', 'IR'],
  ['vi', 'Chủ tịch ủy ban, nghị sĩ Dov Lerman thuộc đảng Likud, chủ trì phiên họp. Ông cáo buộc Iran đứng sau vụ tấn công.', 'Likud', 'IR'],
  ['fr', 'Le président de la commission, Dov Lerman, membre du Likoud, a ouvert la séance lundi. Lerman a accusé l’Iran d’être derrière l’attaque.', 'Likud', 'IR'],
  ['de', 'Ausschusschef Lukas Wendrich, Mitglied der SPD, eröffnete am Montag die Sitzung. Wendrich beschuldigte Russland, hinter dem Angriff zu stecken.', 'SPD', 'RU'],
  ['es', 'El presidente de la comisión, Jordi Vallbona, miembro del PSOE, abrió la sesión el lunes. Vallbona acusó a Rusia de estar detrás del ataque.', 'PSOE', 'RU'],
] as const) {
  test(`${lang}: a membership after the name makes the party speak: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, target), show(cs));
  });
}

test('en: a minister keeps the state voice whatever party the apposition names', () => {
  const cs = claimsOf('Defence Minister Marek Wolny, a member of the Civic Coalition, opened the hearing in Warsaw on Monday. Wolny accused Russia of the attack on the Polish senate.', 'en', title);
  assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Civic Coalition'), show(cs));
});

test('en: a party named after the name with no membership word makes no member', () => {
  const cs = claimsOf('Marek Wolny, a critic of the Civic Coalition, opened the hearing on Monday. Wolny accused Russia of the attack on the Polish senate.', 'en', title);
  assert.ok(!cs.some((c) => c.claimant === 'Civic Coalition'), show(cs));
});

test('vi: a minister named with a party after the name speaks for the state', () => {
  const cs = claimsOf('Bộ trưởng Quốc phòng Israel Dov Lerman thuộc đảng Likud chủ trì phiên họp. Ông cáo buộc Iran đứng sau vụ tấn công.', 'vi', title);
  assert.ok(!cs.some((c) => c.claimant === 'Likud'), show(cs));
});
