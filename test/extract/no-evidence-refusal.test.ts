/**
 * "No evidence" that answers no accusation is a refusal to attribute (or a report of no hit), not a
 * denial; nor does it pin the act on the state it names. Said by the accused of an accusation, it is
 * still a denial. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en: a vendor finding no evidence of a compromise denies nothing; an official seeing no evidence of state direction attributes nothing', () => {
  const text = [
    'Hackers breach cloud provider',
    'Hackers broke into the corporate mail of Northwind Cloud last month.',
    'Microsoft said it had found no evidence that customer-facing systems had been compromised.',
    'A Canadian official said the attackers were criminals and there was no evidence the operation was directed by the Russian government.',
    'Source: x',
  ].join('\n');
  const got = claims(text, 'en');
  assert.ok(!got.some((c) => c.includes(' denies ')), got.join('; '));
  assert.ok(!got.some((c) => c.endsWith(' RU')), got.join('; '));
});

test('en: the accused calling an accusation baseless still denies it', () => {
  const text = [
    'Britain blames Russia for hack',
    'Britain accused Russia of hacking its election commission.',
    'The Russian embassy said there was no evidence for the British accusations.',
    'Source: x',
  ].join('\n');
  const got = claims(text, 'en');
  assert.ok(got.includes('RU denies RU'), got.join('; '));
});

test('ru: "no evidence, I cannot point at anyone" is no denial; the accused calling the charges baseless is', () => {
  const text = [
    'Атака на сайты министерств',
    'Хакеры взломали сайты нескольких министерств Эстонии.',
    'Представитель эстонского CERT сказал: «Пока мы не можем ни на кого указать, потому что у нас нет доказательств».',
    'Source: x',
  ].join('\n');
  const got = claims(text, 'ru');
  assert.ok(!got.some((c) => c.includes(' denies ')), got.join('; '));
  const accused = [
    'Лондон обвинил Москву',
    'Великобритания обвинила Россию во взломе избирательной комиссии.',
    'В посольстве России заявили, что нет доказательств причастности Москвы.',
    'Source: x',
  ].join('\n');
  const got2 = claims(accused, 'ru');
  assert.ok(got2.includes('RU denies RU'), got2.join('; '));
});

test('es and zh: a company finding no proof of a breach of its systems denies nothing', () => {
  const es = [
    'Ataque contra una aseguradora',
    'Unos hackers robaron datos de clientes de la aseguradora Velmora.',
    'La empresa Velmora Seguros afirmó que no hay ninguna prueba de que sus sistemas de pago fueran comprometidos.',
    'Source: x',
  ].join('\n');
  const gotEs = claims(es, 'es');
  assert.ok(!gotEs.some((c) => c.includes(' denies ')), gotEs.join('; '));
  const zh = [
    '保险公司遭黑客攻击',
    '黑客窃取了维尔莫拉保险公司的客户数据。',
    '维尔莫拉保险公司表示，没有证据表明其支付系统遭到入侵。',
    'Source: x',
  ].join('\n');
  const gotZh = claims(zh, 'zh');
  assert.ok(!gotZh.some((c) => c.includes(' denies ')), gotZh.join('; '));
});

test('en, fr, zh: a qualifier on a passive accusation is the accused party\'s denial', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'The Russian embassy said Russia is falsely accused of cyberattacks without any evidence.', 'RU'],
    ['fr', "L'ambassade de Chine a déclaré que la Chine est accusée sans aucune preuve de cyberattaques.", 'CN'],
    ['zh', '中国驻捷克使馆表示，中方被指控发动网络攻击，这是毫无根据的。', 'CN'],
  ];
  for (const [lang, sentence, denier] of cases) {
    const got = claims(sentence, lang);
    assert.ok(got.includes(`${denier} denies ${denier}`), `${lang}: ${got.join('; ')}`);
  }
});
