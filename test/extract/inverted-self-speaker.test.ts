/**
 * German verb-second order: a clause that opens with an adverb or a phrase puts the subject after the finite verb,
 * so a vendor's "we" stands inside or right after its assessment verb ("Daher gehen wir davon aus, dass ...",
 * "Inzwischen schätzen wir ... ein", "Aufgrund der Werkzeuge bewerten wir ..."). That "we" speaks: the publisher
 * (the vendor whose researchers open the post) attributes. Controls in English, French and Spanish, where the
 * "we" precedes the verb or is its ending. Negative: a "wir" after a complementizer is the reported subject, not
 * the speaker ("erklärte die Ministerin, dass wir ..."). Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['de', 'Forschende von ESET haben eine neue Hintertür in Netzen von Ministerien entdeckt. Daher gehen wir davon aus, dass chinesische Hacker hinter dem Angriff stecken.'],
  ['de', 'Forschende von ESET haben eine neue Hintertür in Netzen von Ministerien entdeckt. Aufgrund der Zielauswahl gehen wir davon aus, dass die Gruppe Quillfrost im Interesse der chinesischen Regierung handelt.'],
  ['de', 'Forschende von ESET haben eine neue Hintertür in Netzen von Ministerien entdeckt. Inzwischen schätzen wir den Angriff als Werk chinesischer Hacker ein.'],
  ['en', 'ESET researchers found a new backdoor in ministry networks. Based on the tools used, we assess that Chinese hackers were behind the attack.'],
  ['fr', 'Les chercheurs d’ESET ont découvert une porte dérobée dans les réseaux de ministères. Nous estimons que des pirates chinois sont à l’origine de l’attaque.'],
  ['es', 'Los investigadores de ESET descubrieron una puerta trasera en redes de ministerios. Evaluamos que hackers chinos están detrás del ataque.'],
] as const) {
  test(`${lang}: the vendor's "we" after its assessment verb attributes: ${body.slice(-70)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Backdoor in ministry networks' });
    assert.ok(attributes(cs, 'ESET', 'CN'), show(cs));
  });
}

test('de: a "wir" after the complementizer is no speaker (negative)', () => {
  const body = 'Forschende von ESET haben eine neue Hintertür entdeckt. Daher erklärte Außenministerin Anna Berg, dass wir Russland für den Angriff verantwortlich machen.';
  const cs = claimsOf(body, 'de', { title: 'Backdoor in ministry networks' });
  assert.ok(!attributes(cs, 'ESET', 'RU'), show(cs));
});
