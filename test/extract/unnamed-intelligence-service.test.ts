/**
 * An unnamed intelligence service, or an unnamed state actor in the nominative ("ein staatlicher Akteur"), told as the
 * one behind an act in an assessment: "we believe an intelligence service is behind the attack", "wir gehen davon aus,
 * dass ein Nachrichtendienst hinter dem Angriff steckt", "nous estimons qu'un service de renseignement est derrière
 * l'attaque", "creemos que un servicio de inteligencia está detrás del ataque". The speaker attributes the act to a
 * state it does not name: a claim with no target. Negatives: the belief denied ("we do not believe ..."), a service
 * with its state beside it (the state is the target), a service that speaks rather than acts. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const VENDOR = { title: 'Notes on a new espionage campaign', header: 'Threat Research | Sekoia | 12 May 2025' };
const unnamed = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'Sekoia' && (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

for (const [lang, body] of [
  ['en', 'We believe that an intelligence service is behind the intrusion into the ministry network.'],
  ['en', 'In our view, a foreign intelligence agency was responsible for the breach.'],
  ['de', 'Wir gehen davon aus, dass ein Nachrichtendienst hinter dem Angriff auf das Ministerium steckt.'],
  ['de', 'Die Komplexität spricht aus unserer Sicht dafür, dass ein staatlicher Akteur hinter dem Angriff steckt.'],
  ['fr', "Nous estimons qu'un service de renseignement étranger est derrière l'attaque contre le ministère."],
  ['es', 'Creemos que un servicio de inteligencia está detrás del ataque contra el ministerio.'],
] as const) {
  test(`${lang}: an unnamed intelligence service or state actor behind the act: no target: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(unnamed(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'We do not believe that an intelligence service is behind the intrusion into the ministry network.'],
  ['de', 'Wir gehen nicht davon aus, dass ein Nachrichtendienst hinter dem Angriff auf das Ministerium steckt.'],
  ['de', 'Ein Nachrichtendienst hat die Ministerien vor dem Angriff gewarnt.'],
  ['es', 'No creemos que un servicio de inteligencia esté detrás del ataque contra el ministerio.'],
] as const) {
  test(`${lang}: no attribution to an unnamed state (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(!cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && !c.target), show(cs));
  });
}

for (const [lang, body, state] of [
  ['en', 'We believe that a Russian intelligence service is behind the intrusion into the ministry network.', 'RU'],
  ['fr', "Nous estimons qu'un service de renseignement russe est derrière l'attaque contre le ministère.", 'RU'],
  ['de', 'Wir gehen davon aus, dass ein russischer Nachrichtendienst hinter dem Angriff auf das Ministerium steckt.', 'RU'],
] as const) {
  test(`${lang}: a service with its state beside it is that state's (the other reading): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, VENDOR);
    assert.ok(cs.some((c) => c.claimant === 'Sekoia' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === state), show(cs));
    assert.ok(!unnamed(cs), show(cs));
  });
}
