/**
 * An act traced to the accused by the subject of the active verb is that subject's accusation, as "X traced the
 * intrusion back to Y" in en: de "hat den Angriff bis nach Y zurückverfolgt", "verfolgte ... bis nach Y zurück", "hat
 * ... auf Y zurückgeführt"; es "rastreó el ataque hasta Y"; ru "отследили атаку до Y"; vi "truy vết cuộc tấn công tới
 * Y"; fr "a remonté l'attaque jusqu'à Y", "a pu remonter jusqu'à Y"; zh "将攻击溯源至Y".
 * Negatives: what is traced that is no act (money, a message), and the passive, told as evidence in another's words.
 * Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Intrusion inquiry';

for (const [lang, body, who, whom] of [
  ['de', 'Die estnischen Ermittler haben den Einbruch bis nach Belarus zurückverfolgt.', 'EE', 'BY'],
  ['de', 'Das dänische Cyberzentrum verfolgte die Angriffe bis nach Nordkorea zurück.', 'DK', 'KP'],
  ['de', 'Die finnische Polizei hat die Kampagne auf den russischen Militärgeheimdienst zurückgeführt.', 'FI', 'RU'],
  ['es', 'La fiscalía uruguaya rastreó las intrusiones hasta servidores en Irán.', 'UY', 'IR'],
  ['es', 'La policía peruana rastreó el ciberataque hasta China.', 'PE', 'CN'],
  ['ru', 'Эстонские следователи отследили атаки до Белоруссии.', 'EE', 'BY'],
  ['ru', 'Финские следователи отследили вторжение до серверов в Иране.', 'FI', 'IR'],
  ['vi', 'Cảnh sát Đan Mạch đã truy vết vụ xâm nhập tới Triều Tiên.', 'DK', 'KP'],
  ['vi', 'Cơ quan an ninh mạng Estonia truy vết cuộc tấn công đến Nga.', 'EE', 'RU'],
  ['fr', 'Les enquêteurs belges ont remonté l’intrusion jusqu’à l’Iran.', 'BE', 'IR'],
  ['fr', 'La police suisse a retracé les attaques jusqu’à la Corée du Nord.', 'CH', 'KP'],
  ['fr', 'Les enquêteurs danois ont pu remonter jusqu’à la Chine.', 'DK', 'CN'],
  ['zh', '丹麦警方将这次攻击溯源至朝鲜。', 'DK', 'KP'],
  ['zh', '爱沙尼亚网络安全中心把入侵追溯到俄罗斯。', 'EE', 'RU'],
] as const) {
  test(`${lang}: the one who traces an act to a party accuses it: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Die estnischen Ermittler haben das Geld bis nach Zypern zurückverfolgt.'],
  ['de', 'Die estnischen Ermittler haben die Nachricht bis nach Lettland zurückverfolgt.'],
  ['es', 'La policía peruana rastreó el dinero hasta un banco en Panamá.'],
  ['ru', 'Финская полиция отследила деньги до банка на Кипре.'],
  ['vi', 'Cảnh sát Đan Mạch truy vết số tiền tới một ngân hàng ở Síp.'],
  ['fr', 'La police suisse a retracé l’argent jusqu’à une banque à Chypre.'],
  ['zh', '丹麦警方将这笔资金追踪至塞浦路斯的一家银行。'],
] as const) {
  test(`${lang}: what is traced that is no act accuses no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

// The passive is evidence the speaker tells: the one who says so accuses, not a tracer in the sentence.
for (const [lang, body, who, whom] of [
  ['de', 'Die dänische Regierung erklärte, der Angriff sei bis nach Russland zurückverfolgt worden.', 'DK', 'RU'],
  ['es', 'El Gobierno peruano afirmó que el ataque fue rastreado hasta China.', 'PE', 'CN'],
] as const) {
  test(`${lang}: the passive of tracing stays the speaker's (control): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}
