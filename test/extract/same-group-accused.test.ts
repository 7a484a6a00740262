/**
 * "attributed to the same group", "atribuida al mismo grupo", "attribuée au même groupe": a definite
 * "same group" points back to the group named before, and the attribution accuses it (its state),
 * not a state named later in the clause as the victim. Negative: with no group named before, "the
 * same group" accuses no group's state. Names invented for these tests, but for a known group.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'The FBI linked the Pioneer Kitten group to the government of Iran. According to the FBI, the operation, attributed to the same group, sought not money but to undermine confidence in Israeli infrastructure.'],
  ['es', 'El FBI vinculó al grupo Pioneer Kitten con el gobierno de Irán. Según el FBI, esa campaña, atribuida al mismo grupo, buscaba minar la fe del público en las infraestructuras israelíes y no ganar dinero.'],
  ['fr', 'Le FBI a lié le groupe Pioneer Kitten au gouvernement iranien. Selon le FBI, cette opération, attribuée au même groupe, ne visait pas un gain financier mais à saper la confiance dans les infrastructures israéliennes.'],
] as const) {
  test(`${lang}: "the same group" is the group named before: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Hack and leak' });
    assert.ok(cs.some((c) => c.claimant === 'US' && c.target === 'IR'), show(cs));
    assert.ok(!cs.some((c) => c.target === 'IL'), show(cs));
  });
}

test('en: with no group named before, "the same group" accuses no group\'s state (negative)', () => {
  const cs = claimsOf('According to the FBI, the operation, attributed to the same group, sought to undermine confidence in the power grid.', 'en', { title: 'Hack and leak' });
  assert.ok(!cs.some((c) => c.target === 'IR'), show(cs));
});
