/**
 * An accusation against a government named by a common noun ("the opposition accused the government of spying on
 * it", "le parti accuse le pouvoir d'avoir espionné son chef", "acusó al Gobierno de espiar", "обвинила власти в
 * слежке", "warf der Regierung vor", "指责政府", "cáo buộc chính phủ đã dùng"): the accused is a state's government,
 * though no state is named. The noun (the profile's `governmentNouns`) stands right after the accusation's verb, in
 * the same clause. Its state is, in this order:
 *  - a state named beside the noun ("the Thai government", "chính phủ Thái Lan"): left to the rules that read it;
 *  - the accuser's own state (an organisation's or a person's state, as the text tells it);
 *  - the text's home state (home-state.ts: the state whose organs and officials speak in it);
 *  - the one state the text names most.
 * Never the accuser itself (a state accusing "the government" accuses another one it does not name), and only when
 * the accuser is not a state: a state's charge against "the government" names no state we can tell.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Resolved } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';

/** Words between the accusation's verb and the government noun ("accused [the] government", "warf [der] Regierung"). */
const ACCUSED_REACH = 2;
/** Words after the noun within which a state named beside it makes it that state's government ("la Gobierno de X"). */
const BESIDE_REACH = 2;

/** Languages written without spaces between words. */
const SPACELESS = new Set(['zh']);

const PUNCT = /[,.;:!?，。；：、"“”«»„()（）]/u;

/** The state whose government the noun after `cue` names, when it names one, else undefined. */
export function governmentAccused(ctx: ClaimContext, f: ClauseFrame, cue: Cue, claimant: Resolved, objectsFrom: number): string | undefined {
  const re = ctx.lex.governmentNouns;
  if (!re || claimant.kind === 'state') return undefined;
  // A discontinuous cue holds its object ("warf der Regierung vor"): look from the end of its first word.
  const from = Math.min(objectsFrom, cue.end, ctx.ix.after(cue.start, 1));
  const rest = ctx.text.slice(from, f.clause.end);
  const m = execFrom(re, rest);
  if (!m) return undefined;
  const at = from + m.index;
  const end = at + m[0].length;
  if (ctx.ix.count(from, at) > ACCUSED_REACH || PUNCT.test(ctx.text.slice(from, at))) return undefined;
  // A modifier, not the accused: "government-backed", "government hackers APT-X" (a group right after it).
  // In a text without spaces the noun's end is no word's end: only a possessive particle after it makes it a modifier ("政府的").
  if ((SPACELESS.has(ctx.lex.lang) ? /^的/u : /^[-‐–\p{L}\p{N}]/u).test(ctx.text.slice(end, end + 1))) return undefined;
  if (f.about.some((g) => g.start >= end && ctx.ix.count(end, g.start) <= BESIDE_REACH)) return undefined;
  // A party between the verb and the noun, or right after it, names whose government it is: other rules read it.
  const nearEnd = ctx.ix.after(end, BESIDE_REACH);
  if (f.cp.some((p) => p.kind !== 'backref' && p.kind !== 'pronoun' && p.kind !== 'self' && p.start >= from && p.start < nearEnd && !PUNCT.test(ctx.text.slice(end, Math.max(end, p.start))))) return undefined;
  const own = ownState(ctx, claimant) ?? ctx.input.home?.() ?? mostNamedState(ctx);
  return own && own !== claimant.value ? own : undefined;
}

/** The state of an organisation or a person claimant, when the text ties it to one. */
function ownState(ctx: ClaimContext, claimant: Resolved): string | undefined {
  const sp = claimant.person?.speaks_for;
  if (sp && /^[A-Z]{2}$/u.test(sp)) return sp;
  return ctx.known.find((q) => q.kind === 'organization' && q.value === claimant.value && q.country)?.country;
}

/** The state the text names most, when one leads alone. */
function mostNamedState(ctx: ClaimContext): string | undefined {
  const n = new Map<string, number>();
  for (const q of ctx.known) if (q.kind === 'country' && q.value) n.set(q.value, (n.get(q.value) ?? 0) + 1);
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : undefined;
}
