/**
 * A denial told as rejecting or opposing the accusation: "rejects the accusations", "lehnt die
 * Vorwürfe ... ab" (the separable verb, its particle at the end), "hat die Anschuldigungen
 * abgelehnt", "ist entschieden gegen diese Verleumdung", "выступает против этих обвинений",
 * "s'oppose fermement à ces accusations". The accused party that rejects is the one that denies.
 * Not a denial: declining to comment ("lehnte eine Stellungnahme ab"), or opposing attacks on a
 * victim ("выступают против кибератак на больницы"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const REJECTIONS: Array<[lang: string, body: string]> = [
  ['de', 'Die estnische Regierung warf Russland vor, hinter den Angriffen von APT28 zu stehen.\nRussland lehnt diese Vorwürfe der estnischen Seite kategorisch ab.'],
  ['de', 'Die estnische Regierung warf Russland vor, hinter den Angriffen von APT28 zu stehen.\nMoskau hat die Anschuldigungen umgehend abgelehnt.'],
  ['de', 'Die estnische Regierung warf Russland vor, hinter den Angriffen von APT28 zu stehen.\nRussland ist entschieden gegen diese Verleumdung.'],
  ['ru', 'Правительство Эстонии обвинило Россию в атаках APT28.\nРоссия решительно выступает против этих обвинений.'],
  ['ru', 'Правительство Эстонии обвинило Россию в атаках APT28.\nМосква выступает против любых кибератак.'],
  ['en', 'The Estonian government accused Russia of the APT28 attacks.\nRussia firmly rejects these accusations.'],
  ['fr', "Le gouvernement estonien a accusé la Russie des attaques d'APT28.\nLa Russie s'oppose fermement à ces accusations."],
];

for (const [lang, body] of REJECTIONS) {
  test(`${lang}: rejecting or opposing the accusation is a denial by the accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU' && (c.stance === 'accuses' || c.stance === 'attributes')), show(cs));
  });
}

const NO_DENIAL: Array<[lang: string, body: string]> = [
  ['de', 'Die estnische Regierung warf Russland vor, hinter den Angriffen von APT28 zu stehen.\nDer Netzbetreiber Elering lehnte eine Stellungnahme ab.'],
  ['ru', 'Правительство Эстонии обвинило Россию в атаках APT28.\nСША выступают против кибератак на больницы.'],
];

for (const [lang, body] of NO_DENIAL) {
  test(`${lang}: declining to comment, or opposing attacks on a victim, denies nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}
