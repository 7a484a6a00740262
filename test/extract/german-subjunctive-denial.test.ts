/**
 * A German denial told in reported speech uses Konjunktiv I ("X weise die Vorwürfe zurück", "X dementiere die
 * Berichte"); the noun "Weise" ("auf diese Weise") is no verb. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

test('a denial in Konjunktiv I: "weise ... zurück", "dementiere"; the noun "Weise" is no verb', () => {
  const denies = (body: string) => claimsOf(body, 'de').some((c) => c.claimant === 'BY' && c.stance === 'denies');
  assert.ok(denies('Ein Sprecher in Minsk sagte, Belarus weise sämtliche Anschuldigungen aus Tallinn zurück.'));
  assert.ok(denies('Ein Sprecher in Minsk sagte, Belarus dementiere die Meldungen aus Tallinn.'));
  assert.ok(!denies('Ein Sprecher in Minsk sagte, Belarus hole auf diese Weise die Techniker aus Tallinn zurück.'));
});
