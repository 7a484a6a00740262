/**
 * Spanish report verbs in every person and tense the profile reads ("informa", "informan", "informó",
 * "informaron"): plural victims reporting attacks on their own systems confirm their hits. Negative: a
 * firm reporting attacks on another named victim confirms nothing of its own. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

test('es: "Los Ferrocarriles Rusos informan de un ataque contra sus sistemas" confirms', () => {
  const cs = claimsOf('Los Ferrocarriles Rusos informan de un ataque informático a gran escala contra sus sistemas.', 'es', { title: 'Ciberataque' });
  assert.ok(confirms(cs, 'Russian Railways'), show(cs));
});

test('es: two companies that "informaron de ataques contra sus servidores" each confirm', () => {
  const cs = claimsOf('Las empresas Velmora y Zorvak informaron de ataques contra sus servidores.', 'es', { title: 'Ciberataque' });
  assert.ok(confirms(cs, 'Velmora') && confirms(cs, 'Zorvak'), show(cs));
});

test('es: reporting attacks on another named victim confirms nothing of its own (negative)', () => {
  const cs = claimsOf('Las empresas Velmora y Zorvak informaron de ataques contra los servidores del Gobierno de Letonia.', 'es', { title: 'Ciberataque' });
  assert.ok(!confirms(cs, 'Velmora') && !confirms(cs, 'Zorvak'), show(cs));
});
