/**
 * Co-publishers named through their units: "according to a study by ESET's threat research team and Kaspersky's
 * analysis unit", "selon l'équipe de recherche d'ESET et l'unité d'analyse de Kaspersky", "theo nhóm nghiên cứu của
 * ESET và đơn vị phân tích của Kaspersky", "据ESET研究团队和卡巴斯基分析部门": each organisation behind a unit is a
 * co-author and makes the claim. Negatives: a victim named after the author's unit, the author's own customers,
 * and a unit of a victim coordinated with the author. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[string, string]> = [
  ['en', "Spies working for Iran have quietly planted backdoors in two ferry operators along the Caspian coast, according to a study published Thursday by ESET's threat research team and Kaspersky's malware analysis unit."],
  ['fr', "Des espions travaillant pour l'Iran ont discrètement implanté des portes dérobées chez deux compagnies de ferry de la mer Caspienne, selon une étude publiée jeudi par l'équipe de recherche d'ESET et l'unité d'analyse de Kaspersky."],
  ['vi', 'Gián điệp làm việc cho Iran đã âm thầm cài cửa hậu vào hai hãng phà ven biển Caspi, theo nghiên cứu do nhóm phân tích của ESET và đơn vị điều tra của Kaspersky công bố hôm thứ Năm.'],
  ['zh', '据ESET威胁研究团队和卡巴斯基恶意软件分析部门周四公布的研究，为伊朗效力的间谍在里海沿岸两家渡轮公司的系统中秘密植入了后门。'],
];
for (const [lang, body] of CASES) {
  test(`${lang}: each organisation behind a coordinated unit is a co-author (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    for (const o of ['ESET', 'Kaspersky']) assert.ok(cs.some((c) => c.claimant === o && c.stance === 'attributes' && c.target === 'IR'), `${o} ${show(cs)}`);
  });
}

test('zh: a victim after the unit of the author is no co-author', () => {
  const cs = claimsOf('据ESET威胁研究团队称，为伊朗效力的间谍入侵了卡巴斯基和一家里海渡轮公司的订票系统。', 'zh');
  assert.ok(!cs.some((c) => c.claimant === 'Kaspersky'), show(cs));
});

test('en: the author and its customers are no co-authors', () => {
  const cs = claimsOf('ESET and its customers in the ferry business said spies working for Iran planted backdoors in their booking systems.', 'en');
  assert.deepEqual([...new Set(cs.map((c) => c.claimant))], ['ESET'], show(cs));
});

test('fr: the unit of a victim after the author joins no one', () => {
  const cs = claimsOf("Selon ESET, des espions travaillant pour l'Iran ont piraté le service informatique de la compagnie Caspian Ferries et le laboratoire de l'université de Bakou.", 'fr');
  assert.deepEqual([...new Set(cs.map((c) => c.claimant))], ['ESET'], show(cs));
});
