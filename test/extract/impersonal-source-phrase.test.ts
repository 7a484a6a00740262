/**
 * A body's statement told impersonally (claims/opening-source.ts): the body named only in the source phrase that
 * opens the clause, the verb a plural with no subject ("В <body> предупредили, что …", "En <body> advirtieron que …"),
 * or an impersonal pronoun after a preposition that opens no name ("Bei <body> warnte man", "Chez <body>, on
 * confirme"). The body speaks, for any verb of saying, warning or confirming, with an adverb, a relative clause or an
 * earlier coordinated predicate between. Negatives: a noun subject before the phrase, a date or a city opening the
 * sentence, a report speaking. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string) => cs.some((c) => c.claimant === claimant && c.stance === stance);

for (const [lang, body, who, stance] of [
  ['ru', 'В Microsoft предупредили, что северокорейские хакеры продолжат атаки на банки Японии.', 'Microsoft', 'warns'],
  ['ru', 'Тогда в ESET подтвердили, что атака на сеть компании длилась два дня.', 'ESET', 'confirms'],
  ['ru', 'Тогда в Google, который обслуживает почту сотрудников, сообщили, что за рассылками стоят иранские хакеры.', 'Google', 'attributes'],
  ['ru', 'В ESET не стали называть заказчика атак, но предупредили, что китайские хакеры продолжат рассылки.', 'ESET', 'warns'],
  ['es', 'En Microsoft advirtieron que los piratas norcoreanos seguirán atacando a bancos de Japón.', 'Microsoft', 'warns'],
  ['es', 'En ESET confirmaron que la red de la empresa sufrió un ataque de dos días.', 'ESET', 'confirms'],
  ['de', 'Bei Microsoft warnte man, dass nordkoreanische Hacker weitere Angriffe auf Banken in Japan planen.', 'Microsoft', 'warns'],
  ['de', 'Bei Microsoft hieß es, hinter den Angriffen auf Banken in Japan stünden Hacker aus Nordkorea.', 'Microsoft', 'attributes'],
  ['fr', "Chez Microsoft, on confirme que le réseau de l'entreprise a subi une attaque de deux jours.", 'Microsoft', 'confirms'],
  ['fr', 'Chez Microsoft, on indique que les attaques contre des banques au Japon sont le fait de pirates nord-coréens.', 'Microsoft', 'attributes'],
] as const) {
  test(`${lang}: the body in the source phrase opening the clause speaks the impersonal verb: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(has(cs, who, stance), show(cs));
  });
}

for (const [lang, body, who] of [
  // A noun before the phrase is the verb's subject; the body is where it is.
  ['ru', 'Студенты в Microsoft предупредили, что северокорейские хакеры продолжат атаки на банки Японии.', 'Microsoft'],
  // A subject inside the coordinated predicate: the body is a place.
  ['ru', 'В ESET хакеры взломали сервер и предупредили, что китайские группы продолжат рассылки.', 'ESET'],
  ['es', 'Unos técnicos en ESET advirtieron que los piratas norcoreanos seguirán atacando a bancos de Japón.', 'ESET'],
] as const) {
  test(`${lang}: a subject of its own keeps the body in the place phrase from speaking (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === who), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', 'В понедельник сообщили, что за атаками на банки Японии стоят хакеры из Северной Кореи.'],
  ['ru', 'В докладе говорится, что атаки на банки Японии продолжатся.'],
] as const) {
  test(`${lang}: a date or a report opening the sentence names no body (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs, [], show(cs));
  });
}

test('ru: a capital opening the sentence speaks for its state, as before: В Москве заявили', () => {
  const cs = claimsOf('В Москве заявили, что за атаками на банки Японии стоят хакеры с Украины.', 'ru');
  assert.ok(!cs.some((c) => c.claimant !== 'RU'), show(cs));
});
