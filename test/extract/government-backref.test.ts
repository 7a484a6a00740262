/**
 * "The government", "le gouvernement", "die Regierung", "el Gobierno" with no state beside it, when no state speaks
 * before, points back to the one state the text has named so far: the state speaks ("In Kenia ... Die Regierung
 * bestätigte, dass die Plattform Ziel eines DDoS-Angriffs gewesen sei" -> KE confirms). Negatives: with two states
 * named before, the government is no one's; a company that spoke before is no government. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'In Kenya, the Velmora platform gives access to 5,000 public services. The government confirmed on Thursday that the platform had been the target of a DDoS attack.'],
  ['fr', "Au Kenya, la plateforme Velmora donne accès à 5 000 services publics. Le gouvernement a confirmé mardi que ce portail avait subi une attaque par déni de service."],
  ['de', 'In Kenia bietet die Plattform Velmora 5000 öffentliche Dienste an. Die Regierung bestätigte am Donnerstag, dass die Plattform Ziel eines DDoS-Angriffs gewesen sei.'],
  ['es', 'En Kenia, la plataforma Velmora da acceso a 5.000 servicios públicos. El gobierno confirmó el jueves que la plataforma había sido blanco de un ataque DDoS.'],
] as const) {
  test(`${lang}: the government of the one state named confirms: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'DDoS attack on a public platform' });
    assert.ok(cs.some((c) => c.claimant === 'KE' && c.stance === 'confirms' && c.target === 'KE'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Kenya and Uganda share the Velmora platform. The government confirmed on Thursday that the platform had been the target of a DDoS attack.'],
  ['de', 'Kenia und Uganda nutzen die Plattform Velmora. Die Regierung bestätigte am Donnerstag, dass die Plattform Ziel eines DDoS-Angriffs gewesen sei.'],
] as const) {
  test(`${lang}: with two states named, the government is no one's (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'DDoS attack on a public platform' });
    assert.ok(!cs.some((c) => c.stance === 'confirms' && (c.claimant === 'KE' || c.claimant === 'UG')), show(cs));
  });
}

test('en: a company that spoke before is no government (negative)', () => {
  const cs = claimsOf('Zorvex Systems said its engineers were working on the outage. The government confirmed on Thursday that the platform had been the target of a DDoS attack.', 'en', { title: 'DDoS attack on a public platform' });
  assert.ok(!cs.some((c) => c.claimant === 'Zorvex Systems' && c.stance === 'confirms' && /platform|DDoS/.test(c.evidence.text) && /government/.test(c.evidence.text)), show(cs));
});
