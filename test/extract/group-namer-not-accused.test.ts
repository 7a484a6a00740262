/**
 * The vendor whose name for a threat group the text uses ("the group Microsoft tracks as X", "le
 * groupe que Microsoft appelle X", "die Gruppe, die Microsoft X nennt") is neither the accused nor
 * called on: the accusation goes to the state the group is tied to. Sentences written for these
 * tests; the attribution is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('the namer of a group is not the accused (en, fr, de, es, vi)', () => {
  // No state named for the group: the group itself is the accused (the labelling convention).
  const accused = ['EE accuses Sandworm Team'];
  assert.deepEqual(claims('Estonia linked the activity to the group Microsoft tracks as Seashell Blizzard.', 'en'), accused);
  assert.deepEqual(claims('Estonia linked the attack to a group that Microsoft calls Seashell Blizzard.', 'en'), accused);
  assert.deepEqual(claims("L'Estonie a attribué l'attaque au groupe que Microsoft appelle Seashell Blizzard.", 'fr'), accused);
  assert.deepEqual(claims('Estland machte die Gruppe, die Microsoft Seashell Blizzard nennt, für den Angriff verantwortlich.', 'de'), accused);
  assert.deepEqual(claims('Estonia atribuyó el ataque al grupo que Microsoft denomina Seashell Blizzard.', 'es'), accused);
  assert.deepEqual(claims('Estonia quy trách nhiệm vụ tấn công cho nhóm mà Microsoft gọi là Seashell Blizzard.', 'vi'), accused);
});

test('a company accused outright is still the accused', () => {
  assert.deepEqual(claims('Estonia accused Velmora Systems of spying for Russia.', 'en').some((c) => c.startsWith('EE accuses')), true);
});
