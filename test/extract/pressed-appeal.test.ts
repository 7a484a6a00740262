/**
 * Pressing an addressee to act ("pressed regulators to publish", "drängte die Betreiber, ... zu ändern", "presionó a
 * los ministros para que", "a pressé les opérateurs de changer"): a call, like an appeal, even when the addressee is
 * no party (ministers, regulators, operators); with a state addressed, a call on that state. Near misses: pressing
 * on with one's own work ("pressed ahead with", "pressed on"), pressing someone on a subject ("pressed the minister
 * on the breach"), the press as a noun, and the passive ("was pressed to resign").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCall, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVES: Array<{ lang: string; text: string; claimant: string; target?: string }> = [
  { lang: 'en', text: 'Poland pressed operators of water utilities to change their default passwords after the intrusion.', claimant: 'PL' },
  { lang: 'en', text: 'The Liberal Democrats pressed ministers to open an inquiry into the breach of the ministry.', claimant: 'Liberal Democrats' },
  { lang: 'en', text: 'Estonia pressed Russia to stop the cyberattacks on its banks.', claimant: 'EE', target: 'RU' },
  { lang: 'de', text: 'Polen drängte die Minister, eine Untersuchung des Hackerangriffs einzuleiten.', claimant: 'PL' },
  { lang: 'es', text: 'Chile presionó a los ministros para que abran una investigación sobre el hackeo.', claimant: 'CL' },
  { lang: 'fr', text: 'La Pologne a pressé les ministres d’ouvrir une enquête sur le piratage.', claimant: 'PL' },
];

for (const c of POSITIVES) {
  test(`${c.lang}: pressing an addressee to act is a call: ${c.text.slice(0, 40)}`, () => {
    assertCall(claimsOf(c.text, c.lang), c.claimant, c.target);
  });
}

const NEGATIVES: Array<{ lang: string; text: string }> = [
  { lang: 'en', text: 'Poland pressed ahead with its investigation into the intrusion.' },
  { lang: 'en', text: 'Poland pressed the minister on the breach of the ministry servers.' },
  { lang: 'en', text: 'The Polish minister was pressed to resign over the breach of the ministry servers.' },
  { lang: 'fr', text: 'La Pologne est pressée de tourner la page du piratage.' },
  { lang: 'es', text: 'Chile presionó a los ministros durante la sesión sobre el hackeo.' },
];

for (const c of NEGATIVES) {
  test(`${c.lang}: pressing with no addressee told to act is no call: ${c.text.slice(0, 40)}`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}
