/**
 * A lack of evidence that opens a complement ("has not found evidence that X was behind the attack",
 * "keine Hinweise darauf, dass", "aucune preuve que", "no ha encontrado pruebas de que", "не нашла
 * доказательств того, что", "chưa có bằng chứng cho thấy", "没有证据表明") tells what is not shown: the
 * speaker attributes nothing, and a group named there is told of doing nothing. Positives that must
 * stay: the same sentence with evidence found, a plain attribution, and the accused's own denial that
 * answers with "no evidence". Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const unproven = [
  ['en', 'The Finnish police said they had so far not found evidence that Russia was behind the attack on the grid.'],
  ['en', 'The minister said investigators had found no evidence to suggest that Russia was behind the attack on the grid.'],
  ['de', 'Die finnische Polizei erklärte, sie habe bislang keine Hinweise darauf gefunden, dass Russland hinter dem Angriff auf das Stromnetz steckt.'],
  ['fr', "La police finlandaise a indiqué n'avoir trouvé aucune preuve que la Russie soit derrière l'attaque contre le réseau électrique."],
  ['es', 'La policía finlandesa afirmó que no ha encontrado pruebas de que Rusia esté detrás del ataque contra la red eléctrica.'],
  ['ru', 'Финская полиция заявила, что пока не нашла доказательств того, что за атакой на энергосеть стоит Россия.'],
  ['vi', 'Cảnh sát Phần Lan cho biết chưa có bằng chứng cho thấy Nga đứng sau vụ tấn công vào lưới điện.'],
  ['zh', '芬兰警方表示，目前没有证据表明俄罗斯是此次电网攻击的幕后黑手。'],
] as const;

for (const [lang, body] of unproven) {
  test(`${lang}: no evidence that X did it attributes nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on the grid' });
    assert.ok(!attributes(cs, 'FI', 'RU'), show(cs));
  });
}

const found = [
  ['en', 'The Finnish police said they had found evidence that Russia was behind the attack on the grid.'],
  ['de', 'Die finnische Polizei erklärte, es gebe Hinweise darauf, dass Russland hinter dem Angriff auf das Stromnetz steckt.'],
  ['fr', "La police finlandaise a indiqué que la Russie était derrière l'attaque contre le réseau électrique."],
  ['es', 'La policía finlandesa afirmó que Rusia está detrás del ataque contra la red eléctrica.'],
  ['ru', 'Финская полиция заявила, что за атакой на энергосеть стоит Россия.'],
  ['vi', 'Cảnh sát Phần Lan cho biết Nga đứng sau vụ tấn công vào lưới điện.'],
  ['zh', '芬兰警方表示，有证据表明俄罗斯是此次电网攻击的幕后黑手。'],
] as const;

for (const [lang, body] of found) {
  test(`${lang}: an attribution with evidence stays (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on the grid' });
    assert.ok(attributes(cs, 'FI', 'RU'), show(cs));
  });
}

test('en: a group named in the unproven complement is told of doing nothing', () => {
  const cs = claimsOf("Officials say they have not seen evidence that the takedown has ended Volt Typhoon's activity.", 'en', { title: 'US officials on the botnet takedown' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  const told = claimsOf('The FBI says Volt Typhoon hacked the routers of small offices.', 'en', { title: 'US officials on the botnet takedown' });
  assert.ok(attributes(told, 'US', 'Volt Typhoon'), show(told));
});

for (const [lang, body] of [
  ['en', 'The Kremlin said there was no evidence that Russia was behind the attack on the grid.'],
  ['zh', '俄罗斯外交部表示，没有证据表明俄罗斯是此次电网攻击的幕后黑手。'],
] as const) {
  test(`${lang}: the accused answering with "no evidence" still denies (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on the grid' });
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
