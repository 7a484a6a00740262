/**
 * A body telling that it (or its own experts) stopped or detected an act against itself confirms it was hit: verbs
 * of thwarting, repelling, neutralising ("thwarted", "frustró", "vereitelte", "обезвредила", "ngăn chặn", "挫败") make
 * their subject tell of the act, as a discovery verb does, and the hit is its own when the words name its own
 * systems, its own staff's devices ("điện thoại của nhân viên") or its own state as the victim marked before the act
 * ("针对以色列企业的攻击"). Negatives: a vendor stopping an attack on someone else, staff of another body, a defence
 * tool used against another state, and a first-person verb inside a quotation. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Cs = ReturnType<typeof claimsOf>;
const confirms = (cs: Cs, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, body, who] of [
  ['en', 'The Israeli Defence Ministry thwarted a cyberattack on its networks.', 'IL'],
  ['en', 'Velmora repelled an intrusion into its corporate network last week.', 'Velmora'],
  ['es', 'El ministerio de Defensa de España frustró un ciberataque contra sus servidores.', 'ES'],
  ['de', 'Velmora vereitelte einen Angriff auf seine Netze.', 'Velmora'],
  ['ru', 'ФСБ обезвредила атаку на сети ведомства.', 'RU'],
  ['vi', 'Velmora đã ngăn chặn một cuộc tấn công vào hệ thống của mình.', 'Velmora'],
  ['zh', '以色列国防部挫败了一起针对其网络的攻击。', 'IL'],
  // A state stopping an attack on its own country's firms, the victim marked before the act.
  ['zh', '以色列国防部挫败了一次针对以色列军工厂商的网络入侵。', 'IL'],
  // Its own experts, its own staff's devices, a suspicious activity as the trace of the hit.
  ['vi', 'Các chuyên gia ESET phát hiện hoạt động đáng ngờ từ điện thoại của nhân viên.', 'ESET'],
  ['vi', 'Các chuyên gia ESET phát hiện một cuộc tấn công vào điện thoại của nhân viên công ty.', 'ESET'],
] as const) {
  test(`${lang}: a body stopping or detecting an act on its own systems confirms its hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, body, who] of [
  ['en', 'Microsoft thwarted attacks on Ukrainian government agencies.', 'Microsoft'],
  ['es', 'Microsoft frustró ataques contra organizaciones ucranianas.', 'Microsoft'],
  ['zh', '微软挫败了一起针对乌克兰政府机构的网络攻击。', 'Microsoft'],
  ['vi', 'Các chuyên gia ESET phát hiện một cuộc tấn công vào điện thoại của nhân viên Bộ Ngoại giao Pháp.', 'ESET'],
  ['ru', 'Velmora предотвратила атаку на серверы польского министерства.', 'Velmora'],
] as const) {
  test(`${lang}: a body stopping an act on another confirms no hit of its own (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}

test('en: a vendor neutralising a tool used against another state confirms no hit of its own (negative)', () => {
  const cs = claimsOf('Velmora neutralised a botnet that Russian hackers had used against Polish ministries.', 'en', { title: 'Cyberattack' });
  assert.ok(!confirms(cs, 'Velmora'), show(cs));
});

test('ru: a first-person defence verb inside a quotation is the quoted speaker\'s, not a state\'s of the words (negative)', () => {
  const cs = claimsOf('«Мы нейтрализовали сложный шпионский инструмент российских спецслужб», — заявил представитель министерства юстиции США.', 'ru', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
});
