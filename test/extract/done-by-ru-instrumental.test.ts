/**
 * Russian passive with its agent in the instrumental (no preposition marks it, so the participle is the
 * profile's `doneBy` marker): "атака была проведена группировкой X", "кампания, осуществлённая хакерами из Y",
 * "атаки координируются ... спецслужбами Z". Whoever speaks attributes the act to the agent
 * (claims/rules/done-by.ts). Negatives: a participle of a harmless act ("проверка была проведена сотрудниками"),
 * an operation done with a partner. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Кибератака на государственные порталы';

for (const [body, claimant, target] of [
  ['В Минцифры заявили, что атака на порталы была проведена группировкой APT28.', 'RU', 'APT28'],
  ['Минцифры заявило, что кампания, осуществлённая хакерами из Китая, затронула три ведомства.', 'RU', 'CN'],
  ['Минцифры заявило, что атаки координируются и финансируются спецслужбами США.', 'RU', 'US'],
  ['Минцифры сообщило, что взлом порталов, судя по всему, осуществлён группировкой NoName057(16).', 'RU', 'NoName057(16)'],
] as const) {
  test(`ru: act with its agent in the instrumental: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, 'ru', { title: TITLE });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  'Минцифры заявило, что проверка была проведена сотрудниками ведомства.',
  'ФБР провело операцию, проведённую совместно с полицией Германии.',
]) {
  test(`ru: no attribution (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, 'ru', { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
