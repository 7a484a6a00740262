/**
 * Modals of obligation in the tenses and forms the profiles lacked: the future and the conditional ("devra",
 * "deberá", "tendría que"), "ought to", "müsste", "обязаны", the hortative "hãy" and 务必/理应. Unknown, the
 * party before them was read as the caller of the verb of ceasing after them ("X devra cesser" gave X calling on
 * the speaker) or as the author of the act to be stopped. Known, the speaker calls on that party. A modal with no
 * party as its subject is no call. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const shown = (body: string, lang: string) => claimsOf(body, lang).map((c) => [c.claimant, c.stance, c.target ?? null]);

test('a future or conditional modal after a party is the speaker\'s call on it (fr, es, de)', () => {
  assert.deepEqual(shown('Le porte-parole de la diplomatie chinoise a déclaré que Washington devra cesser ses opérations de piratage.', 'fr'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('El portavoz de la cancillería china afirmó que Estados Unidos deberá cesar sus operaciones de espionaje informático.', 'es'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('El portavoz de la cancillería china afirmó que Washington tendría que cesar sus operaciones de espionaje informático.', 'es'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('Ein Sprecher des chinesischen Außenministeriums sagte, Washington müsste seine Hackerangriffe auf Peking einstellen.', 'de'), [['CN', 'calls-for', 'US']]);
});

test('"ought to", "обязаны", "hãy", 务必 and 理应 after a party are the speaker\'s call on it (en, ru, vi, zh)', () => {
  assert.deepEqual(shown('A Chinese foreign ministry spokesman said the United States ought to stop its hacking operations against Beijing.', 'en'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('Официальный представитель МИД России заявил, что США обязаны прекратить хакерские операции против Москвы.', 'ru'), [['RU', 'calls-for', 'US']]);
  assert.deepEqual(shown('Người phát ngôn Bộ Ngoại giao Trung Quốc nói Mỹ hãy chấm dứt các hoạt động tin tặc nhằm vào Bắc Kinh.', 'vi'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('中国外交部发言人说，美方务必停止针对北京的黑客行动。', 'zh'), [['CN', 'calls-for', 'US']]);
  assert.deepEqual(shown('中国外交部发言人说，美方理应停止针对北京的黑客行动。', 'zh'), [['CN', 'calls-for', 'US']]);
});

test('the same modals with no party as their subject call on no one (en, fr, es, de, ru, vi, zh)', () => {
  const calls = (body: string, lang: string) => shown(body, lang).filter(([, s]) => s === 'calls-for');
  assert.deepEqual(calls('A Chinese foreign ministry spokesman said the intruders sought to copy files from the servers.', 'en'), []);
  assert.deepEqual(calls('Le porte-parole de la diplomatie chinoise a déclaré que la question devra être examinée par des experts.', 'fr'), []);
  assert.deepEqual(calls('El portavoz de la cancillería china afirmó que el informe tendrá que esperar a la próxima semana.', 'es'), []);
  assert.deepEqual(calls('Ein Sprecher des chinesischen Außenministeriums sagte, ein Angreifer müsste dafür Zugang zu den Geräten haben.', 'de'), []);
  assert.deepEqual(calls('Официальный представитель МИД России заявил, что каждый пользователь обязан обновлять свои устройства.', 'ru'), []);
  assert.deepEqual(calls('Hãy cùng nhìn lại diễn biến của vụ tấn công mạng nhằm vào Mỹ.', 'vi'), []);
  assert.deepEqual(calls('中国外交部发言人说，各方务必保持冷静。', 'zh'), []);
});
