/**
 * Defendants of a charge: the people charged ("two Sudanese nationals, A and B", "deux frères
 * soudanais", "dos ciudadanos sudaneses", "hai công dân Sudan", "两名苏丹公民", "двум гражданам
 * Судана") are not the party accused. Their nationality is no accused state and their names are no
 * accused parties: the accused is the state the clause ties the act to, else the group they are
 * charged with running, else the first of them. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const CHARGED_WITH_GROUP: Array<[lang: string, body: string]> = [
  ['en', 'Last week the US Justice Department charged two Sudanese nationals, Karim Idris Nour and Samir Idris Nour, with running Anonymous Sudan from abroad.'],
  ['fr', 'Mardi, la justice des États-Unis a inculpé deux frères soudanais, Karim Idris Nour et Samir Idris Nour, soupçonnés d’avoir piloté le groupe Anonymous Sudan pendant un an.'],
  ['es', 'El Departamento de Justicia de Estados Unidos acusó a dos ciudadanos sudaneses, Karim Idris Nour y Samir Idris Nour, de dirigir durante meses el grupo Anonymous Sudan.'],
  ['vi', 'Bộ Tư pháp Mỹ truy tố hai công dân Sudan, Karim Idris Nour và Samir Idris Nour, vì điều hành nhóm Anonymous Sudan.'],
  ['zh', '美国司法部起诉两名苏丹公民，指控他们运营黑客组织Anonymous Sudan。'],
  ['ru', 'Минюст США предъявил обвинения двум гражданам Судана, Кариму Нуру и Самиру Нуру, в руководстве группировкой Anonymous Sudan.'],
];

for (const [lang, body] of CHARGED_WITH_GROUP) {
  test(`${lang}: people charged with running a group: the group is accused, not their nationality or names`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'US'), ['Anonymous Sudan'], show(cs));
  });
}

test('en: a state the clause ties the act to is accused ahead of the group', () => {
  const cs = claimsOf('The US Justice Department charged seven Chinese nationals, members of APT31, with hacking on behalf of China’s Ministry of State Security.', 'en');
  assert.deepEqual(accused(cs, 'US'), ['CN'], show(cs));
});

test('en: with no state and no group, the defendant named is accused, not the nationality', () => {
  const cs = claimsOf('The US charged a Russian national, Ivan Petrov, with hacking the insurer.', 'en');
  assert.deepEqual(accused(cs, 'US'), ['Ivan Petrov'], show(cs));
});

test('es: a charge that tells nothing else of the defendants accuses their state', () => {
  const cs = claimsOf('El Departamento de Justicia de Canadá presentó cargos contra dos ciudadanos iraníes por el ataque contra el puerto.', 'es');
  assert.deepEqual(accused(cs, 'CA'), ['IR'], show(cs));
});
