/**
 * A hacktivist or criminal group's own long name: capitalised words with Arabic articles or particles
 * inside ("al-", "ad-", "de"), up to six words, ending in a group's last word ("Fighters", "Army", "Team").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groupsOf = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

const LONG = 'Sabr ad-Din al-Nour Cyber Fighters';

test('a long group name with Arabic articles is found whole, in several languages', () => {
  for (const [lang, body] of [
    ['en', `A group calling itself ${LONG} claimed responsibility for the attacks on the banks.`],
    ['fr', `Un groupe se faisant appeler ${LONG} a revendiqué les attaques contre les banques.`],
    ['ru', `Ответственность за атаки на банки взяла на себя хакерская группировка ${LONG}.`],
    ['zh', `一个自称“红隼网络战士”（${LONG}）的组织宣称对多家银行网站遭受的攻击负责。`],
    ['de', `Die Hackergruppe ${LONG} bekannte sich zu den Angriffen auf die Banken.`],
  ] as const) {
    const groups = groupsOf(body, lang);
    assert.ok(groups.includes(LONG), `${lang}: ${JSON.stringify(groups)}`);
  }
});

test('a five-word name with a particle ending in "Army" is found whole', () => {
  const groups = groupsOf('A hacktivist group calling itself Free Sons de Valmora Cyber Army claimed the attack.', 'en');
  assert.ok(groups.includes('Free Sons de Valmora Cyber Army'), JSON.stringify(groups));
});

test('negatives: without a group tail the name stops at four words; no tail, no long name', () => {
  const groups = groupsOf('A group calling itself Red Falcon Night Storm claimed responsibility for the attacks.', 'en');
  assert.ok(!groups.some((g) => g.split(' ').length > 4), JSON.stringify(groups));
  const none = groupsOf('The minister met Sabr ad-Din al-Nour in the capital on Monday.', 'en');
  assert.ok(!none.some((g) => g.includes('al-Nour')), JSON.stringify(none));
});
