/**
 * A state body telling what it knows of acts done in its own country ("the NCSC is aware of compromised devices
 * in the UK", "Dem BSI sind ... in Deutschland bekannt", "le CERT-FR a connaissance d'attaques ... en
 * France", "tiene constancia de", "известно о"): knowledge is told like speech, by the one it is known to, so
 * the state confirms the hit as with "X says ...". Knowledge of acts done to others confirms nothing.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string; state: string }> = [
  { lang: 'en', body: 'The NCSC is aware of compromised devices in the UK.', state: 'GB' },
  { lang: 'de', body: 'Dem BSI sind mehrere kompromittierte Router in Deutschland bekannt.', state: 'DE' },
  { lang: 'de', body: 'Dem BSI liegen Meldungen über kompromittierte Router ebenfalls in Deutschland vor.', state: 'DE' },
  { lang: 'fr', body: "Le CERT-FR a connaissance d'attaques en cours visant cette vulnérabilité, y compris en France.", state: 'FR' },
  { lang: 'es', body: 'El CCN-CERT tiene constancia de equipos comprometidos en España.', state: 'ES' },
  { lang: 'ru', body: 'НКЦКИ известно о взломанных устройствах в России.', state: 'RU' },
];

for (const c of CASES) {
  test(`${c.lang}: a state body aware of hits in its own country confirms them`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.state && x.stance === 'confirms' && x.target === c.state), show(cs));
  });
}

test('knowledge of hits in another country confirms nothing for the one who knows (en, es)', () => {
  const en = claimsOf('The NCSC is aware of compromised devices in Ukraine.', 'en');
  assert.ok(!en.some((x) => x.stance === 'confirms' && x.target === 'GB'), show(en));
  const es = claimsOf('El CCN-CERT tiene constancia de equipos comprometidos en Ucrania.', 'es');
  assert.ok(!es.some((x) => x.stance === 'confirms' && x.target === 'ES'), show(es));
});

test('de: "sind uns bekannt" names no one new as a speaker (a dative body is needed)', () => {
  const cs = claimsOf('Solche Vorwürfe sind uns bekannt. Sie gehören zur üblichen Desinformation.', 'de');
  assert.ok(!cs.some((x) => x.stance === 'confirms'), show(cs));
});
