/**
 * A speech verb with adjuncts of time, place or occasion between it and the clause told, or closing the
 * sentence after a trailing speaker ("..., the ministry said on Thursday in a statement posted on its website",
 * "..., dijo el ministro este jueves en una rueda de prensa en Copenhague", "schreibt heute in einer Mitteilung, ...",
 * "berichtet unter Berufung auf Geheimdienstkreise, ..."): the adjuncts (profile `speechAdjuncts`) are no words of
 * the speaker's phrase, and the speaker still speaks. Negatives: a German present verb whose object is a noun phrase
 * tells no clause; a place among the adjuncts is no speaker; a citing phrase followed by a speaker with a verb of
 * its own leaves the words to that nearer speaker. Names and sentences invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'China was behind the intrusion into the port authority, the Danish foreign ministry said on Thursday in a statement posted on its website.'],
  ['en', 'China was behind the intrusion into the port authority, said the Danish foreign ministry in a statement on Thursday.'],
  ['fr', "La Chine est derrière l'intrusion dans le port, a indiqué le gouvernement du Danemark dans un communiqué publié jeudi sur son site."],
  ['es', 'China está detrás de la intrusión en el puerto, dijo el ministro de Exteriores de Dinamarca este jueves en una rueda de prensa en Copenhague.'],
  ['ru', 'За вторжением в сеть порта стоит Китай, заявил министр иностранных дел Дании в четверг на брифинге в Копенгагене.'],
  ['vi', 'Trung Quốc đứng sau vụ xâm nhập mạng của cảng biển, Bộ Ngoại giao Đan Mạch nói trong một tuyên bố hôm thứ Năm.'],
  ['de', 'Das dänische Außenministerium schreibt heute in einer Mitteilung, China stehe hinter dem Eindringen in das Hafennetz.'],
  ['de', 'Die Regierung Dänemarks berichtet unter Berufung auf Geheimdienstkreise, China stecke hinter dem Angriff auf den Hafen.'],
  ['de', 'Das dänische Außenministerium betont regelmäßig, China stehe hinter den Angriffen auf die Häfen.'],
  // Already read before adjuncts were a profile list: the adjuncts stand before the verb.
  ['zh', '丹麦外交部周四在记者会上表示，中国是这次港口网络入侵的幕后黑手。'],
] as const) {
  test(`${lang}: adjuncts of a speech verb do not cut off its speaker: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Port intrusion' });
    assert.ok(attributes(cs, 'DK', 'CN'), show(cs));
    assert.ok(!attributes(cs, 'CN', 'DK'), show(cs));
  });
}

for (const [lang, body] of [
  // A noun phrase after the verb: nothing is told.
  ['de', 'Die Regierung Dänemarks berichtet heute über chinesische Hacker und den Angriff auf den Hafen.'],
  // A place in the adjuncts after an unnamed speaker is where it spoke, not who spoke.
  ['en', 'China was behind the intrusion into the port authority, a spokesman said on Thursday in Denmark.'],
  ['es', 'China está detrás de la intrusión en el puerto, dijo un portavoz este jueves en Dinamarca.'],
] as const) {
  test(`${lang}: no adjunct, no speaker: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Port intrusion' });
    assert.ok(!attributes(cs, 'DK', 'CN'), show(cs));
  });
}

test('de: a citing phrase, then a speaker with its own verb: the nearer speaker speaks', () => {
  const cs = claimsOf('Die Zeitung Nordblatt berichtet unter Berufung auf Kreise, die Regierung Dänemarks sagte am Montag, China stehe hinter dem Angriff auf den Hafen.', 'de', { title: 'Port intrusion' });
  assert.ok(attributes(cs, 'DK', 'CN'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Nordblatt'), show(cs));
});
