/**
 * "with its counterparts from X, Y and Z": the counterparts co-sign the joint act, they are not what it
 * warns of or whom it accuses. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'es', body: 'APT28 sigue atacando enrutadores. El FBI publicó el martes con sus homólogos de Noruega y Finlandia una alerta que advierte a los operadores sobre el grupo.' },
  { lang: 'fr', body: 'APT28 continue de viser des routeurs. Le FBI a publié mardi avec ses homologues de Norvège et Finlande une alerte qui met en garde les opérateurs contre le groupe.' },
  { lang: 'en', body: 'APT28 keeps probing routers. The FBI, with its counterparts of Norway and Finland, warned operators about the group in an advisory on Tuesday.' },
];

for (const c of CASES) {
  test(`${c.lang}: counterparts of a joint warning sign it, and are not what it warns of`, () => {
    const cs = claimsOf(c.body, c.lang);
    const warns = (who: string) => cs.some((x) => x.claimant === who && x.stance === 'warns' && x.target === 'APT28');
    for (const who of ['US', 'NO', 'FI']) assert.ok(warns(who), `${who} warns APT28: ${show(cs)}`);
    assert.ok(!cs.some((x) => x.stance === 'warns' && (x.target === 'NO' || x.target === 'FI')), show(cs));
  });
}
