/**
 * A body that says it does not attribute ("no realiza atribuciones", "не занимается атрибуцией", "从未进行
 * 归因"): a denied act whose object is attribution is a refusal to name a culprit, not a denial. A denial
 * verb with attribution as its object, and a denied hostile act, still deny. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const REFUSALS: Array<{ lang: string; body: string }> = [
  { lang: 'es', body: 'Microsoft culpó a grupos chinos de las intrusiones. Por norma, el INCIBE no realiza atribuciones.' },
  { lang: 'es', body: 'Microsoft culpó a grupos chinos de las intrusiones. El CCN-CERT nunca ha realizado atribuciones públicas.' },
  { lang: 'ru', body: 'Microsoft обвинила китайские группировки. НКЦКИ не занимается атрибуцией атак.' },
  { lang: 'ru', body: 'Microsoft обвинила китайские группировки. Мы никогда не проводили атрибуцию.' },
  { lang: 'zh', body: '微软指责中国黑客组织。我们从未进行归因。' },
];

for (const c of REFUSALS) {
  test(`${c.lang}: a refusal to attribute is no denial (${c.body.slice(-30)})`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'denies'), show(cs));
    assert.ok(cs.some((x) => x.claimant === 'Microsoft' && x.target === 'CN'), show(cs));
  });
}

test('a denial of the attribution, or of the hostile act, still denies (es, ru, zh)', () => {
  for (const [lang, body] of [
    ['es', 'Microsoft culpó a grupos chinos de las intrusiones. China rechaza la atribución.'],
    ['es', 'Microsoft culpó a grupos chinos de las intrusiones. China nunca ha realizado ciberataques.'],
    ['ru', 'Microsoft обвинила китайские группировки. Китай никогда не проводил кибератак.'],
    ['zh', '微软指责中国黑客组织。中方从未进行网络攻击。'],
    ['zh', '微软指责中国黑客组织。中方否认这一归因。'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((x) => x.claimant === 'CN' && x.stance === 'denies'), `${lang}: ${show(cs)}`);
  }
});
