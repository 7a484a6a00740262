/**
 * "Prosecutors in Brno said", "Ermittler in Brno sagten", "les enquêteurs à Brno ont déclaré", "los investigadores en
 * Brno afirmaron": a name after a locative that follows a noun is a place, not who speaks; a known company there
 * employs the speakers ("researchers at ESET"), and a locative opening the sentence names the speaker ("В Microsoft
 * сообщили"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const PLACES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Prosecutors in Brno said the attack was carried out by hackers working for Russia.' },
  { lang: 'de', body: 'Ermittler in Brno sagten, der Angriff sei von Hackern im Auftrag Russlands verübt worden.' },
  { lang: 'fr', body: "Les enquêteurs à Brno ont déclaré que l'attaque avait été menée par des pirates travaillant pour la Russie." },
  { lang: 'es', body: 'Los investigadores en Brno afirmaron que el ataque fue obra de piratas que trabajan para Rusia.' },
];

for (const { lang, body } of PLACES) {
  test(`${lang}: a place after a locative does not speak`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Brno'), `${body}\n${show(cs)}`);
  });
}

test('ru: a locative opening the sentence names who speaks', () => {
  const cs = claimsOf('В Microsoft сообщили, что атаку провели хакеры, работающие на Россию.', 'ru');
  assert.ok(attributes(cs, 'Microsoft', 'RU'), show(cs));
});

test('en: a known company after a staff noun and a locative employs the speakers', () => {
  const cs = claimsOf('Security researchers at ESET said the attack was carried out by hackers working for Iran.', 'en');
  assert.ok(attributes(cs, 'ESET', 'IR'), show(cs));
});
