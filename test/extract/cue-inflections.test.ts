/**
 * Stance cues in the inflections the profiles lacked: Spanish stem-changing and perfect forms of
 * warning verbs ("recomienda", "habían advertido"), French participle and long-object forms of
 * "appeler à" ("tout en appelant à", "a appelé les exploitants de réseaux publics à"), Vietnamese
 * "đề xuất" (to propose) as a call. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, who: string, stance: string) => cs.some((c) => c.claimant === who && c.stance === stance);

test('es: "recomienda" and "habían advertido" warn', () => {
  const a = claimsOf('El grupo APT28 atacó routers en Noruega. El Gobierno de Noruega recomienda a los operadores aislar los equipos afectados.', 'es');
  assert.ok(has(a, 'NO', 'warns'), show(a));
  const b = claimsOf('En Finlandia, las autoridades finlandesas habían advertido ya de ataques de APT28 contra el sector energético.', 'es');
  assert.ok(has(b, 'FI', 'warns'), show(b));
});

test('fr: "en appelant à" and "a appelé <long object> à" call for', () => {
  const a = claimsOf('Le Canada a accusé la Russie de piratage, tout en appelant à une enquête internationale.', 'fr');
  assert.ok(has(a, 'CA', 'calls-for'), show(a));
  const b = claimsOf("Le gouvernement du Canada a appelé les exploitants de réseaux publics à renforcer leur sécurité face à APT28.", 'fr');
  assert.ok(has(b, 'CA', 'calls-for'), show(b));
});

test('vi: "đề xuất" calls for', () => {
  const cs = claimsOf('Bộ Ngoại giao Pháp đề xuất các nước tăng cường hợp tác chống lại các cuộc tấn công của APT28.', 'vi');
  assert.ok(has(cs, 'FR', 'calls-for'), show(cs));
});
