/**
 * An apposition telling that the speaking body is part of a state's body ("Telcert, a unit of the national agency
 * CyberSecurity Malaysia, said", "KzCERT, une unité de l'ANSSI, a averti", "KzCERT, eine Abteilung des BSI,
 * warnte") makes it speak for that state. Negative cases: a unit of a company stays the unit's own claim, and an
 * apposition of another kind ("a partner of") leaves the head the speaker. Sentences and names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const UNIT: Array<[lang: string, body: string, state: string]> = [
  ['en', 'In a notice posted late on Friday, Telcert, a unit of the national agency CyberSecurity Malaysia, warned that the Kimsuky group is trying to break into ministries.', 'MY'],
  ['fr', "Velcert, une unité de l'ANSSI, a averti que le groupe Kimsuky cherche à infiltrer les ministères.", 'FR'],
  ['de', 'Velcert, eine Abteilung des BSI, warnte, die Gruppe Kimsuky versuche weiterhin, in Behördennetze einzudringen.', 'DE'],
];

const NOT_STATE: Array<[lang: string, body: string, claimant: string]> = [
  ['en', 'Mandiant, a unit of Google, warned that the Kimsuky group is trying to break into ministries.', 'Mandiant'],
];

const OTHER_APPOSITION: Array<[lang: string, body: string]> = [
  ['en', 'VelmoraCERT, a partner of the national agency CyberSecurity Malaysia, warned that the Kimsuky group is trying to break into ministries.'],
];

for (const [lang, body, state] of UNIT) {
  test(`${lang}: a unit of a state's body speaks for that state`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === state && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body, claimant] of NOT_STATE) {
  test(`${lang}: a unit of a company speaks as itself (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of OTHER_APPOSITION) {
  test(`${lang}: an apposition that tells no part leaves the head the speaker (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'MY' && c.stance === 'warns'), show(cs));
  });
}
