/**
 * German separable verbs of stance ("wies ... zurück", "räumte ... ein", "rief ... auf", "warf ... vor"):
 * the parts stand a number of WORDS apart, however long the words; the particle closes its clause or its
 * verb phrase before a conjunction ("warf ... vor und bestellte ..."); a preposition is no particle ("rief
 * auf der Konferenz"). Sentences written for these tests (the construction is German's; Dutch has it too,
 * but OpsTrack has no Dutch profile).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (body: string, claimant: string, stance: string, target: string) => {
  const cs = claimsOf(body, 'de');
  assert.ok(cs.some((c) => c.claimant === claimant && c.stance === stance && c.target === target), `${claimant} ${stance} ${target}: ${show(cs)}`);
};

test('a denial whose long object stands between "wies" and "zurück"', () => {
  has('Das russische Außenministerium wies am Dienstag sämtliche Anschuldigungen der britischen Regierung entschieden zurück.', 'RU', 'denies', 'RU');
});

test('a confirmation between "räumte" and "ein", the clause closed or joined to the next', () => {
  has('Das norwegische Verteidigungsministerium räumte nach tagelangem Schweigen einen Cyberangriff auf seine Netze ein.', 'NO', 'confirms', 'NO');
  has('Das norwegische Verteidigungsministerium räumte einen Cyberangriff auf seine Netze ein und kündigte eine Untersuchung an.', 'NO', 'confirms', 'NO');
});

test('an appeal between "rief" and "auf"', () => {
  has('Die Bundesregierung rief die russische Führung am Mittwoch mit deutlichen Worten zur Zurückhaltung im Cyberraum auf.', 'DE', 'calls-for', 'RU');
});

test('an accusation "warf ... vor" joined by "und" to the next verb phrase', () => {
  has('Die Bundesregierung warf Russland Spionage vor und bestellte den Botschafter ein.', 'DE', 'accuses', 'RU');
});

test('a preposition is no particle: "rief auf der Konferenz"', () => {
  assert.equal(show(claimsOf('Die Bundesregierung rief auf der Konferenz in Paris zu mehr Zusammenarbeit bei der Abwehr von Hackern.', 'de')), '[]');
});
