/**
 * tokenIndex derives a document's tokens from the kept index of its body (a prefix) or of its whole
 * text, instead of finding them again; the tokens must be exactly those a fresh index finds, in
 * spaced and unspaced scripts, and a cut inside a word must not be reused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenIndex, tokenIndex } from '../../src/extract/tokens.ts';

const cases: Array<[string, string]> = [
  ['en', "Velmora's analysts said the U.S. agency was breached.\nSource: https://example.org/a"],
  ['zh', '外交部发言人表示，美方的指责毫无根据。\n来源：新华社'],
  ['ru', 'Группировка атаковала энергетиков.\nИсточник: https://example.org/b'],
];

test('tokens derived from a kept prefix or extension equal a fresh index', () => {
  for (const [lang, text] of cases) {
    const body = text.slice(0, text.indexOf('\n'));
    for (const [first, second] of [[body, text], [text, body]] as const) {
      tokenIndex(first, lang);
      assert.deepEqual(tokenIndex(second, lang).tokens, new TokenIndex(second, lang).tokens, `${lang}: ${second.length}`);
    }
  }
});

test('a cut inside a word is not reused', () => {
  const text = 'The wiper hit Velmorabank overnight.';
  const cut = text.slice(0, text.indexOf('bank'));
  tokenIndex(cut, 'en');
  const ix = tokenIndex(text, 'en');
  assert.ok(ix.tokens.some((t) => t.word === 'Velmorabank'));
  assert.deepEqual(ix.tokens, new TokenIndex(text, 'en').tokens);
});
