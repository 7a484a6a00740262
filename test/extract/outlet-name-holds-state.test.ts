/**
 * An outlet's written name of several words that holds a state's name or adjective ("Radio France",
 * "Deutsche Presse-Agentur", "Voice of America") is the outlet: it reports a finding as its claimant,
 * under the English name of the outlet list. The state's name alone is no outlet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

const cases: Array<[string, string, string, string]> = [
  ['fr', 'Selon Radio France, la Chine est derrière le piratage des serveurs de la mairie de Brevol.', 'Radio France', 'CN'],
  ['de', 'Die Deutsche Presse-Agentur hat berichtet, hinter dem Einbruch in das Netz der Stadtwerke Kallin stehe die russische Gruppe APT28.', 'Deutsche Presse-Agentur', 'RU'],
  ['de', 'Die dpa hat unter Berufung auf Regierungskreise berichtet, hinter der Attacke auf den Hafen von Merstedt stecke Nordkorea.', 'Deutsche Presse-Agentur', 'KP'],
  ['es', 'Según Radio France, Rusia está detrás del ataque contra la red eléctrica de Velmora.', 'Radio France', 'RU'],
  ['en', 'According to Voice of America, Iran was behind the intrusion into the Tarlen port authority.', 'Voice of America', 'IR'],
];

for (const [lang, sentence, claimant, target] of cases) {
  test(`outlet name holding a state: ${lang} ${claimant}`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

test('the state alone, or an outlet that only reports a state speaking, is no outlet claimant', () => {
  const fr = claimsOf('Selon la France, la Russie est derrière le piratage des serveurs de la mairie de Brevol.', 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'Radio France'), show(fr));
  const de = claimsOf('Die deutsche Regierung erklärte, hinter dem Angriff auf die Stadtwerke Kallin stehe Russland.', 'de');
  assert.ok(!de.some((c) => c.claimant === 'Deutsche Presse-Agentur'), show(de));
});
