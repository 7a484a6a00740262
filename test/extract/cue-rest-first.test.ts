/**
 * Speed without a change of output: a cue that opens with a look-behind of variable length is compiled
 * with its rest first, as a look-ahead (compileCues, restFirst in src/extract/lexicons/index.ts). The
 * pattern finds the same matches as the cue written plainly, on sentences in several languages; cues
 * with a fixed look-behind, a negative one, none, or a capturing group in the rest are left as they are.
 * Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, execAll, restFirst } from '../../src/extract/lexicons/index.ts';

/** Every match (index and text) of a cue list, compiled as compileCues does, or plainly (no rewriting). */
function hits(re: RegExp, s: string): string[] {
  return execAll(re, s).map((m) => `${m.index}:${m[0]}`);
}
function plain(list: string[]): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

test('a variable look-behind at the start gets its rest first as a look-ahead', () => {
  const cue = String.raw`(?<=(?:which|that) (?:\p{L}+ ){1,4})(?:link(?:s|ed)?|tie[sd]?) to`;
  assert.equal(restFirst(cue), String.raw`(?=(?:link(?:s|ed)?|tie[sd]?) to)` + cue);
  // compileCues moves it after the cue's first letters instead (cue-lookbehind-after-head.test.ts); where the rest
  // may open with other words, it cannot, and the rest goes first.
  const optional = String.raw`(?<=(?:which|that) (?:\p{L}+ ){1,4})(?:firmly )?linked to`;
  assert.match(compileCues([optional, 'blamed'])!.source, /\(\?=\(\?:firmly \)\?linked to\)/u);
});

test('other cues are left as they are', () => {
  for (const cue of [
    String.raw`(?<=[方国])应`, // fixed length
    String.raw`(?<=, )sagte`, // fixed length
    String.raw`(?<!(?:was|were) )blamed`, // negative
    String.raw`(?<!\p{L}+ )named`, // negative, variable
    String.raw`accused (?:\p{L}+ ){0,3}of`, // no look-behind
    String.raw`(?<=(?:which|that) (?:\p{L}+ ){1,4})(linked) to`, // a capture in the rest
    String.raw`(?<=(?:which|that) (?:\p{L}+ ){1,4})`, // nothing after the look-behind
  ]) assert.equal(restFirst(cue), cue);
});

const LISTS: Record<string, { list: string[]; sentences: string[] }> = {
  en: {
    list: [String.raw`(?<=(?:which|that|whom) (?:[\p{L}\p{N}’'.-]+ ){1,5})(?:link(?:s|ed)?|tie[sd]?) to`, 'blamed', String.raw`(?<!United )states`],
    sentences: [
      'The intrusion, which investigators at Quellmark firmly linked to Varosia, began in spring.',
      'A crew that the agency ties to Varosia blamed nobody and states nothing.',
      'Officials linked to the ministry said the hack, which analysts tied to Dranmoor, was small.',
      'The report that Quellmark and two partner firms released links to a new wave of phishing.',
      'Nothing here is linked to anything that was tied to the United States.',
    ],
  },
  de: {
    list: [String.raw`(?<=(?:^|\s)[Dd](?:em|en) (?:\S+ ){1,3})(?:sind|ist|waren|war)(?= (?:\p{L}+ ){1,8}?bekannt(?![\p{L}]))`, 'sagte', 'erklärte'],
    sentences: [
      'Den Behörden in Varosia war der Angriff seit Wochen bekannt, sagte ein Sprecher.',
      'Dem Ministerium sind die Täter nach eigenen Angaben nicht bekannt.',
      'Die Gruppe Quellmark ist in Fachkreisen seit Jahren bekannt, erklärte die Firma.',
      'Den Ermittlern war nichts davon gesagt worden.',
    ],
  },
  ru: {
    list: [String.raw`(?<=(?:доклад|отч[её]т)\p{L}*, )в (?:котором|которой)(?= (?:говорится|отмечается|сообщается))`, 'заявил'],
    sentences: [
      'Компания Кварнет опубликовала отчёт, в котором говорится о новой волне атак.',
      'В докладе, в котором отмечается рост угроз, заявил министр, нет имён.',
      'Это здание, в котором работает штаб, закрыто.',
    ],
  },
  fr: {
    list: [String.raw`(?<=(?:qui|que) (?:\p{L}+ ){1,3})(?:lié|liée|liés) à`, 'a accusé'],
    sentences: [
      'Le groupe, que les chercheurs de Quellmark jugent lié à Varosia, a accusé un rival.',
      'Un acteur lié à Varosia, qui est lié à rien, a accusé personne.',
    ],
  },
};

for (const [lang, { list, sentences }] of Object.entries(LISTS)) {
  test(`${lang}: the same matches as the cues written plainly`, () => {
    const compiled = compileCues(list)!;
    assert.notEqual(compiled.source, plain(list).source, 'a cue was rewritten');
    let found = 0;
    for (const s of sentences) {
      const want = hits(plain(list), s);
      assert.deepEqual(hits(compiled, s), want, s);
      found += want.length;
    }
    assert.ok(found > 0);
  });
}
