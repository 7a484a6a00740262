/**
 * Refusing to tolerate another's acts is a warning of it: "Лондон не будет мириться с российскими
 * кибератаками", "la France ne tolérera pas les cyberattaques russes", "Deutschland werde russische
 * Cyberangriffe nicht dulden", "英国绝不容忍俄罗斯的网络攻击". Negative case: tolerance told of (not refused)
 * warns no one. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const REFUSED: Array<[lang: string, body: string, claimant: string]> = [
  ['ru', 'Министр иностранных дел Великобритании заявил, что Лондон не будет мириться с российскими кибератаками.', 'GB'],
  ['fr', 'Le ministre français a déclaré que la France ne tolérera pas les cyberattaques russes.', 'FR'],
  ['de', 'Der deutsche Innenminister sagte, Deutschland werde russische Cyberangriffe nicht dulden.', 'DE'],
  ['zh', '英国外交大臣表示，英国绝不容忍俄罗斯的网络攻击。', 'GB'],
];

const TOLD: Array<[lang: string, body: string]> = [
  ['fr', 'Le ministre français a déclaré que la France tolère mal les critiques de ses alliés.'],
  ['de', 'Der deutsche Innenminister sagte, Deutschland werde die Kritik dulden.'],
];

for (const [lang, body, claimant] of REFUSED) {
  test(`${lang}: refusing to tolerate another's attacks warns of it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body] of TOLD) {
  test(`${lang}: tolerance told of, not refused, warns no one (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}
