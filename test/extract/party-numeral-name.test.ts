/**
 * A known political party whose name holds a numeral ("Alliance 90/The Greens") is a name, not a
 * quantity: its members' forms ("Die Grünen", "den Grünen") speak and accuse like any other party's,
 * whether the verb is plural ("werfen ... vor") or singular. The German Left party ("Die Linke") is a
 * known party too. Negative: an unknown run with a number standing as a word ("Over 130 ...") is still
 * no party. Sentences invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const GREENS = 'Alliance 90/The Greens';

for (const [lang, body, claimant] of [
  ['de', 'Die Grünen werfen Russland vor, hinter dem Einbruch in das Netz der Stadtwerke von Kelmbach zu stehen.', GREENS],
  ['de', 'Die Grünen erklärten am Dienstag, Russland sei für die Störung der Wahlplattform verantwortlich.', GREENS],
  ['de', 'Nach Angaben der Grünen steckt Russland hinter der Sabotage an den Servern der Landesregierung.', GREENS],
  ['de', 'Die Linke wirft Russland vor, die Rechner der Stadtverwaltung von Kelmbach angegriffen zu haben.', 'Die Linke'],
  ['en', 'Alliance 90/The Greens accused Russia of breaking into the servers of the Kelmbach utility.', GREENS],
  ['fr', "Die Grünen ont accusé la Russie d'avoir piraté les serveurs de la régie de Kelmbach.", GREENS],
] as const) {
  test(`${lang}: a known party with a numeral in its name accuses: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberangriff auf Kelmbach' });
    assert.ok(attributes(cs, claimant, 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Over 130 accused Russia of breaking into the servers of the Kelmbach utility.'],
  ['de', 'Die Grünflächen der Stadt Kelmbach wurden nach dem Cyberangriff nicht mehr bewässert.'],
] as const) {
  test(`${lang}: a number standing as a word is no party (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberangriff auf Kelmbach' });
    assert.ok(!cs.some((c) => /130|Green|Grün/u.test(c.claimant)), show(cs));
  });
}
