/**
 * A forecast that a hostile actor goes on warns of it: an expectation that it keeps at its work ("we expect
 * APT-group to keep refining its tools", "will almost certainly continue") is a warning (of the group itself when
 * a vendor names no state), not an appeal to it; an effort or attempt to do harm that it continues ("continue their
 * efforts to break into", "poursuivront leurs tentatives de pénétrer", "continuarán sus intentos de penetrar") is a
 * pursuit of the act like "tries to break into". Efforts to counter attacks pursue none. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (body: string, lang: string, claimant: string, target: string) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target), `${lang}: ${show(cs)}`);
  return cs;
};

test('en: "we expect X to keep ..." warns of X and calls on no one', () => {
  const cs = warns('Researchers at Secureworks said the campaign targeted defence ministries. "We expect APT28 to keep refining its phishing lures against European ministries," the company said.', 'en', 'Secureworks', 'APT28');
  assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
});

test('en: "would continue their efforts to break into" warns of the actor; efforts to counter attacks do not', () => {
  warns('The head of the Australian Signals Directorate said Iranian state-backed hackers would continue their efforts to infiltrate Australian universities.', 'en', 'AU', 'IR');
  const cs = claimsOf('The head of the Australian Signals Directorate said Australian universities would continue their efforts to counter attacks on their networks.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
});

test('fr: "poursuivront leurs tentatives de pénétrer" warns of the actor', () => {
  warns("Le directeur de l'ANSSI a déclaré que les pirates russes poursuivront leurs tentatives de pénétrer dans les réseaux des hôpitaux français.", 'fr', 'FR', 'RU');
});

test('es: "continuarán sus intentos de penetrar" warns of the actor', () => {
  warns('El director del CCN-CERT afirmó que los piratas rusos continuarán sus intentos de penetrar en las redes de los hospitales españoles.', 'es', 'ES', 'RU');
});
