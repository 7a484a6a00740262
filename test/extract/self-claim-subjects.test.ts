/**
 * Bodies no knowledge base knows as threat groups claiming their own attack, several at once ("Velvet
 * Scarab, Nile Falcons y Desert Jackal se atribuyeron los intentos"): each claims it, target itself. The
 * victim's state in the act's phrase ("el ataque contra la red eléctrica de Etiopía") never claims, and a
 * verb of owning the act ("se atribuyeron", "a revendiqué") neither accuses the victim nor makes the
 * claimer confirm a hit on itself ("admitieron que su objetivo era ..."). A state service named before
 * another body still claims first. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const owns = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'attributes' && c.target === who);

test('es: three bodies claiming the attempts each claim them; no accusation of the victim, no confirmation', () => {
  const cs = claimsOf('Velvet Scarab, Nile Falcons y Desert Jackal se atribuyeron los intentos contra la red eléctrica de Etiopía y admitieron que su objetivo era presionar al Gobierno etíope.', 'es', { title: 'Ciberataques contra Etiopía' });
  for (const who of ['Velvet Scarab', 'Nile Falcons', 'Desert Jackal']) assert.ok(owns(cs, who), `${who}: ${show(cs)}`);
  assert.ok(!cs.some((c) => c.stance === 'confirms' || c.stance === 'accuses' || c.claimant === 'ET'), show(cs));
});

for (const [lang, body] of [
  ['es', 'El colectivo Velvet Scarab se atribuyó el ataque contra la red eléctrica de Etiopía.'],
  ['fr', 'Le collectif Velvet Scarab a revendiqué l’attaque contre le réseau électrique de l’Éthiopie.'],
] as const) {
  test(`${lang}: the victim's state never claims the act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on Ethiopia' });
    assert.ok(owns(cs, 'Velvet Scarab'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'ET'), show(cs));
  });
}

test('ru: a state service named before another body claims first', () => {
  const cs = claimsOf('В марте ГУР Украины и несколько близких к нему Telegram-каналов приписывали себе взлом сетей региональных операторов связи.', 'ru', { title: 'Взлом операторов связи' });
  assert.ok(owns(cs, 'UA'), show(cs));
});
