/**
 * Reported speech about an act of several coordinated groups, none tied to a state by the text: one claim per
 * group (same claimant and stance, target and about that group). Groups the text ties to one state keep one
 * claim with the state. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const toGroup = (cs: ClaimCandidate[], claimant: string, group: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === group && c.about.length === 1 && c.about[0] === group);

const pairs: Array<[string, string, string, [string, string]]> = [
  ['en', 'The FBI said on Monday that APT28 and Turla broke into the servers of a small ministry.', 'US', ['APT28', 'Turla']],
  ['fr', "Selon l'ANSSI, APT28 et Turla ont piraté les serveurs d'un petit ministère l'hiver dernier.", 'FR', ['APT28', 'Turla']],
  ['de', 'Das BSI erklärte, APT28 und Turla seien im Winter in die Server eines kleinen Ministeriums eingedrungen.', 'DE', ['APT28', 'Turla']],
  ['es', 'Según el FBI, APT28 y Turla atacaron los servidores de un pequeño ministerio el invierno pasado.', 'US', ['APT28', 'Turla']],
  ['ru', 'По данным ФБР, APT28 и Turla атаковали серверы небольшого министерства прошлой зимой.', 'US', ['APT28', 'Turla']],
  ['vi', 'Theo FBI, APT28 và Turla đã tấn công máy chủ của một bộ nhỏ vào mùa đông năm ngoái.', 'US', ['APT28', 'Turla']],
  ['zh', '美国联邦调查局称，APT28和Turla去年冬天入侵了一个小部门的服务器。', 'US', ['APT28', 'Turla']],
];

for (const [lang, s, claimant, [a, b]] of pairs) {
  test(`coordinated groups, no state named, one claim each (${lang})`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(toGroup(cs, claimant, a) && toGroup(cs, claimant, b), `${lang}: ${show(cs)}`);
  });
}

test('three groups listed with commas: one claim each', () => {
  const cs = claimsOf('Velmora said APT28, Turla and APT31 broke into the servers of a small ministry.', 'en');
  for (const g of ['APT28', 'Turla', 'APT31']) assert.ok(toGroup(cs, 'Velmora', g), show(cs));
});

test('groups the text ties to one state: one claim with the state', () => {
  const en = claimsOf('The FBI said the Chinese groups APT31 and APT15 broke into the servers of a small ministry.', 'en');
  assert.ok(en.some((c) => c.claimant === 'US' && c.target === 'CN'), show(en));
  assert.ok(!en.some((c) => c.target === 'APT31'), show(en));
  const fr = claimsOf("Selon l'ANSSI, des groupes chinois, APT31 et APT15, ont piraté les serveurs d'un petit ministère.", 'fr');
  assert.ok(fr.some((c) => c.claimant === 'FR' && c.target === 'CN'), show(fr));
  assert.ok(!fr.some((c) => c.target === 'APT31'), show(fr));
});

test('a group that is the object of the act is no co-actor', () => {
  const cs = claimsOf('The FBI said APT28 broke into servers that APT31 had used before.', 'en');
  assert.ok(!cs.some((c) => c.target === 'APT31'), show(cs));
});

test('groups named without an act told of them: no claim', () => {
  const cs = claimsOf('The FBI said APT28 and Turla are names that vendors use.', 'en');
  assert.ok(!cs.some((c) => c.target === 'APT28' || c.target === 'Turla'), show(cs));
});

const accused: Array<[string, string, string]> = [
  ['en', 'Last week the FBI attributed the outage at a regional utility to APT28 and Turla.', 'US'],
  ['fr', "La semaine dernière, l'ANSSI a attribué la panne d'un fournisseur régional à APT28 et Turla.", 'FR'],
  ['de', 'Das BSI machte APT28 und Turla für den Ausfall eines regionalen Versorgers verantwortlich.', 'DE'],
  ['es', 'La semana pasada el FBI atribuyó el apagón de una empresa regional a APT28 y Turla.', 'US'],
  ['ru', 'На прошлой неделе ФБР приписало сбой у регионального поставщика APT28 и Turla.', 'US'],
  ['vi', 'Tuần trước, FBI quy trách nhiệm vụ gián đoạn tại một công ty khu vực cho APT28 và Turla.', 'US'],
  ['zh', '美国联邦调查局上周将一家地区公司的故障归咎于APT28和Turla。', 'US'],
];

for (const [lang, s, claimant] of accused) {
  test(`an accusation of coordinated groups, no state named, one claim each (${lang})`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(toGroup(cs, claimant, 'APT28') && toGroup(cs, claimant, 'Turla'), `${lang}: ${show(cs)}`);
  });
}

test('an accusation of groups the text ties to one state: one claim with the state', () => {
  const cs = claimsOf('The FBI attributed the outage at a regional utility to the Chinese groups APT31 and APT15.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'US' && c.target === 'CN'), show(cs));
  assert.ok(!cs.some((c) => c.target === 'APT31' || c.target === 'Ke3chang'), show(cs));
});
