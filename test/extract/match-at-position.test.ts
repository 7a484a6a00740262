/**
 * Speed without a change of output: whether a cue pattern matches right at a position (the run of speech adjuncts
 * closing a sentence, speech.ts and locative-speaker.ts) is asked of its sticky copy (execAt in
 * src/extract/lexicons/index.ts), which tries that position only, instead of scanning on to the end of the
 * document for a match that is then dropped. The answers are execFrom's at every position, in several languages.
 * Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, execAt, execFrom, lexiconFor } from '../../src/extract/lexicons/index.ts';

const SENTENCES: Record<string, string> = {
  en: 'The Velmora ministry said on Tuesday in a statement to reporters that the attack, seen last week, was over.',
  de: 'Das teilte das Ministerium von Quellburg am Mittwoch in einer Mitteilung mit, wie es gestern hieß.',
  ru: 'Об этом во вторник сообщили в министерстве Дранмора на брифинге для журналистов в Москве.',
  vi: 'Bộ Ngoại giao Velmor cho biết hôm thứ Ba trong một tuyên bố tại cuộc họp báo ở Hà Nội.',
  fr: 'Le ministère de Tarvel l’a indiqué mardi dans un communiqué publié lors d’une conférence de presse.',
};

const key = (m: RegExpExecArray | null) => (m ? `${m.index}:${m[0]}:${m.slice(1).join('|')}` : 'none');

test('a lexicon pattern matches at a position exactly when execFrom finds its match there (en, de, ru, vi, fr)', () => {
  for (const [lang, text] of Object.entries(SENTENCES)) {
    const lex = lexiconFor(lang)!;
    for (const re of [lex.speechAdjuncts, lex.sourceLocatives, lex.say, lex.articles].filter((r): r is RegExp => !!r)) {
      let hits = 0;
      for (let pos = 0; pos <= text.length; pos++) {
        const m = execFrom(re, text, pos);
        const at = execAt(re, text, pos);
        assert.equal(key(at), key(m && m.index === pos ? m : null), `${lang} ${re.source.slice(0, 40)} at ${pos}`);
        if (at) hits++;
      }
      if (re === lex.speechAdjuncts) assert.ok(hits > 0, `${lang}: an adjunct is found`);
    }
  }
});

test('patterns that open inside words, without word boundaries, or not global', () => {
  const inside = compileCues([String.raw`\p{L}*ministerium`, 'am Mittwoch', 'Amt']);
  const han = compileCues(['表示', '发言人'], true);
  const plain = /in einer \p{L}+/u;
  const cases: [RegExp, string][] = [
    [inside!, 'Das Innenministerium sagte am Mittwoch, das Amt und das Bundesministerium schwiegen.'],
    [han!, '外交部发言人林剑表示，发言人表示。'],
    [plain, 'Es hieß in einer Mitteilung und in einer Erklärung.'],
  ];
  for (const [re, text] of cases) {
    for (let pos = 0; pos <= text.length; pos++) {
      const m = execFrom(re, text, pos);
      assert.equal(key(execAt(re, text, pos)), key(m && m.index === pos ? m : null), `${re.source.slice(0, 30)} at ${pos}`);
    }
  }
  // Near miss: a match that starts later is no match at the position.
  assert.equal(execAt(inside!, 'Das Amt', 0), null);
  assert.equal(execAt(inside!, 'Das Amt', 4)?.[0], 'Amt');
});
