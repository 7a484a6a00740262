/**
 * Impersonal reported speech (claims/impersonal-speech.ts): a speech verb with no subject of its own, told after the
 * words it reports ("…, hieß es", "…, говорится", "…, dit-on", "…, se informó", "…, it was said") or opening the
 * sentence before them ("Сообщается, что …", "Según se informó, …"). The words are those of the source the paragraph
 * relays: the body that has just published its report speaks them. Negatives: with no source in the paragraph, no
 * party of the reported words speaks; a body told after the verb ("…, indique-t-on au ministère") or in the source
 * phrase before it ("In einer Warnung der Bundesregierung heißt es, …") still does. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who, target] of [
  ['de', 'Die Sicherheitsfirma Mandiant hat einen Bericht über die Kampagne vorgelegt. Die Angriffe auf Behörden in Frankreich gingen auf Hacker aus Russland zurück, hieß es.', 'Mandiant', 'RU'],
  ['fr', "Kaspersky a publié lundi un rapport sur la campagne. Les attaques contre des ministères en Allemagne sont l'œuvre de pirates chinois, dit-on.", 'Kaspersky', 'CN'],
  ['ru', 'Компания Kaspersky в понедельник опубликовала отчёт о кампании. За атаками на министерства Германии стоят китайские хакеры, говорится.', 'Kaspersky', 'CN'],
  ['ru', 'Компания Kaspersky в понедельник опубликовала отчёт о кампании. Сообщается, что за атаками на министерства Германии стоят китайские хакеры.', 'Kaspersky', 'CN'],
  ['es', 'La empresa ESET publicó el lunes un informe sobre la campaña. Según se informó, detrás de los ataques contra ministerios de Polonia están piratas rusos.', 'ESET', 'RU'],
  ['es', 'La empresa ESET publicó el lunes un informe sobre la campaña. Detrás de los ataques contra ministerios de Polonia están piratas rusos, se informó.', 'ESET', 'RU'],
  ['en', 'Microsoft published a report on the campaign on Monday. The intrusions into ministries in Poland were the work of Russian hackers, it was said.', 'Microsoft', 'RU'],
] as const) {
  test(`${lang}: impersonal speech is the words of the body whose report the paragraph tells: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, who, target), show(cs));
  });
}

for (const [lang, body] of [
  ['de', 'Die Sicherheitsfirma Mandiant hat einen Bericht über die Kampagne vorgelegt.\n\nDie Angriffe auf Behörden in Frankreich gingen auf Hacker aus Russland zurück, hieß es.'],
  ['de', 'Die Sicherheitsfirma Mandiant hat am Montag die Server abgeschaltet. Die Angriffe auf Behörden in Frankreich gingen auf Hacker aus Russland zurück, hieß es.'],
  ['fr', "Kaspersky a publié lundi un rapport sur la campagne.\n\nLes attaques contre des ministères en Allemagne sont l'œuvre de pirates chinois, dit-on."],
  ['ru', 'Отчёт вышел в понедельник.\n\nЗа атаками на Германию стоит Китай, говорится.'],
] as const) {
  test(`${lang}: with no source in the paragraph, no party of the reported words speaks (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

for (const [lang, body, who, target] of [
  ['fr', "Kaspersky a publié lundi un rapport. Les attaques sont l'œuvre de pirates chinois, indique-t-on au ministère français des Armées.", 'FR', 'CN'],
  ['de', 'Die Sicherheitsfirma Mandiant hat einen Bericht über die Kampagne vorgelegt. Die Angriffe gingen auf Hacker aus Russland zurück, hieß es aus dem Auswärtigen Amt.', 'DE', 'RU'],
  ['de', 'Die Sicherheitsfirma Mandiant hat einen Bericht über die Kampagne vorgelegt. In einer Warnung der Bundesregierung heißt es, hinter den Angriffen stünden Hacker aus Russland.', 'DE', 'RU'],
] as const) {
  test(`${lang}: a body named with the impersonal verb speaks, not the report before (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, who, target) && !cs.some((c) => c.claimant !== who), show(cs));
  });
}
