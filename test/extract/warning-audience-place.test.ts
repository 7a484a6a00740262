/**
 * The state where a warning's audience is ("warned agencies in Vietnam about the risk of X", "advirtió a los
 * organismos en Vietnam del riesgo de que X ...") is not the party warned of: the threat is. Negative cases: a
 * state after a locative beside an actor noun ("hackers in Russia") is still warned of, and a locative before the
 * verb is the seat of the one who warns ("el Embajador de Rusia en EE.UU."), so the warning of the US stays.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const AUDIENCE: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'Zeta warned agencies in Vietnam about the risk of LuminousMoth expanding its operations.' },
  { lang: 'es', s: 'Zeta advirtió a los organismos en Vietnam del riesgo de que LuminousMoth amplíe sus operaciones.' },
];

for (const c of AUDIENCE) {
  test(`${c.lang}: the audience's state is not the party warned of: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.stance === 'warns'), show(cs));
    assert.ok(!cs.some((x) => x.target === 'VN'), show(cs));
  });
}

test('en: a state after a locative beside an actor noun is still warned of (negative)', () => {
  const cs = claimsOf('Zeta warned that hackers in Russia could strike again.', 'en');
  assert.ok(cs.some((x) => x.stance === 'warns' && x.target === 'RU'), show(cs));
});

test('es: a locative before the verb is the seat of the one who warns (negative)', () => {
  const cs = claimsOf('Como declaró el Embajador de Rusia en EE.UU., "tal conducta hostil recibirá sin duda una respuesta contundente".', 'es');
  assert.ok(cs.some((x) => x.claimant === 'RU' && x.stance === 'warns' && x.target === 'US'), show(cs));
});
