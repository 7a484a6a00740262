/**
 * Acting "in the interests of" a state is a tie of sponsorship like "on behalf of": "the hackers act in
 * the interests of the Chinese state", "im Interesse der belarussischen Regierung", "dans l'intérêt de la
 * Chine", "en interés del Estado chino", "phục vụ lợi ích của chính quyền Bắc Triều Tiên" (with "chính quyền",
 * the authorities, as an organ of the state, and "một chủ thể", an actor, as a group noun). Negative: the
 * interests of a victim ("attacks against the interests of Estonia") tie no one. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, target, body] of [
  ['en', 'CN', 'Veltrix said the Zorvak hackers act in the interests of the Chinese state.'],
  ['de', 'BY', 'Veltrix geht davon aus, dass die Zorvak-Hackergruppe im Interesse der belarussischen Regierung handelt.'],
  ['fr', 'CN', 'Veltrix estime que les pirates de Zorvak agissent dans l’intérêt de la Chine.'],
  ['es', 'CN', 'Veltrix considera que los piratas de Zorvak actúan en interés del Estado chino.'],
  ['vi', 'KP', 'Công ty Veltrix nhận định nhóm này là một chủ thể chuyên phục vụ lợi ích của chính quyền Bắc Triều Tiên.'],
] as const) {
  test(`${lang}: acting in a state's interests ties the actor to it: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber-espionage campaign' });
    assert.ok(attributes(cs, 'Veltrix', target), show(cs));
  });
}

test('en: attacks against a victim\'s interests tie no one (negative)', () => {
  const cs = claimsOf('Veltrix said the Zorvak hackers attacked the interests of Estonia.', 'en', { title: 'Cyber-espionage campaign' });
  assert.ok(!attributes(cs, 'Veltrix', 'EE'), show(cs));
});
