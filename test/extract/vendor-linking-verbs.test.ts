/**
 * A researcher's linking verb in the positions the lexicons missed: a relative clause whose pronoun is the
 * object, with the verb last or right before its preposition ("a backdoor which Zentrix Labs earlier tied to the
 * North Korean group Y": ru "который Zentrix Labs связывала с ...", de "die Zentrix Labs dem ... zuordnet"), the
 * act between the verb and its preposition (vi "quy vụ tấn công cho nhóm Y") and zh "将……归于/將……歸於". Negatives:
 * a state or a pronoun as the ru relative's subject tells background inside another's sentence; vi "quy định/quy
 * mô ... cho" assigns nothing; a vendor that merely names a victim or a flaw attributes nothing.
 * Vendors, groups and people invented for these tests (known group names only where the group must be known).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accuses = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === target);

const POSITIVE: Array<[lang: string, body: string, claimant: string, target: string]> = [
  ['ru', 'Загрузчик Frostbyte, который Zentrix Labs ещё в прошлом году связывала с северокорейской группировкой Lazarus, снова всплыл в сетях банков.', 'Zentrix Labs', 'KP'],
  ['ru', 'Исследователи изучили шпионский модуль, который компания «Зентрикс» в своём отчёте связывает с китайской группировкой APT41.', 'Zentriks', 'CN'],
  ['ru', 'Кампанию Frostwillow, которую Zentrix Labs относит к иранским группировкам, заметили в Турции.', 'Zentrix Labs', 'IR'],
  ['de', 'Die Gruppe Frostwillow, die Zentrix Labs dem russischen Militärgeheimdienst GRU zuordnet, griff im Frühjahr mehrere Parteien an.', 'Zentrix Labs', 'RU'],
  ['de', 'Der Trojaner, den Zentrix Labs seit Jahren der Gruppe APT28 zuschreibt, tauchte bei einem Stadtwerk wieder auf.', 'Zentrix Labs', 'APT28'],
  ['vi', 'Công ty Zentrix Labs quy chiến dịch do thám này cho nhóm Lazarus của Triều Tiên.', 'Zentrix Labs', 'KP'],
  ['vi', 'Các chuyên gia của Zentrix Labs quy loạt vụ xâm nhập ngân hàng cho nhóm APT28.', 'Zentrix Labs', 'APT28'],
  ['zh', '奇安信将这一系列窃密活动归于黑客组织APT28。', 'Qi An Xin', 'APT28'],
  ['zh', '卡巴斯基去年發表報告，將這些入侵活動歸於駭客組織APT41。', 'Kaspersky', 'APT41'],
];

for (const [lang, body, claimant, target] of POSITIVE) {
  test(`${lang}: a researcher's linking verb attributes: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(accuses(cs, claimant, target), show(cs));
  });
}

const NEGATIVE: Array<[lang: string, body: string, claimant: string, target: string]> = [
  // A state or a pronoun as the relative's subject: background inside another sentence's claim.
  ['ru', 'Группировка Frostwillow, которую Вашингтон связывает с китайским правительством, по словам экспертов, давно распалась.', 'US', 'CN'],
  ['ru', 'Домены группы Frostwillow, которую они связывают с китайскими спецслужбами, уже отключены.', 'Frostwillow', 'CN'],
  // vi: "quy định" (a rule) and "quy mô" (a scale) assign no act to anyone.
  ['vi', 'Bộ Công an quy định việc báo cáo sự cố cho các cơ quan nhà nước của Triều Tiên.', 'VN', 'KP'],
  ['vi', 'Zentrix Labs quy mô hóa dịch vụ giám sát cho khách hàng ở Triều Tiên.', 'Zentrix Labs', 'KP'],
];

for (const [lang, body, claimant, target] of NEGATIVE) {
  test(`${lang}: no attribution (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!accuses(cs, claimant, target), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Zentrix Labs discovered a vulnerability in the router firmware used by a ministry in Seoul.'],
  ['ru', 'Zentrix Labs обнаружила уязвимость в маршрутизаторах, которые использует министерство в Сеуле.'],
  ['de', 'Zentrix Labs entdeckte eine Schwachstelle in Routern, die ein Ministerium in Seoul nutzt.'],
] as const) {
  test(`${lang}: a vendor naming a flaw and a victim attributes nothing (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}
