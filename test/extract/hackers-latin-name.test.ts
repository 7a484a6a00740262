/**
 * Russian "хакеры X" with a Latin-script name X: the plural noun for hackers introduces a group's name
 * as "группировка X" does; Cyrillic words after it ("хакеры из России") are no name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const groupsOf = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('ru: a Latin-script name after "хакеры" is a group, and claims its own attack', () => {
  const cs = claimsOf('Хакеры Night Harbor взяли на себя ответственность за атаку на министерство.', 'ru');
  assert.ok(cs.some((c) => c.claimant === 'Night Harbor' && c.target === 'Night Harbor'), show(cs));
  assert.ok(groupsOf('Специалисты обнаружили атаки хакеров Night Harbor на российские компании.', 'ru').includes('Night Harbor'));
});

test('zh: the same group word with a Latin name still names the group', () => {
  assert.ok(groupsOf('黑客组织Night Harbor宣称对这次攻击负责。', 'zh').includes('Night Harbor'));
});

test('negatives: Cyrillic words after "хакеры" are no group name', () => {
  assert.deepEqual(groupsOf('Хакеры из России атаковали министерство.', 'ru'), []);
  assert.deepEqual(groupsOf('Хакеры атаковали сайт министерства, сообщили в ведомстве.', 'ru'), []);
});
