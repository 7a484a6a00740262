/**
 * A state that is the subject of a passive accusation is the accused, whatever parties the act it is
 * accused of names after the verb: "Russia was accused by Finland of jamming GPS signals", "La Russie a
 * été accusée par la Finlande de brouiller les signaux GPS", "Rusia fue acusada por Finlandia de ...",
 * "俄罗斯被芬兰指责干扰GPS信号", "Nga bị Phần Lan cáo buộc gây nhiễu tín hiệu GPS". Not the subject: a
 * victim named before the passive ("The attack on Estonia was attributed to Russia"), or a state far
 * before it. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const PASSIVE: Array<[lang: string, body: string]> = [
  ['en', 'Russia was accused by Finland of jamming GPS signals.'],
  ['en', 'Russia was accused by Finland of hacking Nokia.'],
  ['fr', 'La Russie a été accusée par la Finlande de brouiller les signaux GPS.'],
  ['es', 'Rusia fue acusada por Finlandia de interferir las señales GPS.'],
  ['zh', '俄罗斯被芬兰指责干扰GPS信号。'],
  ['vi', 'Nga bị Phần Lan cáo buộc gây nhiễu tín hiệu GPS.'],
];

for (const [lang, body] of PASSIVE) {
  test(`${lang}: the state the passive accuses is the target, not a party of the act`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'FI', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.target === 'GPS' || c.target === 'Nokia'), show(cs));
  });
}

const NOT_SUBJECT: Array<[lang: string, body: string]> = [
  ['en', 'The attack on Estonia was attributed to Russia by NATO.'],
  ['fr', "L'attaque contre l'Estonie a été attribuée à la Russie par l'OTAN."],
];

for (const [lang, body] of NOT_SUBJECT) {
  test(`${lang}: a victim before the passive is not the accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'NATO', 'RU'), show(cs));
    assert.ok(!attributes(cs, 'NATO', 'EE'), show(cs));
  });
}
