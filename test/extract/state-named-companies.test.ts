/**
 * A company named after its state ("Russian Railways", "die Russischen Eisenbahnen", "los Ferrocarriles
 * Rusos", "Российские железные дороги", "les chemins de fer ukrainiens") is the company, not the state:
 * the state adjective inside its name does not make the state speak. The state adjective before an
 * organ still does ("die russische Regierung"). The names are in the entity lexicon
 * (src/knowledge/data/company-list.ts). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) =>
  extract(`${text}\nSource: x`, { lang }).claims.map((c) => `${c.claimant}|${c.stance}|${c.target ?? ''}`).sort();

test('a railway named by its state adjective confirms as the company (de, es, ru, fr)', () => {
  assert.deepEqual(claims('Die Russischen Eisenbahnen bestätigten einen Hackerangriff auf ihr Buchungssystem.', 'de'), ['Russian Railways|confirms|Russian Railways']);
  assert.deepEqual(claims('Los Ferrocarriles Rusos confirmaron un ciberataque contra su sistema de venta de billetes.', 'es'), ['Russian Railways|confirms|Russian Railways']);
  assert.deepEqual(claims('Российские железные дороги подтвердили кибератаку на систему продажи билетов.', 'ru'), ['Russian Railways|confirms|Russian Railways']);
  assert.deepEqual(claims('Les chemins de fer ukrainiens ont confirmé une cyberattaque contre leur système de billetterie.', 'fr'), ['Ukrzaliznytsia|confirms|Ukrzaliznytsia']);
});

test('the state adjective before an organ still names the state; a railway only hit is no accuser (de)', () => {
  assert.deepEqual(claims('Die russische Regierung bestätigte einen Hackerangriff auf das Buchungssystem der Bahn.', 'de'), ['RU|confirms|RU']);
  assert.deepEqual(claims('Die Ukraine warf Russland einen Hackerangriff auf die Ukrainische Eisenbahn vor.', 'de'), ['UA|accuses|RU']);
});
