/**
 * Parties of Israel, Hungary, Georgia and Canada under their usual English name whatever language
 * writes them ("Likoud", "Ликуд", "利库德集团", "Фидес", "Синие-белые"): their members of parliament
 * and their statements are the party's. Negative: an unknown party is named by none of them.
 * Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string) => cs.some((c) => c.claimant === claimant && c.stance === stance);

for (const [lang, body, claimant, stance] of [
  ['vi', 'Đảng Likud hôm thứ Ba đã bác bỏ các cáo buộc về vụ nghe lén.', 'Likud', 'denies'],
  ['de', 'Der Likud wies die Vorwürfe zurück.', 'Likud', 'denies'],
  ['fr', 'Le Likoud a démenti toute implication dans cette affaire.', 'Likud', 'denies'],
  ['es', 'El Likud negó cualquier participación en el espionaje.', 'Likud', 'denies'],
  ['zh', '利库德集团否认与此事有关。', 'Likud', 'denies'],
  ['de', 'Die Fidesz bestritt, dass die Software gegen Journalisten eingesetzt wurde.', 'Fidesz', 'denies'],
  ['ru', 'Фидес отверг обвинения в слежке за журналистами.', 'Fidesz', 'denies'],
  ['ru', 'Партия «Синие-белые» подтвердила, что телефон был взломан.', 'Blue and White', 'confirms'],
] as const) {
  test(`${lang}: a party of another state under its English name (${claimant}): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(has(cs, claimant, stance), show(cs));
  });
}

test('en: an unknown party keeps its written name (negative)', () => {
  const cs = claimsOf('The Velmora Unity Party denied that the spyware had been used against its rivals.', 'en');
  assert.ok(!cs.some((c) => ['Likud', 'Fidesz', 'Blue and White', 'Liberal Party of Canada', 'Georgian Dream'].includes(c.claimant)), show(cs));
});
