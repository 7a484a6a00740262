/**
 * A challenge to prove a claim is an appeal that needs no named addressee: "desafía a quienes repiten esas
 * acusaciones a que presenten pruebas", "met au défi ses accusateurs de produire une seule preuve" make a call by
 * their subject. Negatives: a bare demand with no addressee ("exige explicaciones", "a exigé des preuves")
 * stays no call (see government-addressee tests), nor does the noun "desafío" (a challenge faced).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; lead: string; challenge: string; demand: string; noun: string }> = [
  {
    lang: 'es',
    lead: 'Estados Unidos acusó a Corea del Norte del ataque.',
    challenge: 'Corea del Norte desafía a quienes repiten esas acusaciones a que presenten pruebas.',
    demand: 'Microsoft exige explicaciones sobre la intrusión.',
    noun: 'Corea del Norte habló del desafío que suponen los ataques.',
  },
  {
    lang: 'fr',
    lead: "Les États-Unis ont accusé la Corée du Nord de l'attaque.",
    challenge: "La Corée du Nord met au défi ses accusateurs de produire une seule preuve.",
    demand: 'Microsoft a exigé des explications sur le piratage.',
    noun: 'La Corée du Nord a évoqué le défi que posent les attaques.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a challenge to prove the claims is a call with no named addressee`, () => {
    const cs = claimsOf(`${c.lead} ${c.challenge}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'KP' && x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: a bare demand with no addressee is no call (negative)`, () => {
    const cs = claimsOf(c.demand, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: the noun of a challenge faced is no call (negative)`, () => {
    const cs = claimsOf(`${c.lead} ${c.noun}`, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'KP' && x.stance === 'calls-for'), show(cs));
  });
}
