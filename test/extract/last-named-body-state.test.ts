/**
 * A bare state body opening its sentence ("The justice ministry accused ...", "Das Justizministerium warf ... vor",
 * "Министерство юстиции обвинило ...") when the text has named two states before it and no state speaks: it speaks for
 * the state whose body the text named last before its sentence ("Dutch police searched ...": last-body-state.ts), not
 * for a state only named as a party. Negatives: a state qualifying an organ only in the body's own sentence is its
 * object, not its owner; states named with no body leave the body with no state; a body named before as the doer of
 * the attack is not the speaking body's owner. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && (target === undefined || c.target === target));

for (const [lang, title, body, claimant, stance, target] of [
  ['en', 'Pump stations probed', 'Iran came up last spring in an inquiry into the Velder pump stations. On Tuesday, Dutch police searched two small firms in Zwolle. The justice ministry accused Iran of running a hacking campaign against the pump stations.', 'NL', 'accuses', 'IR'],
  ['de', 'Pumpwerke im Visier', 'Iran tauchte im Frühjahr in einer Untersuchung zu den Velder-Pumpwerken auf. Am Dienstag durchsuchte die niederländische Polizei zwei kleine Firmen in Zwolle. Das Justizministerium warf Iran vor, eine Hackerkampagne gegen die Pumpwerke geführt zu haben.', 'NL', 'accuses', 'IR'],
  // A body named later as the doer of the attack ("run by Iranian police") owns nothing: the owner is the body before it.
  ['en', 'Pump stations probed', 'On Tuesday, Dutch police searched two small firms in Zwolle. Prosecutors said the campaign against the pump stations was run by Iranian police. The justice ministry accused Iran of running a hacking campaign against the pump stations.', 'NL', 'accuses', 'IR'],
  ['fr', 'Stations de pompage visées', "L'Iran avait été cité au printemps dans une enquête sur les stations de pompage de Velder. Mardi, la police belge a perquisitionné deux petites sociétés à Gand. Le ministère de la Défense a accusé l'Iran d'avoir mené une campagne de piratage contre les stations de pompage.", 'BE', 'accuses', 'IR'],
  ['ru', 'Насосные станции под ударом', 'Иран весной фигурировал в проверке по насосным станциям Велдер. Во вторник нидерландская полиция провела обыски в двух небольших фирмах в Зволле. Министерство юстиции обвинило Иран в проведении кампании против насосных станций.', 'NL', 'accuses', 'IR'],
  // The investigating bodies' nouns name a state's bodies too ("cảnh sát Hà Lan", "荷兰警方", "die kanadische Justiz").
  ['vi', 'Các trạm bơm bị nhắm tới', 'Iran từng bị nêu tên trong cuộc điều tra về các trạm bơm Velder hồi mùa xuân. Hôm thứ Ba, cảnh sát Hà Lan đã khám xét hai công ty nhỏ ở Zwolle. Bộ Tư pháp cáo buộc Iran tiến hành chiến dịch tấn công các trạm bơm.', 'NL', 'accuses', 'IR'],
  ['zh', '泵站遭攻击', '伊朗今年春天在一项关于韦尔德泵站的调查中被点名。周二，荷兰警方搜查了兹沃勒的两家小公司。国防部指责伊朗对这些泵站发动网络攻击。', 'NL', 'accuses', 'IR'],
  ['de', 'Urteil gegen Kurier', 'Ein Gericht in Toronto verurteilte am Montag einen Kurier, der für Iran Daten über Exilanten gesammelt hatte. Die Anklage der kanadischen Justiz stützte sich auf Chatprotokolle. Das Justizministerium warf Iran vor, über Mittelsmänner Listen von Oppositionellen beschafft zu haben.', 'CA', 'accuses', 'IR'],
] as const) {
  test(`${lang}: a bare state body speaks for the state whose body was named last: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(has(cs, claimant, stance, target), show(cs));
  });
}

for (const [lang, title, body, wrong] of [
  // Two states named with no body of theirs: nothing tells whose ministry it is.
  ['en', 'Pump stations probed', 'Iran came up last spring in an inquiry into pump stations in the Netherlands. The justice ministry accused Iran of running a hacking campaign against the pump stations.', 'NL'],
  // The state qualifies a body only in the body's own sentence: there it is what the ministry accuses.
  ['en', 'Pump stations probed', 'Iran came up last spring in an inquiry into pump stations in the Netherlands. The justice ministry accused Iranian police of running a hacking campaign against the pump stations.', 'IR'],
  ['de', 'Pumpwerke im Visier', 'Iran tauchte im Frühjahr in einer Untersuchung zu Pumpwerken in den Niederlanden auf. Das Justizministerium warf der iranischen Polizei vor, eine Hackerkampagne gegen die Pumpwerke geführt zu haben.', 'IR'],
] as const) {
  test(`${lang}: no owner from a state named with no body before: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === wrong && c.stance === 'accuses'), show(cs));
  });
}
