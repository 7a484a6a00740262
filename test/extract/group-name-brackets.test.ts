/**
 * A group's name may hold a bracketed part ("NoName057(16)", "Cyber Army(RU)") but never takes the bracket that
 * closes the sentence's own parenthesis: "UAT4356 (Microsoft tracks it as Storm-1849) exploited" names
 * Storm-1849, not "Storm-1849)". Sentences invented for this test, in several languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groupsOf = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

for (const [lang, body] of [
  ['en', 'A group tracked as UAT4356 (Microsoft tracks it as Storm-1849) exploited two flaws.'],
  ['fr', 'Le groupe UAT4356 (que Microsoft suit sous le nom de Storm-1849) a exploité deux failles.'],
  ['es', 'El grupo UAT4356 (que Microsoft rastrea como Storm-1849) explotó dos fallas.'],
  ['ru', 'Группировка UAT4356 (Microsoft отслеживает её как Storm-1849) использовала две уязвимости.'],
] as const) {
  test(`${lang}: a closing bracket is no part of a group's name`, () => {
    const names = groupsOf(body, lang);
    assert.ok(names.every((n) => !n.endsWith(')')), JSON.stringify(names));
  });
}

test('en: a bracketed part inside a name stays', () => {
  assert.ok(groupsOf('The hacktivist group NoName057(16) claimed the attacks.', 'en').includes('NoName057(16)'));
});
