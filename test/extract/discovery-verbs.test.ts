/**
 * Whoever discovered something tells of it, as whoever found it: "X discovered that Russian hackers
 * ...", "X discovered a flaw exploited by the group Y", "X a découvert", "X descubrió", "X entdeckte",
 * "X обнаружили", "X phát hiện". What was discovered ("the flaw was discovered", "bị phát hiện") has
 * no speaker. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const DISCOVERED: Array<[lang: string, body: string, target?: string]> = [
  ['en', 'ESET researchers discovered that Russian hackers exploited a flaw in Chrome.'],
  // No state named for the group: the group itself is the accused (the labelling convention).
  ['en', 'ESET researchers discovered a zero-day flaw in Chrome that was being exploited by the Sandworm group.', 'Sandworm Team'],
  ['fr', "Les chercheurs d'ESET ont découvert une faille dans Chrome exploitée par le groupe Sandworm, lié à la Russie."],
  ['es', 'Los investigadores de ESET descubrieron que piratas rusos explotaban una vulnerabilidad en Chrome.'],
  ['de', 'ESET-Forscher entdeckten, dass russische Hacker eine Lücke in Chrome ausnutzten.'],
  ['ru', 'Исследователи ESET обнаружили уязвимость в Chrome, которую эксплуатировала российская группировка Sandworm.'],
  ['vi', 'ESET phát hiện tin tặc Nga đã khai thác một lỗ hổng trong Chrome.'],
];

for (const [lang, body, target = 'RU'] of DISCOVERED) {
  test(`${lang}: the discoverer tells of the act it discovered (${body.slice(0, 30)})`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'ESET'), [target], show(cs));
  });
}

// Negative cases: a discovery with no actor in it, or a thing that was discovered, is no attribution.
const NOTHING: Array<[lang: string, body: string]> = [
  ['en', 'The flaw was discovered in March.'],
  ['en', 'ESET discovered a new backdoor in the networks of the ministry.'],
  ['fr', "ESET a découvert une nouvelle porte dérobée dans les réseaux du ministère."],
  ['vi', 'Lỗ hổng bị phát hiện vào tháng 3.'],
];

for (const [lang, body] of NOTHING) {
  test(`${lang}: no attribution (${body.slice(0, 30)})`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes').map((c) => c.target), [], show(cs));
  });
}
