/**
 * The possessor of a report speaks through it: "Báo cáo của X cho biết ...", "Kết quả điều tra của X cho thấy ...",
 * "Le rapport de X montre ...", "El informe de X muestra ...". The possessor of another thing does not
 * ("Khách hàng của X cho biết ...": the customers speak, not X). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['vi', 'Các ngân hàng bị tấn công vào tháng Ba. Báo cáo của Kaspersky cho biết Trung Quốc đứng sau vụ tấn công.'],
  ['vi', 'Các ngân hàng bị tấn công vào tháng Ba. Kết quả điều tra của Kaspersky cho thấy Trung Quốc đứng sau vụ tấn công.'],
  ['fr', "Les banques ont été attaquées en mars. Le rapport de Kaspersky montre que la Chine est derrière l'attaque."],
  ['es', 'Los bancos fueron atacados en marzo. El informe de Kaspersky muestra que China está detrás del ataque.'],
] as const) {
  test(`${lang}: the report's possessor speaks: ${body.slice(-70, -30)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Kaspersky', 'CN'), show(cs));
  });
}

test('vi: the possessor of customers does not speak', () => {
  const cs = claimsOf('Các ngân hàng bị tấn công vào tháng Ba. Khách hàng của Kaspersky cho biết Trung Quốc đứng sau vụ tấn công.', 'vi');
  assert.ok(!cs.some((c) => c.claimant === 'Kaspersky'), show(cs));
});
