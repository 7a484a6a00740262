/**
 * A capitalised first person singular opening a sentence ("Je peux confirmer", "Ich kann bestätigen", "Yo confirmo",
 * "Я подтверждаю") is no organisation: it speaks for the speaker of the quotation or turn, else for no one named.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const pronounClaimant = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => /^(?:Je|J|Ich|Yo|Я)$/u.test(c.claimant ?? ''));

test('the first person singular is never taken for an organisation', () => {
  for (const [lang, s] of [
    ['fr', 'Je peux confirmer que le groupe APT28 a pénétré le réseau de la mairie de Valcourt.'],
    ['de', 'Ich kann bestätigen, dass die Gruppe APT28 in das Netz der Stadtwerke Lindhagen eingedrungen ist.'],
    ['es', 'Yo confirmo que el grupo APT28 entró en la red del ayuntamiento de Marvella.'],
    ['ru', 'Я подтверждаю, что группа APT28 проникла в сеть мэрии Вельска.'],
  ] as const) {
    const cs = claimsOf(s, lang);
    assert.ok(!pronounClaimant(cs), `${lang}: ${show(cs)}`);
  }
});

test('inside a quotation the first person singular speaks for the one quoted', () => {
  const fr = claimsOf("Le directeur de l'agence Velmora, Paul Dartois, a déclaré : « Je peux confirmer que le groupe APT28 a attaqué le réseau. »", 'fr');
  assert.ok(fr.some((c) => c.claimant === 'Velmora') && !pronounClaimant(fr), show(fr));
  const de = claimsOf('Der Leiter der Behörde Tarvisk, Jonas Merrow, sagte: „Ich kann bestätigen, dass die Gruppe APT28 das Netz angegriffen hat.“', 'de');
  assert.ok(!pronounClaimant(de), show(de));
});
