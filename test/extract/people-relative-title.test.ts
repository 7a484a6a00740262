/**
 * Two constructions that introduce any name: a relative clause right after a name whose verb is a
 * speech verb ("X, who later said", "X, der ... erklärte", "X, qui a affirmé", "X, quien dijo",
 * "X, который заявил"), and a title that announces a person's statement in a transcript whose body
 * never names them again ("外交部发言人X主持例行记者会" over "问：/答：" turns). A relative clause
 * with no speech verb makes no speaker. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const acting = (text: string, lang: string) => extract(text, { lang }).people;
const has = (ps: { name: string; aliases: string[] }[], n: string) => ps.some((p) => p.name === n || p.aliases.includes(n));

const RELATIVE: Array<[string, string, string]> = [
  ['de', 'Es war ein Berliner Sicherheitsforscher, Tobias Kramer, der als Erster öffentlich erklärte, dass die Schadsoftware gezielt war.', 'Tobias Kramer'],
  ['en', 'The report was first read by a Dutch analyst, Pieter de Graaf, who later told reporters that the code was targeted.', 'Pieter de Graaf'],
  ['fr', "C'est un chercheur lyonnais, Julien Marchand, qui a affirmé le premier que le logiciel visait des centrifugeuses.", 'Julien Marchand'],
  ['es', 'Fue un investigador chileno, Tomás Rivas, quien dijo primero que el programa apuntaba a las centrifugadoras.', 'Tomás Rivas'],
  ['ru', 'Первым об этом написал исследователь из Минска, Павел Орлов, который заявил, что вирус был нацелен на центрифуги.', 'Павел Орлов'],
];
for (const [lang, body, name] of RELATIVE) {
  test(`${lang}: a relative clause with a speech verb after a name makes its speaker`, () => {
    const ps = acting(`Title\n${body}\nSource: x`, lang);
    assert.ok(has(ps, name), JSON.stringify(ps));
  });
}

test('a relative clause with no speech verb makes no speaker (en, de)', () => {
  assert.ok(!has(acting('Title\nThe files were stolen from a Dutch analyst, Pieter de Graaf, who works for a small firm.\nSource: x', 'en'), 'Pieter de Graaf'));
  assert.ok(!has(acting('Title\nBetroffen war ein Berliner Forscher, Tobias Kramer, der für eine kleine Firma arbeitet.\nSource: x', 'de'), 'Tobias Kramer'));
});

test('a title announcing a statement names the transcript\'s speaker (zh, en)', () => {
  const zh = acting('2025年1月9日外交部发言人高明远主持例行记者会\n\n问：你对此有何评论？\n\n答：中方坚决反对一切形式的网络攻击。\nSource: x', 'zh');
  assert.ok(zh.some((p) => p.aliases.includes('高明远')), JSON.stringify(zh));
  const en = acting('Statement by Minister for Digital Affairs Helen Morrow\n\nQuestion: Who is responsible?\n\nAnswer: We have identified the group responsible for the intrusion.\nSource: x', 'en');
  assert.ok(has(en, 'Helen Morrow'), JSON.stringify(en));
});
