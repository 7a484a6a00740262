/**
 * A bare group noun as the subject of a speech verb ("Группа заявила, что ...", "nhóm khẳng định ..."): in languages
 * without articles the noun alone refers back to the threat group named shortly before, but it is also the head of
 * any other group ("рабочая группа", "группа экспертов", "một nhóm nhà nghiên cứu"). So it points back only when it
 * stands unqualified right before the verb (the lexicon's `bareGroupNouns` leave out a modifier before it), a threat
 * group was named within a few dozen words before it, and no other group noun phrase or party stands between them.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, GroupMention } from './frame.ts';
import type { Span } from '../types.ts';
import { execAll } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** Max words between the bare noun and the speech verb it is the subject of ("Группа заявила"; "группа экспертов заявила" is another group). */
const NOUN_GAP = 0;
/** Max words between the threat group named and the bare noun that refers back to it. */
const ANTECEDENT_REACH = 40;

/** The threat group a bare group noun right before the speech verb `say` (or a claim cue opening with one) refers back to, if any. */
export function bareGroupSubject(ctx: ClaimContext, f: ClauseFrame, say: Span): GroupMention | undefined {
  const { text, lex, ix } = ctx;
  if (!lex.bareGroupNouns) return undefined;
  // A few words more than the noun, so that the lexicon sees the modifier before it ("рабочая группа").
  const from = Math.max(ix.before(say.start, NOUN_GAP + 3), f.sentence.start);
  const m = execAll(lex.bareGroupNouns, text.slice(from, say.start)).at(-1);
  if (!m) return undefined;
  const start = from + m.index;
  const end = start + m[0].length;
  if (ix.count(end, say.start) > NOUN_GAP || /[,.;:!?«»"“”()]/u.test(text.slice(end, say.start))) return undefined;
  let antecedent: GroupMention | undefined;
  for (const g of ctx.input.groups) if (g.end <= start && (!antecedent || g.start > antecedent.start)) antecedent = g;
  if (!antecedent || ix.count(antecedent.end, start) > ANTECEDENT_REACH) return undefined;
  // Another group noun phrase ("хакеры из другой группы", "các nhóm tin tặc khác") or party between: the noun may be its.
  const between = text.slice(antecedent.end, start);
  if (matches(lex.unnamedGroupHeads, between)) return undefined;
  if (f.parties.some((p) => p.start >= antecedent.end && p.end <= start && p.start >= f.sentence.start)) return undefined;
  return { ...antecedent, start, end };
}
