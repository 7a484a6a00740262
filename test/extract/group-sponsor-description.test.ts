/**
 * A vendor attributes an operation to a group the knowledge base does not know, and its own sentence
 * ties that group to a state in a description after the name ("X, a group tied to Y", "X, un groupe
 * lié à Y", "X, einer Gruppe mit Verbindungen zu Y", "X, группировкой, связанной с Y", "X, một nhóm
 * có liên hệ với Y") or in a linking phrase before it ("与Y有关联的组织X"): the accused is that state,
 * the claim is about the group. The report's verb may link in the present ("relie ... à", "связывает
 * ... с", "将……与……联系起来"). Not a sponsor: a state after a full stop, in a description that does not
 * link the group to it, or a group with nothing said of its state (the vendor accuses the group).
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accuses = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string, group: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target && c.about.includes(group));

const TOLD: Array<[lang: string, body: string]> = [
  ['en', 'A report by ESET links the campaign to UNC6183, a group tied to North Korea.'],
  ['en', 'ESET attributed the intrusions to UNC6183, which is linked to North Korea.'],
  ['fr', "Un rapport d'ESET relie la campagne à UNC6183, un groupe lié à la Corée du Nord."],
  ['de', 'Ein Bericht von ESET bringt die Kampagne mit UNC6183 in Verbindung, einer Gruppe mit Verbindungen zu Nordkorea.'],
  ['de', 'ESET schreibt die Kampagne UNC6183 zu, einer Gruppe mit Verbindungen zu Nordkorea.'],
  ['es', 'Un informe de ESET vincula la campaña con UNC6183, un grupo ligado a Corea del Norte.'],
  ['ru', 'Отчёт ESET связывает кампанию с UNC6183, группировкой, связанной с КНДР.'],
  ['zh', '微软的一份报告将该活动与朝鲜关联的组织UNC6183联系起来。'],
  ['zh', '微软将该活动归因于与朝鲜有关联的组织UNC6183。'],
  ['vi', 'Một báo cáo của ESET liên kết chiến dịch với UNC6183, một nhóm có liên hệ với Triều Tiên.'],
];

for (const [lang, body] of TOLD) {
  test(`${lang}: a group the sentence ties to a state puts that state in the dock`, () => {
    const cs = claimsOf(body, lang);
    const claimant = lang === 'zh' ? 'Microsoft' : 'ESET';
    assert.ok(accuses(cs, claimant, 'KP', 'UNC6183'), show(cs));
  });
}

const UNTOLD: Array<[lang: string, body: string]> = [
  ['en', 'ESET attributed the campaign to UNC6183. Separately, hackers linked to Iran hit a port.'],
  ['en', 'ESET attributed the campaign to UNC6183, which also targeted firms in Japan.'],
  ['fr', 'ESET relie la campagne à UNC6183, qui a visé des banques au Japon.'],
  ['es', 'ESET atribuyó la campaña a UNC6183, que atacó bancos de Japón.'],
  ['zh', '微软将该活动与UNC6183联系起来，该组织此前曾攻击日本银行。'],
];

for (const [lang, body] of UNTOLD) {
  test(`${lang}: no state linked to the group: the vendor accuses the group itself`, () => {
    const cs = claimsOf(body, lang);
    const claimant = lang === 'zh' ? 'Microsoft' : 'ESET';
    assert.ok(accuses(cs, claimant, 'UNC6183', 'UNC6183'), show(cs));
    assert.ok(!cs.some((c) => c.target === 'JP' || c.target === 'IR'), show(cs));
  });
}
