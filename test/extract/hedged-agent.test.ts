/**
 * A victim confirming its hit by an agent it describes with a hedge ("by a group believed to be North Korean",
 * "par un groupe présumé nord-coréen", "von einer mutmaßlich nordkoreanischen Gruppe", "por un grupo
 * presuntamente norcoreano", "bị một nhóm được cho là của Triều Tiên đột nhập"): the hedge is its caution, the
 * state is still the agent's, so the victim attributes the hit as well as confirming it (rules/stance.ts). Negative:
 * a hedge naming no state attributes nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'The South Korean court administration admitted its network had been breached by a group believed to be North Korean.'],
  ['fr', "L'administration judiciaire sud-coréenne a reconnu que son réseau avait été piraté par un groupe présumé nord-coréen."],
  ['de', 'Die südkoreanische Justizverwaltung bestätigte, dass ihr Netz von einer mutmaßlich nordkoreanischen Gruppe gehackt worden war.'],
  ['es', 'La administración judicial surcoreana confirmó que su red fue hackeada por un grupo presuntamente norcoreano.'],
  ['vi', 'Cơ quan Hành chính Tòa án Hàn Quốc thừa nhận rằng các máy chủ lưu hồ sơ xét xử đã bị một nhóm được cho là của Triều Tiên đột nhập.'],
] as const) {
  test(`${lang}: a hedged agent of a confirmed hit is attributed: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Court network breach' });
    assert.ok(attributes(cs, 'KR', 'KP'), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'KR' && c.stance === 'confirms'), show(cs));
  });
}

test('en: a hedge naming no state attributes nothing (negative)', () => {
  const cs = claimsOf('The South Korean court administration admitted its network had been breached by a group believed to be based abroad.', 'en', { title: 'Court network breach' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});
