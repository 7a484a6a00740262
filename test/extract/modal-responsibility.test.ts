/**
 * A modal before a cue of blame: "the government of X must bear responsibility for the attack", "chính phủ X
 * phải chịu trách nhiệm về vụ xâm nhập", "X должен нести ответственность за", "X必须为这次攻击负责". The modal
 * tells whose the act is (an attribution, from the blame cue), it calls on no one to act. Negatives: a modal
 * before a verb of acting ("X must stop its attacks", "X phải ngừng", "X必须停止") is still a call. Names and
 * events invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Cyberattack on a port';

for (const [lang, body] of [
  ['en', 'The State Department said the government of Iran must bear responsibility for the intrusion into the port of Calvera.'],
  ['vi', 'Bộ Ngoại giao Mỹ khẳng định chính phủ Iran phải chịu trách nhiệm về vụ xâm nhập hệ thống cảng Calvera.'],
  ['ru', 'Госдепартамент США заявил, что Иран должен нести ответственность за взлом систем порта Кальвера.'],
  ['zh', '美国国务院表示，伊朗必须为入侵卡尔韦拉港系统一事负责。'],
] as const) {
  test(`${lang}: a modal before responsibility attributes, calls for nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'US', 'IR'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The State Department said Iran must stop its attacks on the port of Calvera.'],
  ['vi', 'Bộ Ngoại giao Mỹ nói Iran phải ngừng tấn công hệ thống cảng Calvera.'],
  ['ru', 'Госдепартамент США заявил, что Иран должен прекратить атаки на порт Кальвера.'],
  ['zh', '美国国务院表示，伊朗必须停止对卡尔韦拉港的网络攻击。'],
] as const) {
  test(`${lang}: a modal before an act is still a call (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === 'US' && c.stance === 'calls-for' && c.target === 'IR'), show(cs));
  });
}
