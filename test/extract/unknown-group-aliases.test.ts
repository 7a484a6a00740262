/**
 * Two code names the knowledge base does not know are one group when the text gives the second as the first's
 * ("UAT4356, also known as Storm-1849", "UAT4356 (Microsoft tracks it as Storm-1849)", "còn được gọi là",
 * "von Microsoft als ... geführt", "微软将其追踪为"): the later name becomes an alias of the one named before it,
 * with the alias cue between them. Two groups merely listed together stay two. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groupsOf = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => [g.name, ...g.aliases]);

for (const [lang, body] of [
  ['en', 'UAT4356, also known as Storm-1849, exploited two flaws.'],
  ['en', 'A group tracked as UAT4356 (Microsoft tracks it as Storm-1849) exploited two flaws.'],
  ['vi', 'Nhóm UAT4356, còn được gọi là Storm-1849, đã lợi dụng một lỗi trong thiết bị tường lửa.'],
  ['de', 'Die Gruppe UAT4356 (von Microsoft als Storm-1849 geführt) nutzte zwei Lücken aus.'],
  ['zh', 'UAT4356组织（微软将其追踪为Storm-1849）利用了两个漏洞。'],
] as const) {
  test(`${lang}: an unknown group's other code name is its alias`, () => {
    const groups = groupsOf(body, lang);
    assert.equal(groups.length, 1, JSON.stringify(groups));
    assert.deepEqual(groups[0], ['UAT4356', 'Storm-1849']);
  });
}

test('en: two unknown groups listed together stay two', () => {
  const groups = groupsOf('UNC4736 and UNC5812 attacked banks in Poland.', 'en');
  assert.equal(groups.length, 2, JSON.stringify(groups));
});
