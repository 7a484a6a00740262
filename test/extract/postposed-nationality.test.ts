/**
 * A state body named by an organ noun with its nationality adjective after it (Romance word order,
 * claims/postposed-nationality.ts): "la Police fédérale australienne", "la Policía Federal peruana" is the state's
 * body, no organisation called "Police". An adjective that belongs to a later noun, or one of a union, gives no state.
 * Sentences written for these tests, with invented events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && (target === undefined || c.target === target));

test('an organ noun with a nationality adjective after it is that state, as the accused', () => {
  const fr = claimsOf("Téhéran a accusé la Police fédérale australienne d'avoir piraté ses serveurs.", 'fr');
  assert.ok(has(fr, 'IR', 'AU'), show(fr));
  assert.ok(!fr.some((c) => c.target === 'Police'), show(fr));
  const es = claimsOf('Irán acusó a la Policía Federal peruana de espiar sus servidores.', 'es');
  assert.ok(has(es, 'IR', 'PE'), show(es));
  assert.ok(!es.some((c) => /Policía/u.test(c.target ?? '')), show(es));
});

test('an organ noun with a nationality adjective after it is that state, as a co-signer and as a source', () => {
  const fr = claimsOf("L'agence albanaise s'est jointe à la Police fédérale australienne pour diffuser un avis conjoint visant des pirates iraniens.", 'fr');
  assert.ok(has(fr, 'AU', 'IR'), show(fr));
  assert.ok(!fr.some((c) => c.claimant === 'Police'), show(fr));
  const es = claimsOf('El Centro albanés se unió a la Policía Federal peruana para difundir un aviso conjunto contra piratas iraníes.', 'es');
  assert.ok(has(es, 'PE', 'IR'), show(es));
  assert.ok(!es.some((c) => /Policía/u.test(c.claimant)), show(es));
  const es2 = claimsOf('Según la Policía Nacional peruana, piratas iraníes atacaron los servidores del puerto.', 'es');
  assert.ok(has(es2, 'PE', 'IR'), show(es2));
});

test('an adjective of a later noun, or of a union, gives the organ no state', () => {
  const fr = claimsOf("Téhéran a accusé la Police d'avoir arrêté un pirate australien.", 'fr');
  assert.ok(!fr.some((c) => c.target === 'AU' || c.claimant === 'AU'), show(fr));
  const es = claimsOf('Irán acusó a la Policía Federal de haber detenido a varios piratas peruanos.', 'es');
  assert.ok(!es.some((c) => c.target === 'PE' || c.claimant === 'PE'), show(es));
  const fr2 = claimsOf("Téhéran a accusé la Police européenne d'avoir piraté ses serveurs.", 'fr');
  assert.ok(!fr2.some((c) => /^[A-Z]{2}$/u.test(c.target ?? '') && c.target !== 'IR'), show(fr2));
  const es3 = claimsOf('Teherán acusó a la Policía Federal europea de espiar sus servidores.', 'es');
  assert.ok(!es3.some((c) => /^[A-Z]{2}$/u.test(c.target ?? '') && c.target !== 'IR'), show(es3));
});
