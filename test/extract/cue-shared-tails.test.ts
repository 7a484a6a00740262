/**
 * Speed without a change of output: neighbouring cues that differ only in the literal they open with are compiled as
 * one alternative, the literals in a group before their common rest (compileCues, sharedTails in
 * src/extract/lexicons/index.ts). The compiled pattern finds the same matches as the cues written out one by one, in
 * several languages; a rest with a capturing group, or cues whose rests differ, are left as they are.
 * Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, execAll, sharedTails } from '../../src/extract/lexicons/index.ts';

function hits(re: RegExp, s: string): string[] {
  return execAll(re, s).map((m) => `${m.index}:${m[0]}`);
}
/** The cues as one plain alternation, longest first, as compileCues orders them, with no rewriting. */
function plain(list: string[], wordBoundaries = true): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).join('|');
  return wordBoundaries ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu') : new RegExp(`(?:${alt})`, 'giu');
}

test('neighbours with the same rest become one group of literals before it', () => {
  const tail = String.raw`(?=,| that)(?<!(?:will|would) (?:\S+ ){0,2}\p{L}+)`;
  assert.deepEqual(sharedTails([`says${tail}`, `adds${tail}`, 'told']), [`(?:says|adds)${tail}`, 'told']);
  // Only neighbours: the order of preference between alternatives stays what it was.
  assert.deepEqual(sharedTails([`says${tail}`, 'told', `adds${tail}`]), [`says${tail}`, 'told', `adds${tail}`]);
});

test('rests that capture, differ, or are empty are left alone', () => {
  assert.deepEqual(sharedTails(['said (that)', 'wrote (that)']), ['said (that)', 'wrote (that)']);
  assert.deepEqual(sharedTails(['said(?= that)', 'wrote(?=,)']), ['said(?= that)', 'wrote(?=,)']);
  assert.deepEqual(sharedTails(['said', 'wrote']), ['said', 'wrote']);
  // No literal to open with: nothing to group.
  assert.deepEqual(sharedTails([String.raw`\p{L}+ said(?=,)`, String.raw`\p{L}+ said(?=,)`]), [String.raw`\p{L}+ said(?=,)`, String.raw`\p{L}+ said(?=,)`]);
});

const ADVERBIALS = String.raw`(?=(?:\s+(?:heute|gestern|am Montag|erneut))*(?:,|\s+dass(?!\p{L})))`;
const LISTS: Record<string, { list: string[]; sentences: string[]; noWordBoundaries?: boolean }> = {
  de: {
    list: ['sagen', 'betonen', 'berichten', 'erklären'].map((v) => `${v}${ADVERBIALS}(?<!(?:kann|soll|muss) (?:\\S+ ){0,5}\\p{L}+)`).concat('sagte', 'teilte mit'),
    sentences: [
      'Die Ermittler in Varosia berichten gestern, dass die Gruppe Quellmark Server übernahm.',
      'Die Behörden betonen erneut, die Angriffe seien abgewehrt worden, sagte ein Sprecher.',
      'Das Amt muss noch erklären, warum es schwieg; die Firmen sagen heute nichts.',
      'Sie erklären am Montag, dass nichts passiert sei, und berichten, die Netze liefen.',
    ],
  },
  en: {
    list: ['says', 'adds', 'notes', 'writes'].map((v) => `${v}(?=,| that)(?<!(?:will|would) (?:\\S+ ){0,2}\\p{L}+)`).concat('told', 'stated'),
    sentences: [
      'The agency says that the intrusion at Dranmoor began in May, and adds, quietly, that it ended.',
      'A spokesman would not say, and nobody notes that the ministry writes, told or stated anything.',
      'Quellmark writes that the crew will probably add, later, that it says nothing.',
    ],
  },
  zh: {
    list: ['表示(?=，)', '指出(?=，)', '称(?=，)', '强调'],
    noWordBoundaries: true,
    sentences: ['发言人表示，该组织指出，此事与瓦罗西亚无关。', '报告强调该团伙称，攻击已经停止，但未指出来源。'],
  },
};

for (const [lang, { list, sentences, noWordBoundaries }] of Object.entries(LISTS)) {
  test(`${lang}: the grouped pattern finds what the cues written out find`, () => {
    const compiled = compileCues(list, noWordBoundaries)!;
    const reference = plain(list, !noWordBoundaries);
    // The grouping did happen: the compiled source is shorter than the cues' sum.
    assert.ok(compiled.source.length < reference.source.length, compiled.source);
    let found = 0;
    for (const s of sentences) {
      const want = hits(reference, s);
      found += want.length;
      assert.deepEqual(hits(compiled, s), want, s);
    }
    assert.ok(found >= 3, `${lang}: the sentences hold cues`);
  });
}
