/**
 * A demonstrative group phrase with modifiers before its head, or one a language marks as "the said"
 * group, points back to the threat group named before it, as "the group" does (group-anaphora.ts):
 * "this Kestrel-linked group", "this Moldovan state actor", "diese rumänische Gruppe", "dicho grupo",
 * "эта группа". A demonstrative that heads a group of something else ("this working group", "эта
 * группа стран", "diese Gruppe von Staaten") points back to none.
 * Sentences and group names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupAnaphora } from '../../src/extract/group-anaphora.ts';

/** The group-noun references of a text split at ". ", with "Marsh Kestrel" the one group named. */
function refs(text: string, lang: string): [string, string][] {
  const sentences = text.split(/(?<=\.) /u).reduce<{ start: number; end: number; text: string }[]>((out, t) => {
    const start = out.length ? out.at(-1)!.end + 1 : 0;
    return [...out, { start, end: start + t.length, text: t }];
  }, []);
  const at = text.indexOf('Marsh Kestrel');
  const found = groupAnaphora(text, sentences as never, lang, [{ start: at, end: at + 13, name: 'Marsh Kestrel', countries: [] }]);
  return found.map((g) => [text.slice(g.start, g.end), g.name]);
}

test('a demonstrative group phrase with modifiers or "said" points back to the group named before (4 languages)', () => {
  const cases: [string, string, string][] = [
    ['en', 'Analysts at Dunmore Labs first saw Marsh Kestrel in 2022. Ottawa says this Moldovan state actor sends lures to port operators.', 'this Moldovan state actor'],
    ['en', 'Analysts at Dunmore Labs first saw Marsh Kestrel in 2022. Ottawa says this Kestrel-linked group sends lures to port operators.', 'this Kestrel-linked group'],
    ['ru', 'Аналитики Dunmore Labs впервые заметили Marsh Kestrel в 2022 году. Позже эта группа рассылала приманки портовым операторам.', 'эта группа'],
    ['de', 'Die Fachleute von Dunmore Labs sahen Marsh Kestrel erstmals 2022. Kanada sagt, diese rumänische Gruppe schicke Köder an Hafenbetreiber.', 'diese rumänische Gruppe'],
    ['es', 'Los analistas de Dunmore Labs vieron a Marsh Kestrel por primera vez en 2022. Según Ottawa, dicho grupo envía señuelos a operadores portuarios.', 'dicho grupo'],
  ];
  for (const [lang, text, phrase] of cases) assert.deepEqual(refs(text, lang), [[phrase, 'Marsh Kestrel']], lang);
});

test('a demonstrative heading a group of something else points back to no group (4 languages)', () => {
  const cases: [string, string][] = [
    ['en', 'Analysts at Dunmore Labs first saw Marsh Kestrel in 2022. Ottawa says this working group meets in March.'],
    ['en', 'Analysts at Dunmore Labs first saw Marsh Kestrel in 2022. Ottawa says this group of countries meets in March.'],
    ['ru', 'Аналитики Dunmore Labs впервые заметили Marsh Kestrel в 2022 году. Позже эта группа стран собралась в марте.'],
    ['ru', 'Аналитики Dunmore Labs впервые заметили Marsh Kestrel в 2022 году. Позже эта группа экспертов собралась в марте.'],
    ['de', 'Die Fachleute von Dunmore Labs sahen Marsh Kestrel erstmals 2022. Kanada sagt, diese kleine Gruppe von Staaten treffe sich im März.'],
    ['es', 'Los analistas de Dunmore Labs vieron a Marsh Kestrel por primera vez en 2022. Según Ottawa, dicho grupo de países se reúne en marzo.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(refs(text, lang), [], `${lang}: ${text}`);
});

test('with no group named before it, a demonstrative group phrase stands for none', () => {
  const text = 'Ottawa says this Moldovan state actor sends lures. Marsh Kestrel is another matter.';
  assert.deepEqual(refs(text, 'en'), []);
});
