/**
 * A quotation closed before its speech verb, the speaker a body of a state right after the verb ("«...», — заявил
 * МИД КНР", "«...», — говорится в заявлении МИД КНР", "« ... », a déclaré le ministère des Affaires étrangères de
 * la Chine"): the state speaks the quotation, as a state named there does. Negative: a body of no state there (an
 * outlet or a company known only by its name) makes no state speak. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['ru', '«США атакуют китайские сети», — заявил МИД КНР.'],
  ['ru', '"США атакуют китайские сети", - говорится в заявлении МИД КНР.'],
  ['ru', '«США являются крупнейшим источником кибератак в мире», — заявил МИД КНР.'],
  ['es', '«Estados Unidos ataca las redes chinas», dijo el Ministerio de Exteriores de China.'],
  ['de', '„Die USA greifen chinesische Netze an“, erklärte das chinesische Außenministerium.'],
] as const) {
  test(`${lang}: a quotation spoken by a state body after its verb: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: lang === 'ru' ? 'Кибератака: хакеры' : 'Ciberataque / Cyberangriff' });
    assert.ok(attributes(cs, 'CN', 'US'), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', '«США атакуют китайские сети», — заявил Zorvex Labs.'],
] as const) {
  test(`${lang}: a quotation after-verb body of no state makes no state speak (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Кибератака: хакеры' });
    assert.ok(!cs.some((c) => c.claimant === 'CN'), show(cs));
  });
}
