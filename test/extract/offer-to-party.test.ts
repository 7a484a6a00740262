/**
 * An offer addressed to a party that it do something is the offerer's call on it: "не раз предлагала Канаде
 * наладить диалог" (the imperfective past of every gender, an infinitive after it), "a proposé à plusieurs
 * reprises au Canada d'engager un dialogue", as "ha propuesto a Canadá entablar" and "has proposed to Canada to
 * start" already read. The addressee named after the verb is never the claimant (it was, when the only cue was
 * the word for dialogue). Negative: "a proposé aux clients un correctif" (an offer of a thing, no infinitive) and
 * "предлагала на форуме базу данных" (a sale) call on no one. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) => cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && c.target === target);

for (const [lang, body] of [
  ['ru', 'Российская сторона не раз предлагала Канаде наладить диалог.'],
  ['ru', 'Москва в прошлом году предлагала Канаде совместно расследовать инциденты.'],
  ['fr', "La Russie a proposé à plusieurs reprises au Canada d'engager un dialogue d'experts sur la protection des données."],
  ['fr', "Moscou avait proposé aux autorités canadiennes d'ouvrir des consultations bilatérales."],
  ['fr', 'La Russie propose au Canada de reprendre les consultations.'],
  ['es', 'Rusia ha propuesto en varias ocasiones a Canadá entablar un diálogo de expertos sobre la protección de datos.'],
  ['en', 'Russia has repeatedly proposed to Canada to start an expert dialogue on data protection.'],
] as const) {
  test(`${lang}: the offerer calls on the party addressed: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Embassy statement' });
    assert.ok(calls(cs, 'RU', 'CA'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CA'), show(cs));
  });
}

test('ru: the addressee of an offer is no claimant', () => {
  const cs = claimsOf('Российская сторона неоднократно предлагала Евросоюзу наладить диалог.', 'ru', { title: 'Embassy statement' });
  assert.ok(!cs.some((c) => c.claimant === 'EU'), show(cs));
});

for (const [lang, body] of [
  ['fr', "L'éditeur Veltron a proposé aux clients un correctif pour la faille."],
  ['ru', 'Группировка Zorvak предлагала на форуме базу данных клиентов банка.'],
] as const) {
  test(`${lang}: an offer of a thing calls on no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Data for sale' });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}
