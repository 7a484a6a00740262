/**
 * Speed without a change of output: a string the text supplies (a surname, a bracketed short form, a heading's
 * word) is found by indexOf with fixed edge patterns (src/extract/literal-search.ts) instead of a regular
 * expression compiled for it. The hits are those of the pattern it replaces, in several languages and scripts,
 * from any offset, with the Russian case ending and surrogate pairs at the edges.
 * Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLiteral, literalFrom, NO_LETTER_AFTER, NO_LETTER_BEFORE, NO_WORD_AFTER, NO_WORD_BEFORE, SHORT_ENDING, SPACED_AFTER_WORD } from '../../src/extract/literal-search.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function viaRegExp(text: string, re: RegExp, from = 0): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}-${m.index + m[0].length}`);
  return out;
}
function viaLiteral(text: string, literal: string, before?: RegExp, tail?: RegExp, from = 0): string[] {
  const out: string[] = [];
  for (let m = literalFrom(text, literal, from, before, tail); m; m = literalFrom(text, literal, m.end, before, tail)) out.push(`${m.start}-${m.end}`);
  return out;
}

const CASES: { text: string; literals: string[] }[] = [
  { text: 'Kerrow said on Monday that Kerrowfield and McKerrow were not Kerrow’s firms; Kerrow, again: "Kerrow".', literals: ['Kerrow', 'Kerrowfield', 'row', 'Kerrow’s'] },
  { text: 'Песков заявил, что Пескова и Пескову не знали; Песковыми назвали других, а «Песков» ответил.', literals: ['Песков', 'Пескова', 'ков'] },
  { text: 'Người phát ngôn Lâm Vĩnh nói rằng Lâm Vĩnhs không phải là Lâm Vĩnh; ông Vĩnh im lặng.', literals: ['Vĩnh', 'Lâm Vĩnh', 'Lâm'] },
  { text: '外交部发言人林剑表示，林剑不知道林剑锋是谁。林剑说。', literals: ['林剑', '剑'] },
  { text: 'Die Firma Velmor (VLM) und die VLM-Gruppe sowie 𝐀VLM und VLM𝐀 und 🙂VLM🙂 trafen VLM2.', literals: ['VLM', 'Velmor'] },
  { text: 'La société Tarvel, selon Tarvel et tarvel, répond ; Tarvel. Puis, Tarvel: fin', literals: ['Tarvel', 'tarvel'] },
];

test('whole words: the same hits as the pattern with letter look-arounds (en, ru, vi, zh, de, fr)', () => {
  for (const { text, literals } of CASES) {
    for (const l of literals) {
      for (const from of [0, 1, 7, 20]) {
        assert.deepEqual(viaLiteral(text, l, NO_LETTER_BEFORE, NO_LETTER_AFTER, from), viaRegExp(text, new RegExp(`(?<![\\p{L}])${escape(l)}(?![\\p{L}])`, 'gu'), from), `${l} in ${text} from ${from}`);
        assert.deepEqual(viaLiteral(text, l, NO_WORD_BEFORE, NO_WORD_AFTER, from), viaRegExp(text, new RegExp(`(?<![\\p{L}\\p{N}])${escape(l)}(?![\\p{L}\\p{N}])`, 'gu'), from), `${l} in ${text} from ${from}`);
        assert.deepEqual(viaLiteral(text, l, undefined, undefined, from), viaRegExp(text, new RegExp(escape(l), 'gu'), from));
      }
    }
  }
});

test('a Russian surname takes a case ending of up to two letters, no longer word (ru)', () => {
  const text = CASES[1]!.text;
  assert.deepEqual(viaLiteral(text, 'Песков', NO_LETTER_BEFORE, SHORT_ENDING), viaRegExp(text, /(?<![\p{L}])Песков\p{Ll}{0,2}(?![\p{L}])/gu));
  assert.deepEqual(viaLiteral(text, 'Песков', NO_LETTER_BEFORE, SHORT_ENDING).length, 4);
  // "Песковыми" has three letters after the surname: no mention.
  const at = text.indexOf('Песковыми');
  assert.ok(!viaLiteral(text, 'Песков', NO_LETTER_BEFORE, SHORT_ENDING).some((h) => h.startsWith(`${at}-`)));
});

test('a name written again inside a sentence after a word or a comma (en, fr, de)', () => {
  for (const { text, literals } of CASES) {
    for (const l of literals) {
      assert.equal(hasLiteral(text, l, SPACED_AFTER_WORD, NO_WORD_AFTER), new RegExp(`[\\p{L}\\p{N},;]\\s+${escape(l)}(?![\\p{L}\\p{N}])`, 'u').test(text), `${l} in ${text}`);
    }
  }
  assert.equal(hasLiteral('Tarvel opened. Tarvel closed.', 'Tarvel', SPACED_AFTER_WORD, NO_WORD_AFTER), false);
  assert.equal(hasLiteral('Tarvel opened, Tarvel closed.', 'Tarvel', SPACED_AFTER_WORD, NO_WORD_AFTER), true);
});

test('an empty string and a string the text lacks', () => {
  for (const text of ['', 'ab', 'a b', '𝐀', 'x𝐀y', ' 𝐀 ']) {
    assert.equal(hasLiteral(text, '', NO_LETTER_BEFORE, NO_LETTER_AFTER), /(?<![\p{L}])(?![\p{L}])/u.test(text), JSON.stringify(text));
  }
  assert.equal(literalFrom('Kerrow said', 'Velmor', 0, NO_LETTER_BEFORE, NO_LETTER_AFTER), null);
});
