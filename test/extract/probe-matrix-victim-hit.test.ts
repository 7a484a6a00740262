/**
 * The probe matrix of victims confirming they were hit (probe-matrix-victim-hit.rows.ts): each row must give
 * the confirmation it expects and none it forbids. Sentences invented for the matrix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';
import { VICTIM_PROBE_ROWS } from './probe-matrix-victim-hit.rows.ts';

const EXPECTED = /^(.+?) (attributes|denies|confirms|warns|calls-for) (.+)$/u;

/** What the row's expectations miss in the claims, or an empty list. */
function misses(lang: string, sentence: string, expected: string[]): string[] {
  const got = claimsOf(sentence, lang).map((c) => ({ c: c.claimant, s: c.stance === 'accuses' ? 'attributes' : c.stance, t: c.target ?? 'null' }));
  const out: string[] = [];
  for (const e of expected) {
    if (e.startsWith('!')) {
      const at = e.lastIndexOf(' ');
      const [c, s] = [e.slice(1, at), e.slice(at + 1)];
      if (got.some((g) => (c === '*' || g.c === c) && g.s === s)) out.push(e);
    } else {
      const [, c, s, t] = EXPECTED.exec(e)!;
      if (!got.some((g) => g.c === c && g.s === s && g.t === t)) out.push(e);
    }
  }
  if (out.length) out.push(`got ${JSON.stringify(got.map((g) => `${g.c} ${g.s} ${g.t}`))}`);
  return out;
}

for (const [construction, lang, sentence, expected] of VICTIM_PROBE_ROWS) {
  test(`victim probe ${construction}/${lang}`, () => {
    assert.deepEqual(misses(lang, sentence, expected), []);
  });
}
