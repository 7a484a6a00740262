/**
 * A first-person post that names its author in the third person in its opening ("Over the past year our
 * analysts ... Based on the tooling, Velmora Security assesses that ..."): its later "we" is that body, not
 * whoever spoke last. A body the opening cites ("according to X", "as reported by X") publishes nothing,
 * and a news story quoting a body's "we" keeps the quoted speaker. Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

/** [lang, post: opening in the first person naming Velmora Security, a cited vendor speaking later, then "we warn"] */
const POSTS: Array<[lang: string, body: string]> = [
  ['en', 'Over the past year we investigated intrusions at several ministries. Based on the tooling, Velmora Security assesses that the operators work for Russia.\n\nIn 2022 Korvex Security reported that the same group hacked banks in Poland.\n\nWe warn that the group remains active.'],
  ['fr', 'Au cours de l’année écoulée, nous avons étudié des intrusions dans plusieurs ministères. Au vu des outils, Velmora Security estime que les opérateurs travaillent pour la Russie.\n\nEn 2022, Korvex Security a affirmé que le même groupe avait piraté des banques en Pologne.\n\nNous avertissons que le groupe reste actif.'],
  ['es', 'Durante el último año hemos detectado intrusiones en varios ministerios. A la vista de las herramientas, Velmora Security considera que los operadores trabajan para Rusia.\n\nEn 2022, Korvex Security afirmó que el mismo grupo atacó bancos en Polonia.\n\nAdvertimos que el grupo sigue activo.'],
  ['vi', 'Trong năm qua, chúng tôi đã điều tra các vụ xâm nhập vào nhiều bộ. Dựa trên công cụ, Velmora Security đánh giá rằng các nhóm này làm việc cho Nga.\n\nNăm 2022, Korvex Security cho biết cùng nhóm này đã tấn công các ngân hàng ở Ba Lan.\n\nChúng tôi cảnh báo rằng nhóm này vẫn đang hoạt động.'],
  ['zh', '过去一年，我们调查了多个部委遭到的入侵。根据所用工具，Velmora Security认为，攻击者为俄罗斯工作。\n\n2022年，Korvex Security表示，同一组织曾攻击波兰的银行。\n\n我们警告，该组织仍然活跃。'],
];

for (const [lang, body] of POSTS) {
  test(`${lang}: the body a first-person post names as speaking in its opening is the later "we"`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Velmora Security' && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Korvex Security' && c.stance === 'warns'), show(cs));
  });
}

/** [lang, post opening on a cited vendor, a state speaking, then "we warn"] */
const CITED: Array<[lang: string, body: string]> = [
  ['en', 'Our analysts studied the campaign for months. According to Korvex Security, the group hacked banks in Poland.\n\nOn Monday the Polish ministry said the group works for Russia.\n\nWe warn that the group remains active.'],
  ['fr', 'Nos analystes ont étudié la campagne pendant des mois. Selon Korvex Security, le groupe a piraté des banques en Pologne.\n\nLundi, le ministère polonais a affirmé que le groupe travaille pour la Russie.\n\nNous avertissons que le groupe reste actif.'],
];

for (const [lang, body] of CITED) {
  test(`${lang}: a vendor the post cites in its opening does not publish it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Korvex Security' && c.stance === 'warns'), show(cs));
  });
}

test('en: a news story quoting a vendor\'s "we" keeps the quoted speaker', () => {
  const cs = claimsOf('Korvex Security said the group hacked banks in Poland. Velmora Security rejected this: “We see no link between the group and Russia.”\n\nOn Monday the Polish ministry said the group works for Russia.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'Korvex Security' && c.evidence.text.includes('We see')), show(cs));
});
