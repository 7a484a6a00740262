/**
 * German reportative "sollen" ("X soll Daten gestohlen haben": X reportedly stole data). Hearsay asks nothing of its
 * subject: it was read as the speaker's call on it. The form is German only; the demands beside it ("soll ...
 * einstellen") and other languages' modals are unchanged. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const shown = (body: string, lang: string) => claimsOf(body, lang).map((c) => [c.claimant, c.stance, c.target ?? null]);
const calls = (body: string, lang: string) => shown(body, lang).filter(([, s]) => s === 'calls-for');

test('reportative "sollen" with a perfect infinitive is no call on its subject (de)', () => {
  assert.deepEqual(calls('Der Verfassungsschutz erklärte am Mittwoch, Hacker im Auftrag Chinas sollen Baupläne einer Werft in Kiel kopiert haben.', 'de'), []);
  assert.deepEqual(calls('Der Verfassungsschutz erklärte am Mittwoch, Iran soll Zugangsdaten einer Brauerei in Passau an Dritte weitergegeben haben.', 'de'), []);
  assert.deepEqual(calls('Das Innenministerium teilte mit, Russland solle die Server der Genossenschaft bereits im Frühjahr infiltriert haben.', 'de'), []);
});

test('reportative "sollen" of a hostile act is the speaker\'s attribution (de)', () => {
  assert.deepEqual(shown('Der Verfassungsschutz erklärte am Mittwoch, Hacker im Auftrag Chinas sollen Baupläne einer Werft in Kiel ausgespäht haben.', 'de'), [['DE', 'attributes', 'CN']]);
});

test('"sollen" closing on a plain infinitive stays a demand (de), as do other languages\' modals (en, fr)', () => {
  assert.deepEqual(calls('Der deutsche Außenminister sagte, Russland soll die Angriffe auf die Genossenschaft sofort einstellen.', 'de'), [['DE', 'calls-for', 'RU']]);
  assert.deepEqual(calls('Der deutsche Außenminister sagte, Russland solle die Angriffe auf die Genossenschaft untersuchen.', 'de'), [['DE', 'calls-for', 'RU']]);
  assert.deepEqual(calls('The German foreign minister said Russia should stop its attacks on the dairy cooperative.', 'en'), [['DE', 'calls-for', 'RU']]);
  assert.deepEqual(calls('Le ministre allemand des Affaires étrangères a dit que la Russie doit cesser ses attaques contre la coopérative.', 'fr'), [['DE', 'calls-for', 'RU']]);
});
