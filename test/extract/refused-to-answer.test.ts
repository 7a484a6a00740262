/**
 * A refusal to answer ("a refusé de répondre", "se negó a responder", "refused to answer", "отказалось отвечать",
 * "từ chối trả lời", "拒绝回答") reports silence: neither a warning (French "répondre" also means to retaliate)
 * nor a denial (Spanish "negarse a" is to refuse). Negative cases: the same verbs of retaliation and denial used
 * as such still make their claims. Also: a French "avis technique" is an advisory, a warning. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SILENT: Array<{ lang: string; s: string }> = [
  { lang: 'fr', s: 'Le ministère australien de la Défense a refusé de répondre aux questions sur la Chine.' },
  { lang: 'es', s: 'El Ministerio de Defensa de Australia se negó a responder a preguntas sobre China.' },
  { lang: 'en', s: 'The Australian Defence Department refused to answer questions about China.' },
  { lang: 'ru', s: 'Министерство обороны Австралии отказалось отвечать на вопросы о Китае.' },
  { lang: 'vi', s: 'Bộ Quốc phòng Australia từ chối trả lời các câu hỏi về Trung Quốc.' },
  { lang: 'zh', s: '澳大利亚国防部拒绝回答有关中国的问题。' },
];

for (const c of SILENT) {
  test(`${c.lang}: a refusal to answer questions is silence, no claim`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.deepEqual(cs.filter((x) => x.claimant === 'AU'), [], show(cs));
  });
}

test('fr: a promise to respond to attacks still warns (negative)', () => {
  const cs = claimsOf("Le ministère australien de la Défense a averti qu'il répondrait aux cyberattaques de la Chine.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'AU' && x.stance === 'warns' && x.target === 'CN'), show(cs));
});

test('es: a denial by "negar" still denies (negative)', () => {
  const cs = claimsOf('El Ministerio de Defensa de China negó las acusaciones de Australia.', 'es');
  assert.ok(cs.some((x) => x.claimant === 'CN' && x.stance === 'denies'), show(cs));
});

test('ru: a threat to respond still warns (negative)', () => {
  const cs = claimsOf('Министерство обороны Австралии пригрозило ответить на атаки Китая.', 'ru');
  assert.ok(cs.some((x) => x.claimant === 'AU' && x.stance === 'warns' && x.target === 'CN'), show(cs));
});

test('fr: publishing a technical advisory is a warning', () => {
  const cs = claimsOf("Le Centre australien de cybersécurité a publié jeudi un avis technique sur les outils employés par les pirates.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'AU' && x.stance === 'warns'), show(cs));
});
