/**
 * A state body that speaks without its state in the phrase ("The defence ministry warned ...", "Das Innenministerium
 * warnte ...", "La commission électorale a demandé ...", "В пресс-службе парламента подтвердили ...", "Министерство
 * предупреждает ...", "Bộ Quốc phòng cảnh báo ...", "委员会呼吁 ...", "财政部警告 ..."): as the subject opening its
 * sentence it speaks for the state the text ties it to: the state named with the same body before, else the text's home
 * state, else the state speaking before, else the one state named so far. Negatives: two states named and none speaking
 * (nothing to tell them apart); an international organisation's body; a company's unit; such a noun that is no subject.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && (target === undefined || c.target === target));

for (const [lang, title, body, claimant, stance, target] of [
  ['en', 'Pension office hacked', 'Tokyo said on Monday that intruders had broken into the networks of its pension office. The defence ministry warned that North Korea might launch new intrusions against power grids.', 'JP', 'warns', 'KP'],
  ['en', 'Treasury acts on hackers', "Japan's finance ministry on Monday froze the assets of three hackers. The finance ministry warned that North Korea might launch new intrusions against power grids.", 'JP', 'warns', 'KP'],
  ['fr', 'Piratage des préfectures', 'La France a confirmé lundi une intrusion dans les serveurs de plusieurs préfectures. La commission électorale a demandé aux partis de vérifier leurs messageries.', 'FR', 'calls-for', undefined],
  ['de', 'Angriff auf Landesämter', 'Österreich hat am Montag einen Angriff auf die Server mehrerer Landesämter bestätigt. Das Innenministerium warnte vor weiteren Angriffen aus Russland.', 'AT', 'warns', 'RU'],
  ['es', 'Ataque a oficinas públicas', 'Chile confirmó el lunes un ataque contra los servidores de varias oficinas públicas. La comisión electoral pidió a los partidos revisar sus cuentas de correo.', 'CL', 'calls-for', undefined],
  ['ru', 'Атака на сайт сейма', 'Латвия в понедельник подтвердила атаку на серверы нескольких ведомств. В пресс-службе парламента подтвердили, что сайт был атакован.', 'LV', 'confirms', 'LV'],
  ['ru', 'Атака на сайт сейма', 'Латвия в понедельник подтвердила атаку на серверы нескольких ведомств. Министерство предупреждает, что Россия может провести новые атаки.', 'LV', 'warns', 'RU'],
  ['vi', 'Tấn công mạng nhắm vào các cơ quan', 'Singapore hôm thứ Hai xác nhận các máy chủ của nhiều cơ quan bị tấn công. Bộ Quốc phòng cảnh báo Triều Tiên có thể tiến hành thêm các vụ tấn công.', 'SG', 'warns', 'KP'],
  ['zh', '多个部门遭网络攻击', '捷克政府周一证实多个部门的服务器遭到攻击。委员会呼吁政府加强网络安全。', 'CZ', 'calls-for', undefined],
  ['zh', '制裁三名黑客', '美国财政部周一宣布制裁三名黑客。财政部警告，朝鲜可能发动更多网络攻击。', 'US', 'warns', 'KP'],
  ['zh', '國軍回應指控', '台灣週一證實多個機關的伺服器遭到入侵。國防部呼籲國人提高警覺，切勿轉傳不實訊息。', 'TW', 'calls-for', undefined],
] as const) {
  test(`${lang}: a state body with no state beside it speaks for the text's state: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(has(cs, claimant, stance, target), show(cs));
  });
}

for (const [lang, title, body] of [
  // Two states named, none speaking: no way to tell whose ministry it is.
  ['en', 'Hackers hit two capitals', 'Intruders hit networks in Japan and South Korea on Monday. The defence ministry warned that North Korea might launch new intrusions against power grids.'],
  ['de', 'Angriffe in zwei Ländern', 'Unbekannte griffen am Montag Server in Österreich und Ungarn an. Das Innenministerium warnte vor weiteren Angriffen aus Russland.'],
] as const) {
  test(`${lang}: two states and no speaker leave the body's state open (negative): ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'warns' && /^[A-Z]{2}$/u.test(c.claimant) && c.claimant !== 'RU' && c.claimant !== 'KP'), show(cs));
  });
}

for (const [lang, title, body, claimant] of [
  // An international organisation's body speaks for the organisation, never for a state.
  ['fr', 'Cyberattaques', 'La France a confirmé lundi une intrusion dans les serveurs de plusieurs préfectures. La Commission européenne a demandé aux États membres de renforcer leurs défenses.', 'EU'],
  // A company's own unit speaks for the company.
  ['en', 'Velmora breach', "Velmora Systems confirmed on Monday that its networks had been breached. The company's press office warned customers about phishing emails from China.", 'Velmora Systems'],
] as const) {
  test(`${lang}: an organisation's own body keeps its organisation (negative): ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === 'FR' && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant !== claimant && c.stance !== 'confirms' && /^[A-Z]{2}$/u.test(c.claimant) && c.claimant !== 'CN'), show(cs));
  });
}

// A body noun that is no subject (an object, a victim) speaks for no one.
for (const [lang, title, body] of [
  ['ru', 'Атака на сайт сейма', 'Латвия в понедельник подтвердила атаку на серверы. Хакеры атаковали министерство и предупредили о новых атаках.'],
  ['zh', '多个部门遭网络攻击', '黑客周一攻击了国防部的服务器，并警告将发动更多攻击。'],
] as const) {
  test(`${lang}: a body that is no subject speaks for no one (negative): ${body.slice(-40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'warns' && /^[A-Z]{2}$/u.test(c.claimant)), show(cs));
  });
}
