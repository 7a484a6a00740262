/**
 * A victim saying there is no sign of a hit on it confirms nothing and rebuts no accusation: a hit told
 * after "no evidence that", "no sign that", "keine Anzeichen dafür, dass", "aucun signe que", "no hay
 * indicios de que", "нет признаков того, что", "không có dấu hiệu nào cho thấy", "没有迹象表明" is left
 * unproven (supposed.ts, unproven-hit.ts). A hit told plainly still confirms, and a lack of evidence
 * about an accused state still rebuts. "dữ liệu" (data) asks nothing, unlike "liệu" (whether).
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const NO_SIGN: Array<[string, string]> = [
  ['en', 'Tervola Bank said there was no sign that its payment systems had been breached.'],
  ['en', 'Tervola Bank said it had found no evidence that its customer accounts were compromised.'],
  ['ru', 'Компания «Тервола» заявила, что нет признаков того, что её системы были взломаны.'],
  ['vi', 'Công ty Tervola khẳng định không có dấu hiệu nào cho thấy hệ thống của mình bị tin tặc xâm nhập.'],
  ['de', 'Die Tervola AG erklärte, es gebe keine Anzeichen dafür, dass ihre Systeme gehackt worden seien.'],
  ['es', 'La empresa Tervola S.A. afirmó que no hay señales de que sus sistemas hayan sido hackeados.'],
];
for (const [lang, body] of NO_SIGN) {
  test(`${lang}: no sign of a hit on itself is neither a confirmation nor a denial (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms' || c.stance === 'denies'), show(cs));
  });
}

const HIT: Array<[string, string]> = [
  ['en', 'Tervola Bank said its payment systems had been breached.'],
  ['vi', 'Công ty Tervola xác nhận hệ thống của mình bị tin tặc xâm nhập.'],
];
for (const [lang, body] of HIT) {
  test(`${lang}: a hit told plainly still confirms (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Tervola' || c.claimant === 'Tervola Bank'), show(cs));
    assert.ok(cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

test('en: no evidence that an accused state did it still rebuts', () => {
  const cs = claimsOf('Russia was accused of the breach. The Kremlin said there was no evidence that Russia was involved.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
});

test('vi: "dữ liệu" (data) opens no question, so "xác nhận hay bác bỏ" stays a pair that denies nothing', () => {
  const cs = claimsOf('Anh cáo buộc APT28 đứng sau vụ xâm nhập. Công ty Tervola cho biết chưa có dữ liệu nào đủ để xác nhận hay bác bỏ đánh giá của Anh.', 'vi');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});
