/**
 * Unnamed groups that claim an act, told by a state word beside their head noun ("Iranian hackers claimed
 * responsibility", "Iranische Gruppen bekannten sich", "des pirates prorusses ont revendiqué", "российские
 * хакеры взяли на себя ответственность", "nhóm tin tặc Iran nhận trách nhiệm", "伊朗黑客声称对此负责"): the
 * state word is the group's tie, so the state claims nothing. Negatives (the state still claims): a state
 * or its service as the subject ("Ukraine claimed responsibility", "military intelligence of Ukraine"), and
 * named groups listed as joint claimants keep their claims. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyberattack on ports' };
const stateOwns = (cs: ReturnType<typeof claimsOf>, s: string) => cs.some((c) => c.claimant === s && c.stance === 'attributes' && c.target === s);

for (const [lang, body, state] of [
  ['en', 'Iranian hackers claimed responsibility for the outage at the port of Velmora.', 'IR'],
  ['en', 'Pro-Russian groups claimed the attacks on the port of Velmora.', 'RU'],
  ['de', 'Iranische oder iranfreundliche Gruppen bekannten sich zu Angriffen auf den Hafen von Velmora.', 'IR'],
  ['fr', 'Des pirates iraniens ont revendiqué l\'attaque contre le port de Velmora.', 'IR'],
  ['es', 'Unos hackers iraníes reivindicaron el ataque contra el puerto de Velmora.', 'IR'],
  ['ru', 'Российские хакеры взяли на себя ответственность за атаку на порт.', 'RU'],
  ['vi', 'Nhóm tin tặc Iran nhận trách nhiệm về vụ tấn công cảng Velmora.', 'IR'],
  ['zh', '伊朗黑客声称对此次港口攻击负责。', 'IR'],
] as const) {
  test(`${lang}: the state word of an unnamed group claims nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!stateOwns(cs, state), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Ukraine claimed responsibility for the outage at the port.'],
  ['de', 'Der ukrainische Militärgeheimdienst bekannte sich zu dem Angriff auf den Hafen.'],
  ['ru', 'Ответственность за атаку на порт взяла на себя военная разведка Украины.'],
  ['vi', 'Tình báo quân đội Ukraine nhận trách nhiệm về vụ tấn công cảng.'],
] as const) {
  test(`${lang}: a state or its service still claims (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(stateOwns(cs, 'UA'), show(cs));
  });
}
