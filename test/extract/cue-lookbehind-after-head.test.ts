/**
 * Speed without a change of output: a cue that opens with look-behinds is compiled with them after the literal its
 * words open with, each moved back over that literal (compileCues, behindAfterHead in src/extract/lexicons/index.ts).
 * The engine then skips ahead to the cue's first letters instead of reading the look-behinds back at every position.
 * The pattern finds the same matches as the cue written plainly, on sentences in several languages; cues whose rest
 * opens with no literal, or whose look-behind captures, are left as they are. Sentences and names invented for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { behindAfterHead, compileCues, execAll } from '../../src/extract/lexicons/index.ts';

/** Every match (index, text and groups) of a cue list, compiled as compileCues does, or plainly (no rewriting). */
function hits(re: RegExp, s: string): string[] {
  return execAll(re, s).map((m) => `${m.index}:${JSON.stringify([...m])}`);
}
function plain(list: string[], noWordBoundaries = false): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).join('|');
  return noWordBoundaries ? new RegExp(`(?:${alt})`, 'giu') : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

test('a negative look-behind goes after the literal, moved back over its length', () => {
  assert.equal(behindAfterHead(String.raw`(?<!(?:was|were) )blamed`), String.raw`blamed(?<!(?:(?:was|were) )[^]{6})`);
  assert.equal(behindAfterHead(String.raw`(?<![Мм]ы )отразил`), String.raw`отразил(?<!(?:[Мм]ы )[^]{7})`);
});

test('into each way of matching of a group the cue opens with, over each one\'s own literal', () => {
  assert.equal(
    behindAfterHead(String.raw`(?<=(?:which|that) (?:\p{L}+ ){1,4})(?:link(?:s|ed)?|tie[sd]?) to`),
    String.raw`(?:link(?<=(?:(?:which|that) (?:\p{L}+ ){1,4})[^]{4})(?:s|ed)?|tie(?<=(?:(?:which|that) (?:\p{L}+ ){1,4})[^]{3})[sd]?) to`,
  );
  // Two look-behinds, in their order; an escaped character is one.
  assert.equal(behindAfterHead(String.raw`(?<=, )(?<!\. , )a\-b`), String.raw`a\-b(?<=(?:, )[^]{3})(?<!(?:\. , )[^]{3})`);
});

test('cues left as they are', () => {
  for (const cue of [
    'blamed', // no look-behind
    String.raw`(?<=(?:which|that) (?:\p{L}+ ){1,4})(linked) to`, // a capture first
    String.raw`(?<=(a) )b`, // a capture in the look-behind
    String.raw`(?<=x )\p{L}+ed`, // a class first
    String.raw`(?<=x )(?:the )?report`, // an optional group first
    String.raw`(?<=x )(?:a|\S+) report`, // one way opens with a class
    String.raw`(?<=x )s?aid`, // an optional letter first
    String.raw`(?<=x )`, // nothing after
  ]) assert.equal(behindAfterHead(cue), null, cue);
});

const LISTS: Record<string, { list: string[]; sentences: string[]; noWordBoundaries?: boolean }> = {
  en: {
    list: [String.raw`(?<!(?:is|are|was|were|be|been|being) )associat(?:es?|ed) (?!with\b|by\b)(?:[\p{L}\p{N}’'-]+ ){1,8}?with`, String.raw`(?<=(?:which|that|whom) (?:[\p{L}\p{N}’'.-]+ ){1,5})(?:link(?:s|ed)?|tie[sd]?) to`, 'blamed', String.raw`(?<!United )states`],
    sentences: [
      'Analysts associated the intrusion at Quellmark with Varosia, which the firm tied to a second wave.',
      'The crew was associated with Varosia; nobody associates it with Dranmoor, the report states.',
      'The United States blamed a group that researchers at two firms linked to Varosia.',
      'Parties and authorities tied to the ministry associated themselves with nothing.',
    ],
  },
  fr: {
    list: [String.raw`(?<![sS][’'])(?:associ(?:e|ent|ait|aient)|(?:a|ont|avait|avaient) associé) (?:[\p{L}\p{N}’'-]+ ){1,6}?(?:à|au|aux)(?!\p{L})`, String.raw`(?<=(?:l[’']|les )(?:a|ont|avait|avaient) )(?:lié|relié|rattaché|associé)e?s? (?:à|au|aux)(?!\p{L})`, 'a accusé'],
    sentences: [
      'Quellmark a associé cette campagne à Varosia, et le ministère l’a lié à Dranmoor.',
      'Le groupe s’associe à un rival ; les chercheurs les ont reliés aux services de Varosia.',
      'Varosia a accusé Dranmoor, qui associait ses pirates au ministère.',
    ],
  },
  ru: {
    list: [String.raw`(?<![Мм]ы )(?:обезвредил|отразил|нейтрализовал|предотвратил)(?:а|о|и)?`, 'заявил'],
    sentences: [
      'Министерство Варосии отразило атаку и заявило об этом, а мы отразили вторую.',
      'Мы предотвратили утечку, заявил он; служба нейтрализовала группу Квелмарк.',
    ],
  },
  zh: {
    noWordBoundaries: true,
    list: [String.raw`(?<![作做出的确確])(?:判断|判斷)(?!力)`, String.raw`(?<=[方国])应`, '表示'],
    sentences: ['瓦罗西亚方面应对此负责，专家判断攻击来自德兰莫尔。', '他作判断时表示，判断力很重要，国应负责。'],
  },
};

for (const [lang, { list, sentences, noWordBoundaries }] of Object.entries(LISTS)) {
  test(`${lang}: the same matches as the cues written plainly`, () => {
    const compiled = compileCues(list, noWordBoundaries)!;
    assert.notEqual(compiled.source, plain(list, noWordBoundaries).source, 'a cue was rewritten');
    let found = 0;
    for (const s of sentences) {
      const want = hits(plain(list, noWordBoundaries), s);
      assert.deepEqual(hits(compiled, s), want, s);
      found += want.length;
    }
    assert.ok(found > 2, `${found} matches`);
  });
}
