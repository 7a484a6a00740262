/**
 * A definite group noun points back to the threat group named last ("the group", "ce groupe", "die
 * Gruppe", "el grupo", "эта группировка", "该组织", "nhóm này"): an accusation about "the group" is
 * about that group (what a claim is about; the reference makes no claim of its own), and with no group
 * named before it, or with a name after it, it stands for none.
 * Sentences and group names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';
import { groupAnaphora } from '../../src/extract/group-anaphora.ts';

const about = (body: string, lang: string) => claimsOf(body, lang).map((c) => [c.claimant, c.stance === 'accuses' ? 'attributes' : c.stance, c.target ?? null, c.about ?? []]);

test('an accusation about "the group" is about the group named before (7 languages)', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'Velmora has tracked the hacking group Silt Heron since 2023. Canada accused Iran of running the group.', 'CA', 'IR'],
    ['fr', 'Velmora suit le groupe de pirates Silt Heron depuis 2023. Le Canada a accusé l’Iran de diriger ce groupe.', 'CA', 'IR'],
    ['de', 'Velmora beobachtet die Hackergruppe Silt Heron seit 2023. Kanada machte den Iran für die Gruppe verantwortlich.', 'CA', 'IR'],
    ['es', 'Velmora sigue al grupo de hackers Silt Heron desde 2023. Canadá acusó a Irán de dirigir el grupo.', 'CA', 'IR'],
    ['ru', 'Хакерская группировка Silt Heron активна с 2023 года. Канада обвинила Иран в поддержке этой группировки.', 'CA', 'IR'],
    ['zh', '黑客组织Silt Heron自2023年以来一直活跃。加拿大指责伊朗支持该组织。', 'CA', 'IR'],
    ['vi', 'Nhóm tin tặc Silt Heron hoạt động từ năm 2023. Canada cáo buộc Iran hậu thuẫn nhóm này.', 'CA', 'IR'],
  ];
  for (const [lang, body, claimant, target] of cases) {
    const got = about(body, lang);
    assert.ok(got.some(([c, s, t, a]) => c === claimant && s === 'attributes' && t === target && (a as string[]).includes('Silt Heron')), `${lang}: ${JSON.stringify(got)}`);
  }
});

test('"the group" after two groups is the one named last, not both (en)', () => {
  const got = about('Velmora tracks the hacking group Silt Heron and APT33. Canada accused Iran of running the group.', 'en');
  assert.deepEqual(got, [['CA', 'attributes', 'IR', ['APT33']]]);
});

test('"the group" with no group named before it stands for none (en)', () => {
  const none = about('Canada accused Iran of running the group.', 'en');
  assert.ok(none.every(([, , , a]) => (a as string[]).length === 0), JSON.stringify(none));
});

test('a group noun followed by a name or by "of", or beyond reach, points back to no group', () => {
  const text = 'Velmora tracks Silt Heron. The group of seven met. The group Copper Lynx spoke. One. Two. Three. The group works for Iran.';
  const sentences = text.split(/(?<=\.) /u).reduce<{ start: number; end: number; text: string }[]>((out, t) => {
    const start = out.length ? out.at(-1)!.end + 1 : 0;
    return [...out, { start, end: start + t.length, text: t }];
  }, []);
  const at = text.indexOf('Silt Heron');
  const found = groupAnaphora(text, sentences as never, 'en', [{ start: at, end: at + 10, name: 'Silt Heron', countries: [] }]);
  assert.deepEqual(found, []);
  const near = 'Velmora tracks Silt Heron. The group works for Iran.';
  const found2 = groupAnaphora(near, [{ start: 0, end: 26, text: near.slice(0, 26) }, { start: 27, end: near.length, text: near.slice(27) }] as never, 'en', [{ start: 15, end: 25, name: 'Silt Heron', countries: [] }]);
  assert.deepEqual(found2.map((g) => [near.slice(g.start, g.end), g.name]), [['The group', 'Silt Heron']]);
});
