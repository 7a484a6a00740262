/**
 * A vendor or a research body that links an actor or an act to a party attributes it to that party: the linking
 * verb with its object before the party ("X associates the campaign with Y", "X associe la campagne à Y",
 * "X asocia la campaña con Y", "X verknüpft die Kampagne mit Y", "X соотносит активность с Y", "X gắn nhóm Z với Y",
 * "X将该活动关联至Y"), and the Russian linking verb across an apposition between commas ("связывает группу Z,
 * известную также как W, с Y"). A group tied to a state's organ is the state's. Before, these verbs were no cue and
 * no claim was read. Negatives: a hyperlink ("links to the report"), a physical connection ("кабель связывает",
 * "das Kabel verknüpft"), a comparison ("соотносят расходы с"), an affiliated company ("关联公司"), an assessment of
 * impact with no party ("đánh giá tác động"), a partnership ("s'associe à", "se asocia con"), a bond ("gắn bó với"),
 * and the participle after an auxiliary with no agent ("is associated primarily with").
 * Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const positives: [string, string, string, string][] = [
  ['en', 'ESET associates the campaign with North Korea.', 'ESET', 'KP'],
  ['en', 'Recorded Future associated the intrusions with Iran\'s Revolutionary Guard.', 'Recorded Future', 'IR'],
  ['fr', 'ESET associe cette campagne à la Corée du Nord.', 'ESET', 'KP'],
  ['fr', 'ESET a associé Turla à la Russie.', 'ESET', 'RU'],
  ['fr', 'Lookout l\'a associé à l\'Iran dans son rapport publié mardi.', 'Lookout', 'IR'],
  ['es', 'Kaspersky asocia la campaña con Corea del Norte.', 'Kaspersky', 'KP'],
  ['es', 'ESET asoció a Kimsuky con el régimen norcoreano.', 'ESET', 'KP'],
  ['de', 'ESET verknüpft die Kampagne mit Nordkorea.', 'ESET', 'KP'],
  ['ru', 'Компания Group-IB соотнесла активность Kimsuky с Северной Кореей.', 'Group-IB', 'KP'],
  ['ru', 'Специалисты Positive Technologies соотносят новую кампанию с иранской группировкой APT33.', 'Positive Technologies', 'IR'],
  ['ru', 'ESET связывает Turla, известную также как Snake и Venomous Bear, со спецслужбами России.', 'ESET', 'RU'],
  ['vi', 'Kaspersky gắn nhóm Kimsuky với chính quyền Triều Tiên.', 'Kaspersky', 'KP'],
  ['vi', 'Các chuyên gia của Bkav gắn chiến dịch này với nhóm APT33 của Iran.', 'Bkav', 'IR'],
  ['zh', '奇安信将该活动关联到朝鲜。', 'Qi An Xin', 'KP'],
  ['zh', '奇安信将Turla关联至俄罗斯情报机构。', 'Qi An Xin', 'RU'],
];

for (const [lang, body, claimant, target] of positives) {
  test(`${lang}: a linking verb attributes to the party after it: ${body}`, () => {
    const cs = claimsOf(body, lang, { title: 'Report' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

const negatives: [string, string][] = [
  ['en', 'ESET links to the report on Turla from Russia\'s CERT.'],
  ['en', 'The tool is associated primarily with Iran, researchers say.'],
  ['fr', 'ESET s\'associe à la Russie pour un projet de formation.'],
  ['es', 'ESET se asocia con Rusia en un proyecto educativo.'],
  ['de', 'Das neue Kabel verknüpft Moskau mit Peking.'],
  ['ru', 'Новый кабель связывает серверы Минфина России с дата-центром в Китае.'],
  ['ru', 'Аналитики соотносят расходы на кибербезопасность с ВВП России.'],
  ['vi', 'Kaspersky đánh giá tác động của vụ rò rỉ đối với Nga là nhỏ.'],
  ['vi', 'Hai nước đã gắn bó với nhau trong nhiều năm qua, Nga cho biết.'],
  ['zh', '该集团将资产转移至俄罗斯的关联公司。'],
];

for (const [lang, body] of negatives) {
  test(`${lang}: no attribution from a link of another kind: ${body}`, () => {
    const cs = claimsOf(body, lang, { title: 'Report' });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
