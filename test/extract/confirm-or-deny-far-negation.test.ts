/**
 * A denial paired with a confirmation ("confirm or deny", "подтвердить или опровергнуть", "xác nhận hay bác
 * bỏ", "confirmar o desmentir") denies nothing even when the negation stands further off than the verb
 * ("had no data that would allow it to confirm or deny", "у компании нет данных, чтобы подтвердить
 * или опровергнуть"): a company that says it cannot tell is not rejecting an accusation. A
 * plain denial next to an accusation still denies. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Britain blamed APT28 for the breach. Acme Security said it had no data that would allow it to confirm or deny the British assessment.' },
  { lang: 'ru', body: 'Великобритания обвинила APT28 во взломе. В Acme Security заявили, что у компании нет данных, чтобы подтвердить или опровергнуть британскую оценку.' },
  { lang: 'vi', body: 'Anh cáo buộc APT28 đứng sau vụ xâm nhập. Công ty Acme Security cho biết chưa có dữ liệu nào đủ để xác nhận hay bác bỏ đánh giá của Anh.' },
  { lang: 'es', body: 'El Reino Unido culpó a APT28 de la intrusión. La empresa Acme Security afirmó que carece de datos que le permitan confirmar o desmentir la evaluación británica.' },
  { lang: 'fr', body: "Le Royaume-Uni a accusé APT28 de l'intrusion. La société Acme Security affirme n'avoir aucune donnée qui lui permettrait de confirmer ou de démentir l'évaluation britannique." },
  { lang: 'zh', body: '英国将入侵归咎于APT28。Acme Security公司表示，目前没有足够数据可以证实或否认英方的评估。' },
];

for (const c of CASES) {
  test(`${c.lang}: "no data to confirm or deny" is no denial, and the accusation before it stays`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'denies'), show(cs));
    assert.ok(cs.some((x) => x.claimant === 'GB' && (x.stance === 'accuses' || x.stance === 'attributes')), show(cs));
  });
}

test('a plain denial after the accusation still denies (en, ru, es)', () => {
  for (const [lang, body] of [
    ['en', 'Britain blamed APT28 for the breach. Russia denied the accusation on Friday.'],
    ['ru', 'Великобритания обвинила APT28 во взломе. Россия опровергла эти обвинения.'],
    ['es', 'El Reino Unido culpó a APT28 de la intrusión. Rusia desmintió la acusación.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((x) => x.claimant === 'RU' && x.stance === 'denies'), `${lang}: ${show(cs)}`);
  }
});
