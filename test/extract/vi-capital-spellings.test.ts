/**
 * Vietnamese spells Moscow several ways ("Mát-xcơ-va", "Matxcơva", "Mátxcơva", "Moskva"): each stands
 * for Russia as the capital does in other languages. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

test('every usual Vietnamese spelling of Moscow stands for Russia', () => {
  for (const moscow of ['Mát-xcơ-va', 'Matxcơva', 'Mátxcơva', 'Moskva']) {
    const x = extract(`Tin\nÁo cáo buộc tin tặc của ${moscow} tấn công lưới điện.\nSource: https://example.org/x`, { lang: 'vi' });
    assert.deepEqual(x.claims.map((c) => [c.claimant, c.target]), [['AT', 'RU']], moscow);
  }
});
