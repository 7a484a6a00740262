/**
 * A relative clause that tells what happened in an attack ("the attack on the data network, in which the
 * German Foreign Office was hit", "bei dem", "lors de laquelle", "en el que", "в ходе которой", "trong đó")
 * names the event's setting: its parties are neither accused nor claimants of the sentence around it. A relative
 * clause after a document ("a report, in which the Foreign Office blamed Russia") still tells a claim.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SETTING: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'New Zealand attributed the attack on the data network, in which the German Foreign Office was hit, to Turla.' },
  { lang: 'de', body: 'Neuseeland schreibt der Gruppe Turla den Angriff auf das Datennetz zu, bei dem das Auswärtige Amt betroffen war.' },
  { lang: 'fr', body: "La Nouvelle-Zélande a attribué à Turla l'attaque contre le réseau, lors de laquelle le ministère allemand de l'Intérieur a été touché." },
  { lang: 'es', body: 'Nueva Zelanda atribuyó a Turla el ataque contra la red, en el que resultó afectado el Ministerio del Interior alemán.' },
  { lang: 'ru', body: 'Новая Зеландия приписала Turla атаку на сеть, в ходе которой пострадало министерство внутренних дел Германии.' },
  { lang: 'vi', body: 'New Zealand quy trách nhiệm cho Turla về vụ tấn công mạng lưới, trong đó Bộ Nội vụ Đức bị ảnh hưởng.' },
];

for (const { lang, body } of SETTING) {
  test(`${lang}: the state hit in the attack's relative clause is neither accused nor a claimant`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'NZ', 'Turla'), `${body}\n${show(cs)}`);
    assert.ok(!cs.some((c) => c.claimant === 'DE' || c.target === 'DE'), `${body}\n${show(cs)}`);
  });
}

test('en: a relative clause after a document still tells its claim', () => {
  const body = 'Britain published a report on Monday, in which the Foreign Office blamed Russia for the attacks.';
  const cs = claimsOf(body, 'en');
  assert.ok(attributes(cs, 'GB', 'RU'), show(cs));
});

test('de: the Federal Foreign Office is found in its nominative form after the article', () => {
  const cs = claimsOf('Das Auswärtige Amt teilte mit, Russland stecke hinter dem Angriff auf das Netz.', 'de');
  assert.ok(attributes(cs, 'DE', 'RU'), show(cs));
});
