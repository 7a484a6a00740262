/**
 * An official whose role names no state speaks for a state the sentence names, never for the one it
 * names as the actor: a state right beside an actor noun ("Iranian hackers", "PRC-based actors",
 * "tin tặc Iran", "伊朗黑客", "иранские хакеры") is whom the official speaks of. The official's own
 * state is another one the sentence names. Negative: a state the sentence names as the victim
 * only is still the official's. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, state, accused] of [
  ['en', 'Under Secretary Peter Vance said the penalties reflected the department\'s determination to confront PRC-based actors that endanger American networks, and warned that the United States would make such actors pay.', 'US', 'CN'],
  ['en', 'Deputy Minister Laura Penn said Iranian hackers had targeted American water utilities and warned that Washington would respond.', 'US', 'IR'],
  ['de', 'Staatssekretär Paul Orsat sagte, iranische Hacker hätten amerikanische Wasserwerke angegriffen, und warnte, die USA würden reagieren.', 'US', 'IR'],
  ['ru', 'Заместитель министра Пол Орсат заявил, что иранские хакеры атаковали американские водоканалы, и предупредил, что США ответят.', 'US', 'IR'],
  ['vi', 'Thứ trưởng Laura Penn cho biết tin tặc Iran đã tấn công các nhà máy nước của Mỹ và cảnh báo Washington sẽ đáp trả.', 'US', 'IR'],
  ['zh', '副部长劳拉·佩恩表示，伊朗黑客攻击了美国的供水设施，并警告华盛顿将作出回应。', 'US', 'IR'],
] as const) {
  test(`${lang}: an official does not speak for the state named as the actor: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on water utilities' });
    assert.ok(cs.some((c) => c.claimant === state && c.target === accused), show(cs));
    assert.ok(!cs.some((c) => c.claimant === accused), show(cs));
  });
}

test('en: a state named as the victim only is still the official\'s (negative)', () => {
  const cs = claimsOf('Deputy Minister Laura Penn said Estonia\'s registries were hit by hackers from Iran.', 'en', { title: 'Cyberattack on registries' });
  assert.ok(cs.some((c) => c.claimant === 'EE'), show(cs));
});
