/**
 * A speaker-final attribution: a full clause, a comma, then the speaker's noun phrase and the speech verb closing the
 * sentence ("…，该国外交部表示。", "..., hãng bảo mật X cho biết.", "..., the US security firm X said."). Chinese
 * writes the comma without a space and Vietnamese counts a word per syllable, so the speaker's phrase is measured in
 * tokens after the last comma, a Chinese one too. Only a verb with nothing after it but adjuncts of time, place or
 * occasion closes the frame: a verb with its own object or clause after it ("…，该部表示将展开调查", "..., X cho biết
 * thêm rằng ...") opens new words of its own.
 */
import type { Sentence } from '../segment.ts';
import type { TokenIndex } from '../tokens.ts';
import type { Span } from '../types.ts';

/** Max words of the speaker's noun phrase between the comma and the speaker's name ("một nhà phân tích của hãng", "该国网络安全公司"). */
const SPEAKER_PHRASE = 8;
/** Fewest words before the comma: the clause the speaker's words are. */
const CLAUSE_WORDS = 3;

/**
 * Whether the speaker `sp` and the speech verb `c` close the sentence `s` after a comma: at most SPEAKER_PHRASE words
 * and no other punctuation between the comma and the speaker, a clause before the comma, and nothing but the
 * adjuncts that begin at `close` after the verb.
 */
export function speakerFinal(text: string, ix: TokenIndex, s: Sentence, sp: Span, c: Span, close: number): boolean {
  const before = text.slice(s.start, sp.start);
  const at = before.search(/[,，][^,，]*$/u);
  if (at < 0) return false;
  const comma = s.start + at;
  if (/[;:!?"“”«»„；：！？。()（）]/u.test(text.slice(comma + 1, sp.start)) || ix.count(comma + 1, sp.start) > SPEAKER_PHRASE) return false;
  if (ix.count(s.start, comma) < CLAUSE_WORDS) return false;
  return ix.count(c.end, close) === 0 && !/[,;:，；：]/u.test(text.slice(c.end, close));
}
