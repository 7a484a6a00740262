/**
 * The French profile's role nouns and back-references against ordinary French as wire reports and embassy
 * statements write them, on sentences written for these tests: roles before a speaker's name ("l'émissaire",
 * "le PDG"), bodies and trades pointing back to the speaker named before ("le département", "l'organisme",
 * "la mission diplomatique", "le fournisseur"), and the near misses each must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { claimsOf, show } from '../helpers/claim-sentences.ts';
const claims = (body: string): ClaimCandidate[] => claimsOf(body, 'fr');

type Stance = 'attributes' | 'denies' | 'warns' | 'confirms' | 'calls-for';
const has = (cs: ClaimCandidate[], claimant: string, stance: Stance, target: string | null | undefined): boolean =>
  cs.some((c) => c.claimant === claimant
    && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses'))
    && (target === undefined || c.target === target));

/** [group of forms, sentence, claimant, stance, target (undefined: any)] */
const POSITIVES: Array<[string, string, string, Stance, string | null | undefined]> = [
  // 7. Role nouns before a speaker's name ("l'émissaire", "le PDG"), and roles and bodies pointing back to the speaker
  // named before: a state's department, agency, regulator, embassy, diplomatic mission; a company by its trade.
  ['role "émissaire" before a name', 'L’émissaire japonais Kenji Sato a déclaré que la Corée du Nord était derrière l’attaque.', 'JP', 'attributes', 'KP'],
  ['role "PDG" before a company', 'Le PDG d’Orange, Marc Dubreuil, a confirmé que l’opérateur avait été victime d’une cyberattaque.', 'Orange', 'confirms', undefined],
  ['"le département"', 'Le ministère lituanien des Affaires étrangères a publié un communiqué mardi. Selon le département, la Russie est derrière l’attaque.', 'LT', 'attributes', 'RU'],
  ['"l\'organisme"', 'Le ministère croate de l’Intérieur a publié une note lundi. L’organisme estime que la Russie est derrière l’attaque.', 'HR', 'attributes', 'RU'],
  ['"le régulateur"', 'L’agence croate de cybersécurité a publié un avis lundi. Le régulateur estime que la Russie est derrière l’attaque.', 'HR', 'attributes', 'RU'],
  ['"l\'ambassade"', 'L’ambassade de Chine à Paris a publié un communiqué. L’ambassade rejette ces accusations.', 'CN', 'denies', 'CN'],
  ['"la mission diplomatique"', 'L’ambassade de Chine à Paris a publié un communiqué. La mission diplomatique rejette ces accusations.', 'CN', 'denies', 'CN'],
  ['"le fournisseur"', 'ESET a publié un rapport mardi. Le fournisseur estime que le groupe Turla est lié à la Russie.', 'ESET', 'attributes', 'RU'],
  ['"l\'opérateur"', 'Orange a publié un communiqué mardi. Selon l’opérateur, le groupe Turla est lié à la Russie.', 'Orange', 'attributes', 'RU'],
];

for (const [group, sentence, claimant, stance, target] of POSITIVES) {
  test(`fr ${group}: ${claimant} ${stance} ${target ?? ''}`, () => {
    const cs = claims(sentence);
    assert.ok(has(cs, claimant, stance, target), show(cs));
  });
}

/** [near miss, sentence, claimant, stance that must not be made (any target)] */
const NEGATIVES: Array<[string, string, string, Stance]> = [
  ['an embassy that is the victim does not speak', 'Des pirates ont attaqué l’ambassade de Chine à Paris, a déclaré le ministère français des Affaires étrangères.', 'CN', 'attributes'],
  ['"le fournisseur" before a name is its title, not a reference back', 'ESET a publié un rapport mardi. Le fournisseur Cloudflare estime que le groupe Turla est lié à la Russie.', 'ESET', 'attributes'],
];

for (const [group, sentence, claimant, stance] of NEGATIVES) {
  test(`fr near miss, ${group}`, () => {
    const cs = claims(sentence);
    assert.ok(!has(cs, claimant, stance, undefined), show(cs));
  });
}
