/**
 * News outlets the outlet list did not know: a broadcaster (Israel's Channel 12), a Sunday paper (The Mail on
 * Sunday), a weekly known by a common word (Semana, only as "la revista Semana") and the Chinese title of The Sydney
 * Morning Herald. Each reports a finding and is its claimant under its usual English name; the state
 * before a Chinese title is no claimant. Sentences written for these tests, about invented incidents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

/** [lang, sentence, outlet, target] */
const REPORTS: Array<[string, string, string, string]> = [
  ['en', 'The Mail on Sunday reported that hackers working for Iran had read the private emails of a junior minister in Kent.', 'The Mail on Sunday', 'IR'],
  ['vi', 'Đài Channel 12 hôm thứ Ba loan tin một nhóm tin tặc do Iran hậu thuẫn đã chiếm quyền máy chủ của một hãng vận tải ở Haifa.', 'Channel 12', 'IR'],
  ['zh', '澳洲《悉尼先驱晨报》周二称，伊朗情报机构的黑客曾长期潜伏在珀斯某矿企内网。', 'The Sydney Morning Herald', 'IR'],
];
for (const [lang, sentence, outlet, target] of REPORTS) {
  test(`${lang}: ${outlet} reporting a finding is its claimant`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, outlet, target), show(cs));
  });
}

test('zh: the state before the title of The Sydney Morning Herald does not speak', () => {
  const cs = claimsOf('澳洲《悉尼先驱晨报》周二称，伊朗情报机构的黑客曾长期潜伏在珀斯某矿企内网。', 'zh');
  assert.ok(!cs.some((c) => c.claimant === 'AU'), show(cs));
});

test('en: a broadcaster that is only hijacked makes no claim (negative)', () => {
  const cs = claimsOf('Hackers linked to Iran hijacked the evening broadcast of Channel 12 for several minutes, police said.', 'en');
  assert.equal(cs.filter((c) => c.claimant === 'Channel 12').length, 0, show(cs));
});

test('es: "semana" as a week names no outlet (negative)', () => {
  const cs = claimsOf('La Semana pasada, el ministerio acusó a Rusia de espiar los correos de un sindicato portuario.', 'es');
  assert.equal(cs.filter((c) => c.claimant === 'Semana').length, 0, show(cs));
});
