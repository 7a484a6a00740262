/**
 * A role word glued to the body it serves, in scripts written without spaces: "<state><body noun><role>"
 * ("美国国务院发言人", "日本外務省官員", "俄罗斯克里姆林宫负责人"). The state and its body head the role, so the
 * role names its speaker there and does not point back to the last one. The body is a run of Han characters
 * between the state and the role, at most BODY_TOKENS word tokens long, closed by one of the profile's organ
 * name ends (`organNameEnds`: "院", "部", "局") or body heads (`roleBodyEnds`: "省", "政府", "白宫").
 */
import { execAfter, execFrom } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { ClaimInput, Party } from './frame.ts';

/** Word tokens the body's name may span between the state and the role ("国务院", "国土安全部", "外務省"). */
const BODY_TOKENS = 4;

/** Does the Han run `gap` end with one of the pattern's words? */
function endsWith(re: RegExp | null | undefined, gap: string): boolean {
  if (!re) return false;
  for (let h = execFrom(re, gap); h; h = execAfter(re, gap, h)) if (h.index + h[0].length === gap.length) return true;
  return false;
}

/** Is the role word at `start` the head of a "<state><body>" compound before it, a state of `inS` opening it? */
export function roleOfStateBody(input: ClaimInput, ix: TokenIndex, inS: Party[], start: number): boolean {
  const lex = input.lex;
  if (!lex.organNameEnds && !lex.roleBodyEnds) return false;
  for (const p of inS) {
    if (p.kind !== 'country' || p.end >= start) continue;
    const gap = input.text.slice(p.end, start);
    if (!/^\p{Script=Han}+$/u.test(gap) || ix.count(p.end, start) > BODY_TOKENS) continue;
    if (endsWith(lex.organNameEnds, gap) || endsWith(lex.roleBodyEnds, gap)) return true;
  }
  return false;
}
