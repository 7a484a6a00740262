/**
 * Condemning what is no act of the accused: a decision, a policy, a law, sanctions or measures ("condemned the
 * neighbour's decision to expel diplomats", "condamne la loi américaine", "осуждает решение ..."). The state
 * qualifying the object did nothing the conventions code as an operation: no accusation. Near misses: the same
 * verbs with an attack and its doer as their object still accuse the doer. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const NON_ACTS: Array<[lang: string, body: string, claimant: string, other: string]> = [
  ['en', "Serbia condemned Croatia's decision to close the border crossing.", 'RS', 'HR'],
  ['en', 'Venezuela denounced the new Colombian law on fuel imports.', 'VE', 'CO'],
  ['fr', 'Le Mali a condamné la décision algérienne de suspendre les vols.', 'ML', 'DZ'],
  ['es', 'Nicaragua condenó las sanciones canadienses contra sus funcionarios.', 'NI', 'CA'],
  ['de', 'Ungarn verurteilte die Entscheidung Rumäniens, den Botschafter auszuweisen.', 'HU', 'RO'],
  ['ru', 'Белоруссия осудила решение Литвы закрыть пограничный переход.', 'BY', 'LT'],
  ['vi', 'Campuchia lên án quyết định của Thái Lan đóng cửa khẩu biên giới.', 'KH', 'TH'],
  ['zh', '巴基斯坦谴责印度暂停边境贸易的决定。', 'PK', 'IN'],
];

for (const [lang, body, claimant, other] of NON_ACTS) {
  test(`${lang}: condemning a decision, a law or sanctions accuses no one (${claimant} / ${other})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, claimant, other), show(cs));
  });
}

// The same verbs with an attack and its doer as the object: the doer is accused.
const ACTS: Array<[lang: string, body: string, claimant: string, target: string]> = [
  ['en', "Serbia condemned the attack by Croatian hackers on its customs service's network.", 'RS', 'HR'],
  ['fr', "Le Mali a condamné l'attaque menée par des pirates algériens contre ses douanes.", 'ML', 'DZ'],
  ['es', 'Nicaragua condenó el ataque de hackers canadienses contra su banco central.', 'NI', 'CA'],
  ['de', 'Ungarn verurteilte den Angriff rumänischer Hacker auf seine Ministerien.', 'HU', 'RO'],
  ['ru', 'Белоруссия осудила атаку литовских хакеров на свои государственные сайты.', 'BY', 'LT'],
  ['vi', 'Campuchia lên án vụ tấn công của tin tặc Thái Lan vào hệ thống thuế.', 'KH', 'TH'],
  ['zh', '巴基斯坦谴责印度黑客对其政府网站发动的攻击。', 'PK', 'IN'],
];

for (const [lang, body, claimant, target] of ACTS) {
  test(`${lang}: condemning an attack with its doer still accuses the doer (${claimant} → ${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}
