/**
 * French summons and formal notices as appeals: "a sommé X de fournir ses preuves", "a mis en demeure
 * X de retirer ..." call on the one summoned, even when it is an organisation rather than a state.
 * Negatives: "nous sommes" (we are) and "le sommet" (the summit) call on no one. Names and sentences
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Logiciel espion : Tunis réplique';

for (const [body, who] of [
  ['Le gouvernement tunisien a sommé Human Rights Watch de produire les éléments techniques de son enquête.', 'TN'],
  ['Le gouvernement tunisien a sommé vendredi l’Algérie de mettre fin à ces intrusions.', 'TN'],
  ['Le gouvernement tunisien a mis en demeure l’Algérie de retirer ces logiciels de ses réseaux.', 'TN'],
] as const) {
  test(`fr: a summons is an appeal: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'fr', { title });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'calls-for'), show(cs));
  });
}

for (const body of [
  'Le ministre tunisien a dit : « Nous sommes surpris par la teneur de cette note. »',
  'Le sommet de Tunis consacré au numérique s’est ouvert lundi en présence de l’Algérie.',
]) {
  test(`fr: no summons (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'fr', { title });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
