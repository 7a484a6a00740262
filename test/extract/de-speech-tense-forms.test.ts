/**
 * German verbs of saying in the tenses the profile missed: the present ("Die Kanzlei berichtet, ...",
 * "schreibt"), the perfect ("hat berichtet", "hat gesagt", "hatte geschrieben") and the present plural
 * ("Die Grünen sagen, ..."), each before the clause it tells. Each made a whole sentence yield nothing.
 * Negatives: the passive ("Es wurde berichtet, ..."), the aside "Wie berichtet," and an infinitive
 * after a modal ("kann nicht sagen, ob ...") name no speaker. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const GREENS = 'Alliance 90/The Greens';

for (const [body, claimant, target] of [
  ['Die Bundesregierung hat am Montag berichtet, hinter dem Einbruch in die Rechner des Zolls stehe die russische Gruppe APT28.', 'DE', 'RU'],
  ['Die Bundesregierung berichtet, hinter dem Einbruch in die Rechner des Zolls stehe die russische Gruppe APT28.', 'DE', 'RU'],
  ['Die Bundesregierung hat gesagt, Russland stecke hinter dem Einbruch in die Rechner des Zolls.', 'DE', 'RU'],
  ['Die Bundesregierung hatte geschrieben, hinter dem Einbruch in die Rechner des Zolls stehe Russland.', 'DE', 'RU'],
  ['Die Grünen sagen, hinter dem Einbruch in die Rechner des Zolls stehe Russland.', GREENS, 'RU'],
  ['Die Liberaldemokraten behaupten, dass Russland hinter dem Einbruch in die Rechner des Zolls stehe.', 'Liberal Democrats', 'RU'],
] as const) {
  test(`de: a verb of saying in the present, perfect or plural speaks: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, 'de', { title: 'Einbruch beim Zoll' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const body of [
  'Die Bundesregierung lud am Montag ein. Es wurde berichtet, hinter dem Einbruch in die Rechner des Zolls stehe Russland.',
  'Die Bundesregierung lud am Montag ein. Wie berichtet, steht Russland hinter dem Einbruch in die Rechner des Zolls.',
  'Die Bundesregierung kann nicht sagen, ob Russland hinter dem Einbruch in die Rechner des Zolls steht.',
  'Die Bundesregierung wollte nicht erklären, ob Russland hinter dem Einbruch in die Rechner des Zolls steht.',
]) {
  test(`de: a passive, an aside or an infinitive names no speaker (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, 'de', { title: 'Einbruch beim Zoll' });
    assert.ok(!attributes(cs, 'DE', 'RU'), show(cs));
  });
}
