/**
 * An impersonal speech verb after the words it reports, the body that speaks named only in the place phrase closing
 * the sentence ("..., заявили в СБУ", "..., a-t-on indiqué au ministère", "..., indique-t-on dans le
 * rapport", "..., говорится в докладе"): that body, or the report's author, speaks; the state told in the reported
 * words is what it accuses, not who speaks. Negatives: a place or a medium of the speech ("в интервью CNN", "в
 * Москве") names no speaker, and a speaker named before the verb keeps the words. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who, whom] of [
  ['ru', 'За атакой стоит российская военная разведка, заявили в СБУ.', 'UA', 'RU'],
  ['ru', 'За атакой стоит российская военная разведка, заявили во вторник в СБУ.', 'UA', 'RU'],
  ['ru', 'За атакой стоит российская военная разведка, заявили в МИД Швеции.', 'SE', 'RU'],
  ['ru', '«За атакой стоит российская военная разведка», — заявили в СБУ.', 'UA', 'RU'],
  ['ru', 'Компания Velmora во вторник опубликовала доклад. За атакой стоит российская военная разведка, говорится в докладе.', 'Velmora', 'RU'],
  ['de', 'Die Firma Velmora hat am Dienstag einen Bericht veröffentlicht. Hinter den Angriffen stehe Russland, heißt es in dem Bericht.', 'Velmora', 'RU'],
  ['de', 'Die Firma Velmora hat am Dienstag einen Bericht veröffentlicht. Hinter den Angriffen stehe Russland, hieß es in dem am Dienstag veröffentlichten Bericht.', 'Velmora', 'RU'],
  ['fr', 'La société Velmora a publié un rapport mardi. Les attaques ont été menées par la Russie, indique-t-on dans le rapport.', 'Velmora', 'RU'],
  ['fr', "Derrière l'attaque se trouve le renseignement militaire russe, a-t-on indiqué au ministère suédois des Affaires étrangères.", 'SE', 'RU'],
] as const) {
  test(`${lang}: the body or report in the closing place phrase speaks: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(attributes(cs, who, whom), show(cs));
    assert.ok(!attributes(cs, whom, who), show(cs));
  });
}

test('de: a joint advisory named before speaks for each of its authors', () => {
  const cs = claimsOf('Kanada und Neuseeland haben in einer gemeinsamen Warnung vor iranischen Hackern gewarnt. Die von Teheran unterstützten Akteure nutzten Sicherheitslücken in Firewalls aus, hieß es in dem am Freitag veröffentlichten Bericht.', 'de', { title: 'Cyberattack' });
  assert.ok(attributes(cs, 'CA', 'IR') && attributes(cs, 'NZ', 'IR'), show(cs));
});

for (const [lang, body, who, whom] of [
  // The medium of an interview and a city of the speech are no speakers: the named official speaks.
  ['ru', 'За атакой стоит российская военная разведка, заявил в интервью CNN министр обороны Швеции.', 'SE', 'RU'],
  ['ru', 'За атакой стоит российская военная разведка, заявил министр обороны Швеции в Стокгольме.', 'SE', 'RU'],
  // A speaker before the verb keeps the words.
  ['de', 'Hinter dem Angriff stehe Russland, sagte der schwedische Außenminister im Bundestag.', 'SE', 'RU'],
  ['es', 'Detrás del ataque está la inteligencia militar rusa, dijo el ministro sueco en Madrid.', 'SE', 'RU'],
] as const) {
  test(`${lang}: a place or medium after a named speaker does not speak (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(attributes(cs, who, whom), show(cs));
    assert.ok(cs.every((c) => c.claimant === who), show(cs));
  });
}

test('ru: a city after an impersonal verb, with no body, names no speaker (negative)', () => {
  const cs = claimsOf('За атакой стоит российская военная разведка, заявили в Москве.', 'ru', { title: 'Кибератака' });
  assert.ok(!attributes(cs, 'RU', 'RU'), show(cs));
});
