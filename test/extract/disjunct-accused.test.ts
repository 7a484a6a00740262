/**
 * Accused joined as alternatives (claims/disjunct-accused.ts): each state of "X or Y" after an accusation is accused,
 * as each member of an "and" list is; victims joined by "or", a "neither ... nor", a negated accusation and a question
 * with "whether" accuse no second state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVE: [string, string, string][] = [
  ['en', "Uruguay's defence ministry accused Belarus or Iran of the intrusion into its port registry.", 'UY'],
  ['fr', "Le ministère paraguayen de la Défense a accusé la Biélorussie ou l'Iran de l'intrusion dans le registre portuaire.", 'PY'],
  ['de', 'Das moldauische Verteidigungsministerium beschuldigte Belarus oder Iran des Eindringens in das Hafenregister.', 'MD'],
  ['es', 'El Ministerio de Defensa de Uruguay acusó a Bielorrusia o Irán de la intrusión en el registro portuario.', 'UY'],
  ['ru', 'Министерство обороны Молдавии обвинило Белоруссию или Иран во вторжении в портовый реестр.', 'MD'],
  ['vi', 'Bộ Quốc phòng Uruguay cáo buộc Belarus hoặc Iran đứng sau vụ xâm nhập hệ thống cảng biển.', 'UY'],
  ['zh', '乌拉圭国防部指责白俄罗斯或伊朗入侵了其港口登记系统。', 'UY'],
];

for (const [lang, body, speaker] of POSITIVE) {
  test(`disjunct-accused: each alternative is accused (${lang})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, speaker, 'BY'), show(cs));
    assert.ok(attributes(cs, speaker, 'IR'), show(cs));
  });
}

test('disjunct-accused: victims joined by "or" are not accused (en, fr, es, ru)', () => {
  for (const [lang, body, speaker] of [
    ['en', "Uruguay's defence ministry accused Belarus of attacks on Latvia or Estonia.", 'UY'],
    ['fr', "Le ministère paraguayen de la Défense a accusé la Biélorussie d'attaques contre la Lettonie ou l'Estonie.", 'PY'],
    ['es', 'El Ministerio de Defensa de Uruguay acusó a Bielorrusia de ataques contra Letonia o Estonia.', 'UY'],
    ['ru', 'Министерство обороны Молдавии обвинило Белоруссию в атаках на Латвию или Эстонию.', 'MD'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, speaker, 'BY'), `${lang} ${show(cs)}`);
    assert.ok(!attributes(cs, speaker, 'LV') && !attributes(cs, speaker, 'EE'), `${lang} ${show(cs)}`);
  }
});

test('disjunct-accused: "neither ... nor" joins no alternative (en, de)', () => {
  for (const [lang, body] of [
    ['en', "Uruguay's defence ministry accused neither Belarus nor Iran of the intrusion into its port registry."],
    ['de', 'Das moldauische Verteidigungsministerium beschuldigte weder Belarus noch Iran des Eindringens in das Hafenregister.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.target === 'IR'), `${lang} ${show(cs)}`);
  }
});

test('disjunct-accused: a negated accusation and a "whether" question accuse no one (en)', () => {
  for (const body of [
    "Uruguay's defence ministry did not accuse Belarus or Iran of the intrusion into its port registry.",
    "Uruguay's defence ministry asked whether Belarus or Iran was behind the intrusion into its port registry.",
  ]) {
    const cs = claimsOf(body, 'en');
    assert.ok(!attributes(cs, 'UY', 'BY') && !attributes(cs, 'UY', 'IR'), show(cs));
  }
});

test('disjunct-accused: "or" joining two verbs adds no party (en)', () => {
  const cs = claimsOf("Uruguay's defence ministry accused Belarus of hacking or leaking the files of its port registry.", 'en');
  assert.deepEqual(cs.filter((c) => c.stance === 'accuses').map((c) => c.target), ['BY'], show(cs));
});
