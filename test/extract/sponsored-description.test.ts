/**
 * A group described by its sponsor in reported words, with no act told: "Symantec believes it is a
 * group backed by the Chinese state", "considera que el intruso es un grupo respaldado por el
 * Estado chino", "estime qu'il s'agit d'un groupe soutenu par l'État chinois", "es handle sich um eine Gruppe
 * mit Verbindungen zu Russland", "cho biết đây là một nhóm có liên hệ với Trung Quốc". The group noun
 * stands for the author, and the state after the sponsorship marker is the accused ("the X state",
 * "el Estado X", "l'État X", "nhà nước X" name the state as its government does). A complementizer
 * between a speech verb and a pronoun ("a déclaré qu'il") opens the content: the pronoun does not
 * speak. Negative: a group with no sponsorship marker ("a group of researchers from Germany") accuses
 * no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SPONSORED: Array<[lang: string, target: string, body: string]> = [
  ['en', 'CN', 'Symantec believes the intruder in the Mongolian ministry networks is a group backed by the Chinese state.'],
  ['es', 'CN', 'Symantec considera que el intruso en las redes del ministerio mongol es un grupo respaldado por el Estado chino.'],
  ['fr', 'CN', "Symantec estime qu'il s'agit d'un groupe soutenu par l'État chinois, actif dans les réseaux du ministère mongol."],
  ['fr', 'CN', "Symantec a déclaré qu'il s'agissait de pirates liés à la Chine."],
  ['de', 'RU', 'Symantec erklärte, bei den Eindringlingen in die Netze des mongolischen Ministeriums handle es sich um eine Gruppe mit Verbindungen zu Russland.'],
  ['vi', 'CN', 'Symantec cho biết kẻ xâm nhập mạng của bộ này là một nhóm có liên hệ với Trung Quốc.'],
];

for (const [lang, target, body] of SPONSORED) {
  test(`${lang}: a group described by its sponsor in reported words is attributed to it: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber-espionage in Mongolia' });
    assert.ok(attributes(cs, 'Symantec', target), show(cs));
  });
}

const UNSPONSORED: Array<[lang: string, body: string]> = [
  ['en', 'Symantec said the report on the campaign came from a group of researchers from Germany.'],
  ['es', 'Symantec dijo que el informe procede de un grupo de investigadores de Alemania.'],
];

for (const [lang, body] of UNSPONSORED) {
  test(`${lang}: a group with no sponsor marker accuses no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber-espionage in Mongolia' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
