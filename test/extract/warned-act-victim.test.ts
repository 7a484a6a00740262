/**
 * The victim of the act a warning tells of is not the party warned of: "experts warn that the group keeps attacking
 * Russian organisations", "avertissent que ... continue d'attaquer des organisations russes", "advierten que ...
 * sigue atacando a organizaciones rusas", "предупреждают, что ... продолжает атаковать российские организации",
 * "cảnh báo ... vẫn đang tấn công các tổ chức của Nga". Negative case: the actor's state beside the actor noun is
 * still the one warned of. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WARNED: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Positive Technologies experts warn that the group keeps attacking Russian organisations.' },
  { lang: 'fr', s: "Les experts de Positive Technologies avertissent que Space Pirates continue d'attaquer des organisations russes." },
  { lang: 'es', s: 'Los expertos de Positive Technologies advierten que Space Pirates sigue atacando a organizaciones rusas.' },
  { lang: 'ru', s: 'Специалисты Positive Technologies предупреждают, что Space Pirates продолжает атаковать российские госучреждения.' },
  { lang: 'vi', s: 'Các chuyên gia của Positive Technologies cảnh báo Space Pirates vẫn đang tấn công các tổ chức của Nga.' },
];

for (const c of WARNED) {
  test(`${c.lang}: the victim of the act warned of is not the warned party: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.stance === 'warns'), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'warns' && x.target === 'RU'), show(cs));
  });
}

test('en: the actor beside the actor noun is still the one warned of (negative)', () => {
  const cs = claimsOf('The FBI warned that Iranian hackers keep attacking American water utilities.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns' && x.target === 'IR'), show(cs));
});
