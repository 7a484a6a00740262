/**
 * A state adjective before a quoted name that heads its noun phrase ("nach Recherchen der finnischen Zeitung
 * „Helsingin Sanomat“", "selon le quotidien belge « Le Soir »", "según el diario argentino "Clarín"") tells where
 * the outlet is from: the opening quotation mark opens the name, it does not close the phrase
 * (state-premodifier.ts), so the outlet reports the finding and the state is not its claimant. Negatives: a state
 * body after a source marker still speaks; a state adjective with no name after it speaks for its state. Sentences
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, outlet, state, target] of [
  ['de', 'Nach Recherchen der finnischen Zeitung „Helsingin Sanomat“ haben nordkoreanische Hacker im Frühjahr die Rechner einer Reederei in Turku infiltriert.', 'Helsingin Sanomat', 'FI', 'KP'],
  ['de', 'Laut dem belgischen Blatt „Le Soir“ steckten iranische Hacker hinter dem Einbruch bei einem Brüsseler Logistikbetrieb.', 'Le Soir', 'BE', 'IR'],
  ['fr', 'Selon le quotidien belge « Le Soir », des pirates iraniens ont infiltré les serveurs d’un transporteur bruxellois au printemps.', 'Le Soir', 'BE', 'IR'],
  ['es', 'Según el diario argentino "Clarín", piratas informáticos norcoreanos infiltraron en primavera los equipos de una naviera de Rosario.', 'Clarín', 'AR', 'KP'],
  ['en', 'According to the Finnish daily "Helsingin Sanomat", North Korean hackers infiltrated the computers of a shipping firm in Turku this spring.', 'Helsingin Sanomat', 'FI', 'KP'],
] as const) {
  test(`${lang}: a state adjective before a quoted outlet name tells where the outlet is from: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion at a shipping firm' });
    assert.ok(attributes(cs, outlet, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === state), show(cs));
  });
}

for (const [lang, body, claimant, target] of [
  ['de', 'Nach Angaben der finnischen Regierung haben nordkoreanische Hacker im Frühjahr die Rechner einer Reederei in Turku infiltriert.', 'FI', 'KP'],
  ['fr', 'Selon le gouvernement belge, des pirates iraniens ont infiltré les serveurs d’un transporteur bruxellois au printemps.', 'BE', 'IR'],
  ['es', 'Según el Gobierno argentino, piratas informáticos norcoreanos infiltraron en primavera los equipos de una naviera de Rosario.', 'AR', 'KP'],
] as const) {
  test(`${lang}: a state adjective with no quoted name after it still speaks for its state (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Intrusion at a shipping firm' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}
