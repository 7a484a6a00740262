/**
 * A party's secretary-general speaks for the party whose office the role phrase names ("the
 * secretary-general of the Kuomintang, X", "le secrétaire général d'En Marche, X", "der
 * Generalsekretär der SPD X", "Tổng thư ký đảng Golkar X"), like its leader; and "mettre en cause"
 * (to implicate) accuses in French. Negatives: a minister whose party stands in a bracket speaks for
 * the state, a secretary-general of no party is no party's voice. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Party servers hacked' };

for (const [lang, body, party, target] of [
  ['en', 'Paul Verdier, secretary-general of the Kuomintang, said Chinese hackers had broken into the party’s mail servers.', 'Kuomintang', 'CN'],
  ['fr', 'Le secrétaire général d’En Marche, Paul Verdier, accuse la Russie d’avoir visé les boîtes mail du parti.', 'En Marche', 'RU'],
  ['fr', 'Paul Verdier, secrétaire général du Rassemblement national, a mis en cause la Russie après le vol des fichiers du parti.', 'National Rally', 'RU'],
  ['es', 'El secretario general del Partido Republicano, Luis Varela, acusó a Rusia de atacar los servidores del partido en Estados Unidos.', 'Republican Party', 'RU'],
  ['de', 'Der Generalsekretär der SPD, Jonas Marbach, sagte, russische Hacker steckten hinter dem Angriff auf die Parteizentrale.', 'SPD', 'RU'],
  ['vi', 'Tổng thư ký đảng Golkar Budi Santoso cho biết tin tặc Trung Quốc đứng sau vụ tấn công vào máy chủ của đảng.', 'Golkar', 'CN'],
] as const) {
  test(`${lang}: a party's secretary-general speaks for the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, party, target), show(cs));
  });
}

test('fr: "a mis en cause" accuses', () => {
  const cs = claimsOf('Le ministère tchèque des Affaires étrangères a mis en cause la Russie après l’intrusion dans ses serveurs de messagerie.', 'fr', title);
  assert.ok(attributes(cs, 'CZ', 'RU'), show(cs));
});

for (const [lang, body, party] of [
  ['fr', 'Le ministre de l’Intérieur Paul Verdier (En Marche) accuse la Russie d’avoir visé les boîtes mail de la commission électorale.', 'En Marche'],
  ['en', 'UN Secretary-General Paul Verdier said Russian hackers had broken into the servers of the Republican Party.', 'Republican Party'],
] as const) {
  test(`${lang}: no claim of the party: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.claimant === party), show(cs));
  });
}
