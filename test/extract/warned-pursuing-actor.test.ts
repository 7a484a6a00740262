/**
 * A warning whose words tell an actor's ongoing or intended hostile act ("warned that X continues to attack
 * German ministries") warns of that actor (its state, else its name), not of the victim its act names after it.
 * Negative cases: with no actor pursuing a hostile act, the party after the cue is still the one warned; a
 * company that names no state warns of the group itself. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WARNS: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'The FBI warned that APT31 continues to attack German ministries.' },
  { lang: 'ru', s: 'ФБР предупредило, что APT31 продолжает атаковать немецкие министерства.' },
  { lang: 'vi', s: 'FBI cảnh báo nhóm APT31 tiếp tục tấn công các bộ của Đức.' },
  { lang: 'zh', s: '美国联邦调查局警告，APT31持续攻击德国政府机构。' },
  { lang: 'es', s: 'El FBI advirtió que APT31 sigue atacando ministerios alemanes.' },
  { lang: 'fr', s: "Le FBI a averti que le groupe APT31 continue d'attaquer des ministères allemands." },
  { lang: 'de', s: 'Das FBI warnte, APT31 versuche weiterhin, in deutsche Ministerien einzudringen.' },
];

for (const c of WARNS) {
  test(`${c.lang}: a warning that a group keeps attacking warns of the group (of its state once the text names it), not of the victim`, () => {
    const cs = claimsOf(c.s, c.lang);
    const w = cs.filter((x) => x.claimant === 'US' && x.stance === 'warns');
    assert.ok(w.some((x) => x.target === 'APT31'), show(cs));
    assert.ok(!w.some((x) => x.target === 'DE'), show(cs));
  });
}

test('ru: a company warning of a group whose state the text does not name warns of the group itself', () => {
  const cs = claimsOf('Эксперты Kaspersky предупреждают, что APT31 продолжает атаковать немецкие министерства.', 'ru');
  assert.ok(cs.some((x) => x.stance === 'warns' && x.target === 'APT31'), show(cs));
  assert.ok(!cs.some((x) => x.stance === 'warns' && x.target === 'DE'), show(cs));
});

test('en: with no actor pursuing a hostile act, the addressee after the cue is still the one warned (negative)', () => {
  const cs = claimsOf('The FBI warned Germany that phishing emails continue to reach its ministries.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns' && x.target === 'DE'), show(cs));
});

test('es: a defender that keeps blocking attacks is no threat warned of (negative)', () => {
  const cs = claimsOf('El FBI advirtió a Alemania que sus ministerios siguen bloqueando ataques.', 'es');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns' && x.target === 'DE'), show(cs));
});
