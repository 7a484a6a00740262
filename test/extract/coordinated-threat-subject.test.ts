/**
 * A threat predicate with a coordinated subject ("China and Russia pose a serious threat", "les programmes
 * parrainés par la Chine, la Russie et l'Iran restent les menaces", "Китай и Россия представляют угрозу",
 * "Rusia e Irán constituyen una amenaza", "俄罗斯和伊朗构成威胁"): each state of the list is warned of, one claim
 * each, as with a single subject. Negative cases: a state named before the subject and set off by a comma ("в отличие
 * от Японии, Россия ..."), the speaker's own state in the list, a negated predicate, and a
 * list with no speaker. A negator right after the verb ("pose no threat", "seien keine Bedrohung") negates the
 * predicate. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warned = (body: string, lang: string, claimant: string) =>
  claimsOf(body, lang).filter((c) => c.claimant === claimant && c.stance === 'warns').map((c) => c.target).sort();

test('ru: "Китай и Россия представляют угрозу" warns of both states', () => {
  const body = 'Министр обороны Польши заявил, что Китай и Россия представляют серьёзную угрозу для Европы.';
  assert.deepEqual(warned(body, 'ru', 'PL'), ['CN', 'RU'], show(claimsOf(body, 'ru')));
});

test('fr: a backing phrase listing three states ("parrainés par la Chine, la Russie et l\'Iran") warns of each', () => {
  const body = "Le ministre canadien de la Défense a déclaré que les programmes parrainés par la Chine, la Russie et l'Iran restent les menaces les plus graves pour le pays.";
  assert.deepEqual(warned(body, 'fr', 'CA'), ['CN', 'IR', 'RU'], show(claimsOf(body, 'fr')));
});

test('es, zh, en, de: two coordinated states before the predicate', () => {
  const de = 'Der polnische Verteidigungsminister sagte, Russland und Iran seien eine Bedrohung für Europa.';
  assert.deepEqual(warned(de, 'de', 'PL'), ['IR', 'RU'], show(claimsOf(de, 'de')));
  const es = 'El ministro de Defensa de Polonia afirmó que Rusia e Irán constituyen una amenaza para Europa.';
  assert.deepEqual(warned(es, 'es', 'PL'), ['IR', 'RU'], show(claimsOf(es, 'es')));
  const zh = '波兰国防部长表示，俄罗斯和伊朗对欧洲构成严重威胁。';
  assert.deepEqual(warned(zh, 'zh', 'PL'), ['IR', 'RU'], show(claimsOf(zh, 'zh')));
  const en = "Canada's defence minister said North Korea and Iran pose a serious threat.";
  assert.deepEqual(warned(en, 'en', 'CA'), ['IR', 'KP'], show(claimsOf(en, 'en')));
});

test('negatives: a state before a comma with no coordination, the speaker\'s own state, a negated predicate, no speaker', () => {
  // "в отличие от Японии, Россия ...": the comma closes the phrase, Japan is no member of the subject.
  const ru = 'Министр обороны Польши заявил, что, в отличие от Японии, Россия представляет серьёзную угрозу для Европы.';
  assert.deepEqual(warned(ru, 'ru', 'PL'), ['RU'], show(claimsOf(ru, 'ru')));
  const es = 'El ministro de Defensa de Polonia afirmó que, a diferencia de Japón, Rusia constituye una amenaza para Europa.';
  assert.deepEqual(warned(es, 'es', 'PL'), ['RU'], show(claimsOf(es, 'es')));
  const own = 'Министр обороны Польши заявил, что Польша и Россия представляют серьёзную угрозу для Европы.';
  assert.ok(!warned(own, 'ru', 'PL').includes('PL'), show(claimsOf(own, 'ru')));
  const negated = 'El ministro de Defensa de Polonia afirmó que Rusia e Irán no constituyen una amenaza para Europa.';
  assert.deepEqual(warned(negated, 'es', 'PL'), [], show(claimsOf(negated, 'es')));
  // A negator right after the verb negates the predicate for every member of the list.
  const none = "Canada's defence minister said China and Russia pose no threat.";
  assert.deepEqual(warned(none, 'en', 'CA'), [], show(claimsOf(none, 'en')));
  const keine = 'Der polnische Verteidigungsminister sagte, Russland und Iran seien keine Bedrohung für Europa.';
  assert.deepEqual(warned(keine, 'de', 'PL'), [], show(claimsOf(keine, 'de')));
  const bare = 'Russland und Iran sind eine Bedrohung für Europa.';
  assert.ok(!claimsOf(bare, 'de').some((c) => c.stance === 'warns'), show(claimsOf(bare, 'de')));
});
