/**
 * A joint act led by a list of bodies ("the FBI and the NSA, together with agencies from Norway and
 * Finland, warned of ..."): the lead list signs too, and it is no target of the warning. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'APT28 keeps probing routers. The FBI and the NSA, together with agencies from Norway and Finland, warned operators about the group in an advisory on Tuesday.' },
  { lang: 'es', body: 'APT28 sigue atacando enrutadores. El FBI y la NSA, junto con agencias de Noruega y Finlandia, advirtieron a los operadores sobre el grupo en una alerta publicada el martes.' },
  { lang: 'de', body: 'APT28 greift weiter Router an. Das FBI und die NSA, gemeinsam mit Behörden aus Norwegen und Finnland, warnten am Dienstag die Betreiber vor der Gruppe.' },
  { lang: 'ru', body: 'APT28 продолжает атаковать маршрутизаторы. ФБР и АНБ совместно с ведомствами Норвегии и Финляндии предупредили операторов об угрозе со стороны группы.' },
];

for (const c of CASES) {
  test(`${c.lang}: the lead list of a joint warning signs it, and is not what it warns of`, () => {
    const cs = claimsOf(c.body, c.lang);
    const warns = (who: string) => cs.some((x) => x.claimant === who && x.stance === 'warns' && x.target === 'APT28');
    for (const who of ['US', 'NO', 'FI']) assert.ok(warns(who), `${who} warns APT28: ${show(cs)}`);
    assert.ok(!cs.some((x) => x.stance === 'warns' && x.target === 'US'), show(cs));
  });
}
