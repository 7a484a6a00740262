/**
 * Foreign names in Vietnamese text keep their hyphens and apostrophes: "Karine Jean-Pierre" after a role and a
 * body, "Jean-Noël Barrot" after a role and a state, "Conor O'Brien" after an honorific were cut at the hyphen
 * or the apostrophe ("Karine Jean"). Vietnamese names are unchanged. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (body: string) => extract(`Tiêu đề\n${body}\nNguồn: https://example.org/x`, { lang: 'vi' }).people.map((p) => p.name);

const CASES: Array<[string, string]> = [
  ['Người phát ngôn Nhà Trắng Marie-Claire Dufresne nói rằng Mỹ sẽ đáp trả.', 'Marie-Claire Dufresne'],
  ['Bộ trưởng Ngoại giao Pháp Jean-Luc Moreau nói rằng Pháp sẽ đáp trả.', 'Jean-Luc Moreau'],
  ["Ông Conor O'Brien cho biết hệ thống đã bị xâm nhập.", "Conor O'Brien"],
  ['Người phát ngôn Bộ Ngoại giao Ngô Toàn Thắng nói rằng Việt Nam phản đối mọi hành vi tấn công mạng.', 'Ngô Toàn Thắng'],
];

for (const [body, name] of CASES) {
  test(`vi: ${name}`, () => {
    assert.deepEqual(names(body), [name]);
  });
}
