/**
 * A Vietnamese sentence opens with a capital whatever its first word: a preposition or a connective there
 * ("Trong một tuyên bố, ...", "Tại cuộc họp báo, ...", "Với tư cách là ...") is no organisation's name, so it
 * cannot speak. The vi profile's closedClass gains them. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  'Trong một tuyên bố, Bộ Ngoại giao Ba Lan cho biết tin tặc Nga đứng sau vụ tấn công.',
  'Tại cuộc họp báo, Bộ Ngoại giao Ba Lan cho biết tin tặc Nga đứng sau vụ tấn công.',
  'Với tư cách là đồng minh, Ba Lan cáo buộc Nga tấn công mạng.',
]) {
  test(`vi: an opening preposition does not speak: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'vi');
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
    assert.ok(cs.every((c) => !/^(?:Trong|Tại|Với)$/u.test(c.claimant)), show(cs));
  });
}

test('vi: a company opening the sentence still speaks', () => {
  const cs = claimsOf('Tập đoàn Viettel cho biết tin tặc Trung Quốc đứng sau vụ tấn công.', 'vi');
  assert.ok(cs.some((c) => /Viettel/u.test(c.claimant)), show(cs));
});
