/**
 * Measures already taken ("which took the necessary measures", "qui a pris les mesures nécessaires", "уже
 * принял необходимые меры", "中方已采取必要措施", "đã có các biện pháp cần thiết") are an act told, not a
 * warning. Negative cases: the same measures promised ("will take", "prendra", "примет", "将采取", "sẽ có")
 * stay a warning. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; taken: string; promised: string }> = [
  { lang: 'en', taken: 'The Chinese foreign ministry said Beijing had already taken the necessary measures.', promised: 'The Chinese foreign ministry said Beijing will take all necessary measures.' },
  { lang: 'fr', taken: 'Le ministère chinois des Affaires étrangères a indiqué que la Chine a déjà pris les mesures nécessaires.', promised: 'Le ministère chinois des Affaires étrangères a indiqué que la Chine prendra les mesures nécessaires.' },
  { lang: 'ru', taken: 'МИД Китая заявил, что Пекин уже принял необходимые меры.', promised: 'МИД Китая заявил, что Пекин примет необходимые меры.' },
  { lang: 'zh', taken: '外交部发言人表示，中方已采取必要措施。', promised: '外交部发言人表示，中方将采取必要措施。' },
  { lang: 'vi', taken: 'Phát ngôn viên Bộ Ngoại giao Trung Quốc hôm nay cho biết Bắc Kinh đã có các biện pháp cần thiết.', promised: 'Phát ngôn viên Bộ Ngoại giao Trung Quốc hôm nay cho biết Bắc Kinh sẽ có các biện pháp cần thiết.' },
];

for (const c of CASES) {
  test(`${c.lang}: measures already taken are no warning`, () => {
    const cs = claimsOf(c.taken, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: the same measures promised stay a warning (negative)`, () => {
    const cs = claimsOf(c.promised, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'CN' && x.stance === 'warns'), show(cs));
  });
}
