/**
 * An accusation said to be made up by its maker ("the so-called X story was concocted in
 * Washington", "所谓“X”是美方炮制的", "la llamada acusación sobre X fue inventada por", "inventée de toutes pièces
 * par", "là do phía Mỹ ngụy tạo"): the speaker rejects it, and the maker named as the agent of the
 * fabrication is not accused of the operation the accusation is about. An attribution told next to it
 * stays, and a product made somewhere ("fabricados en") denies nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Lin Jian: The so-called "Salt Typhoon" story was concocted in Washington to smear China. The US itself hacks foreign networks more than any other country.' },
  { lang: 'zh', body: '林剑：所谓“盐台风”完全是美方炮制的虚假叙事。美方自己才是对他国发动网络攻击最多的国家。' },
  { lang: 'es', body: 'Lin Jian: La llamada acusación sobre "Salt Typhoon" fue inventada por la parte estadounidense.' },
  { lang: 'fr', body: 'Lin Jian : La prétendue accusation concernant « Salt Typhoon » a été inventée de toutes pièces par la partie américaine.' },
  { lang: 'vi', body: 'Lâm Kiếm: Cái gọi là cáo buộc về Salt Typhoon là do phía Mỹ ngụy tạo.' },
];

for (const c of CASES) {
  test(`${c.lang}: a fabricated accusation is denied, its maker not accused of the operation`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'CN' && x.stance === 'denies'), show(cs));
    // No accusation of the US drawn from the sentence that tells the fabrication.
    assert.ok(!cs.some((x) => (x.stance === 'attributes' || x.stance === 'accuses') && x.target === 'US' && /Salt Typhoon|盐台风/u.test(x.evidence.text)), show(cs));
  });
}

test('the attribution next to it stays (en, zh), and a product made somewhere denies nothing (es)', () => {
  for (const [lang, body] of [
    ['en', 'Lin Jian: The so-called "Salt Typhoon" story was concocted in Washington to smear China. The US itself hacks foreign networks more than any other country.'],
    ['zh', '林剑：所谓“盐台风”完全是美方炮制的虚假叙事。美方自己才是对他国发动网络攻击最多的国家。'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((x) => x.claimant === 'CN' && (x.stance === 'attributes' || x.stance === 'accuses') && x.target === 'US'), `${lang}: ${show(cs)}`);
  }
  const es = claimsOf('Microsoft atribuyó la intrusión a Volt Typhoon, que explotó routers fabricados en Taiwán.', 'es');
  assert.ok(!es.some((x) => x.stance === 'denies'), show(es));
});
