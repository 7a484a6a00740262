/**
 * A threat group told to be a unit of a state's body, or to belong to it, is that state's in the attribution of its
 * act (claims/body-unit.ts): an apposition after the copula's complement ("sont l'œuvre de X, une unité du
 * renseignement militaire russe"), after a verb-final clause ("von X verübt wurden, einer Einheit des ...
 * Militärgeheimdienstes"), or a belonging word right after the name ("nhóm X thuộc tình báo quân đội Nga").
 * Negatives: a group said not to belong, a group that attacked the body, a unit of a company. Victims invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Grid intrusions' };

for (const [lang, body, claimant, state] of [
  ['fr', "Selon ESET, les intrusions dans les postes électriques de Brastow Grid sont l'œuvre de Saint Bear, une unité du renseignement militaire russe.", 'ESET', 'RU'],
  ['fr', "D'après WithSecure, le piratage des serveurs du transporteur Kelvane Freight était l'œuvre de Winter Vivern, une division de l'armée biélorusse.", 'WithSecure', 'BY'],
  ['de', 'ESET erklärte am Montag, dass die Angriffe auf die Leitstellen von Brastow Grid von Saint Bear verübt wurden, einer Einheit des russischen Militärgeheimdienstes.', 'ESET', 'RU'],
  ['de', 'WithSecure teilte mit, dass die Angriffe auf die Server von Kelvane Freight von Winter Vivern verübt wurden, einer Abteilung des belarussischen Geheimdienstes.', 'WithSecure', 'BY'],
  ['vi', 'ESET hôm thứ Hai cho biết các vụ xâm nhập vào trạm biến áp của Brastow Grid là do nhóm Saint Bear thuộc tình báo quân đội Nga thực hiện.', 'ESET', 'RU'],
  ['vi', 'WithSecure cho biết các vụ xâm nhập vào máy chủ của Kelvane Freight là do nhóm Winter Vivern trực thuộc quân đội Belarus thực hiện.', 'WithSecure', 'BY'],
  ['es', 'Según ESET, las intrusiones en las subestaciones de Brastow Grid son obra de Saint Bear, una unidad de la inteligencia militar rusa.', 'ESET', 'RU'],
  // Control: English already reads the apposition.
  ['en', 'ESET said on Monday that the intrusions into the Brastow Grid control rooms were the work of Sandworm Team, a unit of Russian military intelligence.', 'ESET', 'RU'],
] as const) {
  test(`${lang}: a group told to be a unit of a state's body is that state's: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, claimant, state), show(cs));
  });
}

for (const [lang, body, group, state] of [
  // Said not to belong.
  ['fr', "Selon ESET, les intrusions dans les postes électriques de Brastow Grid sont l'œuvre de Saint Bear, qui ne fait pas partie du renseignement militaire russe.", 'Saint Bear', 'RU'],
  ['vi', 'ESET hôm thứ Hai cho biết các vụ xâm nhập vào trạm biến áp của Brastow Grid là do nhóm Saint Bear không thuộc tình báo quân đội Nga thực hiện.', 'Saint Bear', 'RU'],
  // The group attacked the body.
  ['vi', 'ESET hôm thứ Hai cho biết các vụ xâm nhập vào trạm biến áp của Brastow Grid là do nhóm Saint Bear tấn công tình báo quân đội Nga thực hiện.', 'Saint Bear', 'RU'],
  // A unit of a company.
  ['de', 'ESET erklärte am Montag, dass die Angriffe auf die Leitstellen von Brastow Grid von Saint Bear verübt wurden, einer Einheit des russischen Ölkonzerns Narvol.', 'Saint Bear', 'RU'],
  ['fr', "Selon ESET, les intrusions dans les postes électriques de Brastow Grid sont l'œuvre de Saint Bear, une unité d'un opérateur télécom russe.", 'Saint Bear', 'RU'],
] as const) {
  test(`${lang}: no unit of a state's body (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!attributes(cs, 'ESET', state), show(cs));
    assert.ok(attributes(cs, 'ESET', group), show(cs));
  });
}
