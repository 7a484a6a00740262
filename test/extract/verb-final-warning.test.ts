/**
 * A warning verb at the end of its clause (German perfect and pluperfect, Chinese 发出警告) tells its
 * object before it: the clause's first party warns, the one before the verb is warned ("Berlin hat
 * Moskau vor Konsequenzen gewarnt"); a threat group named in the object is what the warning is about,
 * not a group that warns. Sentences written for these tests; states and groups real, events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`).sort();

test('a clause-final warning verb: the first party warns the one before the verb (de, zh)', () => {
  assert.deepEqual(claims('Berlin hat Moskau vor Konsequenzen gewarnt.', 'de'), ['DE warns RU']);
  assert.deepEqual(claims('Die Bundesregierung hat Moskau vor weiteren Angriffen auf Stadtwerke gewarnt.', 'de'), ['DE warns RU']);
  assert.deepEqual(claims('Das Bundesamt für Verfassungsschutz hatte bereits im Frühjahr vor Angriffen nordkoreanischer Akteure auf die Rüstungsbranche gewarnt.', 'de'), ['DE warns KP']);
  assert.deepEqual(claims('外交部就美国的网络攻击向美方发出警告。', 'zh'), ['CN warns US']);
  // Verb-second order was right before and stays so.
  assert.deepEqual(claims('Berlin warnte Moskau vor Konsequenzen.', 'de'), ['DE warns RU']);
});

test('a group in the object of a clause-final warning does not warn', () => {
  assert.deepEqual(claims('Das BSI hat vor Angriffen der Gruppe Kimsuky gewarnt.', 'de'), ['DE warns Kimsuky']);
  // A group that is the subject still warns.
  assert.deepEqual(claims('Die Gruppe Kimsuky drohte mit weiteren Angriffen.', 'de'), ['Kimsuky warns undefined']);
});

test('no verb-final reading across a comma', () => {
  assert.deepEqual(claims("Russia's threats were answered, Germany warned.", 'en'), ['DE warns RU']);
});
