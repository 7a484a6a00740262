/**
 * A verb of ceasing told as its subject's own act ("X podría cesar", "X có thể chấm dứt", "X将停止"): the
 * profiles count verbs of ceasing among the cues of a call, and the party before one was read as calling on
 * the speaker's state. With no call verb and no modal of obligation before it, the party stops its own doing
 * and no one is called on; after a call verb ("yêu cầu Mỹ chấm dứt", "a appelé Washington à cesser") or a
 * modal ("X debe cesar", "美方应立即停止") it stays the speaker's call on that party. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const calls = (body: string, lang: string) => claimsOf(body, lang).filter((c) => c.stance === 'calls-for').map((c) => [c.claimant, c.target ?? null]);

test('a party that could or will stop its own doing calls on no one (es, fr, ru, vi, zh)', () => {
  assert.deepEqual(calls('El portavoz de la cancillería china afirmó que Estados Unidos podría cesar esas operaciones cuando quisiera.', 'es'), []);
  assert.deepEqual(calls('Le porte-parole de la diplomatie chinoise a déclaré que Washington pourrait cesser ces opérations à tout moment.', 'fr'), []);
  assert.deepEqual(calls('Официальный представитель МИД России заявил, что США могут прекратить эти операции в любой момент.', 'ru'), []);
  assert.deepEqual(calls('Người phát ngôn Bộ Ngoại giao Trung Quốc nói Mỹ có thể chấm dứt các hoạt động đó bất cứ lúc nào.', 'vi'), []);
  assert.deepEqual(calls('中国外交部发言人说，美国将停止与中方的网络安全合作。', 'zh'), []);
  assert.deepEqual(calls('俄罗斯外交部发言人说，美方随时可以停止这些行动。', 'zh'), []);
});

test('after a call verb or a modal of obligation the verb of ceasing is still the speaker\'s call (es, fr, ru, vi, zh)', () => {
  assert.deepEqual(calls('El portavoz de la cancillería china afirmó que Estados Unidos debe cesar esas operaciones.', 'es'), [['CN', 'US']]);
  assert.deepEqual(calls('Le porte-parole de la diplomatie chinoise a déclaré que les États-Unis doivent immédiatement cesser ces opérations.', 'fr'), [['CN', 'US']]);
  assert.deepEqual(calls('Pékin a appelé Washington à cesser ses opérations de piratage.', 'fr'), [['CN', 'US']]);
  assert.deepEqual(calls('Официальный представитель МИД России заявил, что США должны прекратить эти операции.', 'ru'), [['RU', 'US']]);
  assert.deepEqual(calls('Bộ Ngoại giao Trung Quốc yêu cầu Mỹ chấm dứt các hoạt động tin tặc nhằm vào Bắc Kinh.', 'vi'), [['CN', 'US']]);
  assert.deepEqual(calls('中国外交部发言人说，美方应立即停止针对北京的黑客行动。', 'zh'), [['CN', 'US']]);
});
