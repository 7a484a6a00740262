/**
 * What a claim is about, beyond the groups its own sentence names: a state unit that the text also
 * names by its group name ("Unit 29155 ... tracked as Ember Bear"), in several languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const about = (cs: ClaimCandidate[], group: string): boolean => cs.some((c) => c.about.includes(group));
const shown = (cs: ClaimCandidate[]): string => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target, c.about]));

// The claim names only the unit; another sentence gives the group's name.
const UNIT_CASES: Array<[string, string]> = [
  ['en', 'The FBI said Unit 29155 of Russia’s GRU was responsible for the attacks on Ukrainian ministries.\nSecurity vendors track the unit as Ember Bear.'],
  ['de', 'Das BSI macht die Einheit 29155 des russischen Militärgeheimdienstes GRU für die Angriffe verantwortlich.\nSicherheitsfirmen nennen die Gruppe Ember Bear.'],
  ['fr', 'L’ANSSI a attribué les attaques à l’unité 29155 du GRU russe.\nLes chercheurs la désignent sous le nom Ember Bear.'],
  ['es', 'El FBI acusó a la unidad 29155 del GRU ruso de los ataques contra ministerios ucranianos.\nLas empresas de seguridad la llaman Ember Bear.'],
];

for (const [lang, body] of UNIT_CASES) {
  test(`${lang}: a claim about a state unit is about the group the text names for it`, () => {
    const cs = claimsOf(body, lang);
    const accusation = cs.filter((c) => c.stance === 'attributes' || c.stance === 'accuses');
    assert.ok(accusation.length, shown(cs));
    assert.ok(about(accusation, 'Ember Bear'), shown(cs));
  });
}

test('a unit stands for no group the text does not name', () => {
  const cs = claimsOf('The FBI said Unit 29155 of Russia’s GRU was responsible for the attacks on Ukrainian ministries.', 'en');
  assert.ok(cs.length, shown(cs));
  assert.ok(!about(cs, 'Ember Bear'), shown(cs));
});
