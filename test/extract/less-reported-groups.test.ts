/**
 * Clusters and personas beyond the best-known twenty are linked to the knowledge base under their
 * canonical name, also when the text uses another vendor's name for them (Storm-1359 is Anonymous
 * Sudan; Shell Crew is Deep Panda; «Народная CyberАрмия» is the Cyber Army of Russia Reborn), so an
 * attribution about them is about the same group whichever name the article uses. Sentences invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const CASES: Array<[lang: string, text: string, group: string]> = [
  ['en', 'Microsoft said the outage was caused by Storm-1359, a collective flooding its portals with traffic.', 'Anonymous Sudan'],
  ['en', 'Investigators said the intrusion at the insurer bore the marks of Shell Crew, a cluster active for a decade.', 'Deep Panda'],
  ['ru', 'Хакеры «Народной CyberАрмии» заявили о взломе системы управления водоснабжением.', 'Cyber Army of Russia Reborn'],
  ['en', 'Researchers tied the phishing wave against hospital suppliers to Orangeworm.', 'Orangeworm'],
  ['fr', 'Le collectif Mysterious Team Bangladesh a revendiqué la mise hors ligne du portail municipal.', 'Mysterious Team Bangladesh'],
  ['de', 'Die Gruppe Handala veröffentlichte nach eigenen Angaben Daten eines Rüstungszulieferers.', 'Handala'],
  ['en', 'CrowdStrike, which calls the cluster Cutting Kitten, said the campaign served Tehran.', 'Cleaver'],
];

test('less-reported clusters and personas are linked under their canonical name', () => {
  for (const [lang, body, group] of CASES) {
    const x = extract(`Headline\n${body}\nSource: https://example.org/a`, { lang });
    const names = x.intrusion_sets.map((g) => g.name);
    assert.ok(names.includes(group), `${lang}: ${body} -> ${JSON.stringify(names)}`);
  }
});
