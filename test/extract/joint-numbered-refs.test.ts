/**
 * A numbered or paired collective ("the three countries", "ba nước", "les trois pays", "die drei Staaten", "los tres
 * países", "три страны", "三国", "两国机关") names the co-signers of the last joint act again: each of them makes the
 * claim. A joint act that claims nothing yet still makes its co-signers the speakers of what follows ("It says ...").
 * With no joint act told, such a collective names no one; "两国关系" (the two countries' relations) is no party.
 * Sentences written for these tests, with invented names where names are needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const THREE: Array<[string, string]> = [
  ['en', 'Canada, Norway and Poland published a joint statement on Monday. The three countries concluded that Belarusian military hackers broke into the grid operators.'],
  ['vi', 'Canada, Na Uy và Ba Lan ra tuyên bố chung hôm thứ Hai. Theo tuyên bố, ba nước kết luận rằng tin tặc quân đội Belarus đã xâm nhập các công ty lưới điện.'],
  ['fr', 'Le Canada, la Norvège et la Pologne ont publié une déclaration conjointe lundi. Les trois pays estiment que des pirates militaires biélorusses sont à l\'origine des intrusions.'],
  ['de', 'Kanada, Norwegen und Polen haben am Montag eine gemeinsame Erklärung veröffentlicht. Die drei Staaten machen belarussische Militärhacker für die Angriffe verantwortlich.'],
  ['es', 'Canadá, Noruega y Polonia publicaron un comunicado conjunto el lunes. Los tres países concluyeron que hackers militares bielorrusos estaban detrás de las intrusiones.'],
  ['ru', 'Канада, Норвегия и Польша в понедельник опубликовали совместное заявление. Три страны пришли к выводу, что за атаками стоят белорусские военные хакеры.'],
  ['zh', '加拿大、挪威和波兰周一联合发布声明。三国认为，白俄罗斯军方黑客是这些入侵的幕后黑手。'],
];
for (const [lang, body] of THREE) {
  test(`${lang}: a numbered collective names every co-signer of the joint act: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['CA', 'NO', 'PL']) assert.ok(attributes(cs, s, 'BY'), `${s} ${show(cs)}`);
  });
}

test('en, de: a pair after a joint act of two ("both governments", "die beiden Regierungen")', () => {
  for (const [lang, body] of [
    ['en', 'Estonia and Finland released a joint statement on Thursday. Both governments blamed Russian military intelligence for the intrusions.'],
    ['de', 'Estland und Finnland haben am Donnerstag eine gemeinsame Erklärung veröffentlicht. Die beiden Regierungen machen den russischen Militärgeheimdienst für die Angriffe verantwortlich.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    for (const s of ['EE', 'FI']) assert.ok(attributes(cs, s, 'RU'), `${lang} ${s} ${show(cs)}`);
  }
});

test('en: a joint statement that claims nothing yet speaks on through "It said"', () => {
  const cs = claimsOf('Estonia and Finland released a joint statement on Thursday. It said Russian military intelligence ran the intrusions.', 'en');
  for (const s of ['EE', 'FI']) assert.ok(attributes(cs, s, 'RU'), `${s} ${show(cs)}`);
});

test('en: with no joint act told, "the two countries" names no one', () => {
  const cs = claimsOf('Talks between Estonia and Finland ended on Thursday. Officials said the two countries had been hit by Russian military intelligence.', 'en');
  assert.ok(!cs.some((c) => c.method === 'echo'), show(cs));
});

test('zh: "两国关系" after a joint act is no reference to its co-signers', () => {
  const cs = claimsOf('爱沙尼亚和芬兰周四联合发布声明。俄罗斯外交部发言人表示，这种做法损害两国关系。', 'zh');
  assert.ok(!cs.some((c) => c.claimant === 'EE' || c.claimant === 'FI'), show(cs));
});
