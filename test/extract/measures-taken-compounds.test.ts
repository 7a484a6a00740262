/**
 * Measures already taken are an act told, not a warning: also as a German compound ("Gegenmaßnahmen eingeleitet",
 * "Schutzmaßnahmen ergriffen") and with a purpose of removing the threat ("приняли меры для устранения угрозы",
 * "had taken measures to eliminate the threat"). Negative cases: measures promised still warn. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('de: countermeasures already initiated (a compound) are no warning', () => {
  const cs = claimsOf('Die Stadtwerke Hollbach erklärten: Wir haben den Einbruch in unsere Server bemerkt und sofort umfangreiche Gegenmaßnahmen eingeleitet.', 'de');
  assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
});

test('ru: measures already taken to remove the threat are no warning', () => {
  const cs = claimsOf('Посольство Китая заявило, что власти страны уже приняли меры для устранения угрозы.', 'ru');
  assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
});

test('de: measures promised still warn (negative)', () => {
  const cs = claimsOf('Die Bundesregierung erklärte, sie werde gegen Russland alle notwendigen Maßnahmen ergreifen.', 'de');
  assert.ok(cs.some((x) => x.claimant === 'DE' && x.stance === 'warns'), show(cs));
});

test('ru: measures promised still warn (negative)', () => {
  const cs = claimsOf('МИД Китая заявил, что Китай примет необходимые меры в ответ на действия США.', 'ru');
  assert.ok(cs.some((x) => x.claimant === 'CN' && x.stance === 'warns'), show(cs));
});
