/**
 * A source marker that names an outlet's revelation or investigation before the outlet ("as revealed
 * by X", "nach Recherchen der X", "como reveló X", "comme l'a révélé X", "по информации X"): the outlet
 * is the source of the claim told after it. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'As revealed by The New York Times, Israel ran the cyber operation against the Iranian nuclear programme.' },
  { lang: 'de', body: 'Nach Recherchen der «New York Times» hat Israel die Cyberoperation gegen das iranische Atomprogramm gesteuert.' },
  { lang: 'es', body: 'Como reveló The New York Times, Israel está detrás del ciberataque contra el programa nuclear iraní.' },
  { lang: 'fr', body: "Comme l'a révélé le New York Times, Israël est derrière la cyberattaque contre le programme nucléaire iranien." },
  { lang: 'ru', body: 'По информации газеты The New York Times, за кибератакой на иранскую ядерную программу стоял Израиль.' },
];

for (const c of CASES) {
  test(`${c.lang}: the outlet after a revelation marker is the source of the attribution`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributes(cs, 'The New York Times', 'IL'), show(cs));
  });
}

test('en: an outlet that only names what was revealed, with no marker before it, is no source', () => {
  const cs = claimsOf('The New York Times revealed nothing new about the programme. Israel ran the cyber operation against the Iranian nuclear programme, officials in Washington said.', 'en');
  assert.ok(!attributes(cs, 'The New York Times', 'IL'), show(cs));
});
