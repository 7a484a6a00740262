/**
 * A company's name that opens the name of its security unit ("Viettel Threat Intelligence",
 * "Verizon Threat Research", "... Cyber Security") names the analyst reporting a campaign, not the
 * company's sector hit; the company attacked still names its sector.
 * Sentences written for these tests (the companies are real, the events invented).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('a company\'s security unit reports (vi, en)', () => {
  assert.deepEqual(sectors(brief('Đội ngũ Viettel Threat Intelligence ghi nhận chiến dịch tấn công mới nhắm vào các cơ quan.'), 'vi'), []);
  assert.deepEqual(sectors(brief('Đến nay, các máy chủ do Viettel Cyber Security theo dõi vẫn chưa phát hiện mã độc của chiến dịch tấn công.'), 'vi'), []);
  assert.deepEqual(sectors(brief('Verizon Threat Research said the hackers attacked banks.'), 'en'), ['finance']);
});

test('the company attacked is still its sector (vi, en)', () => {
  assert.deepEqual(sectors(brief('Tin tặc đã tấn công Viettel và đánh cắp dữ liệu.'), 'vi'), ['telecommunications']);
  assert.deepEqual(sectors(brief('The hackers attacked Verizon and stole data.'), 'en'), ['telecommunications']);
});
