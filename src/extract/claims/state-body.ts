/**
 * A state body named by its common noun with no state beside it, as the subject opening a sentence ("The defence
 * ministry warned ...", "Das Justizministerium warf ... vor", "La commission a demandé ...", "Министерство
 * предупреждает ...", "В пресс-службе парламента подтвердили ...", "國防部呼籲 ...", "Bộ Quốc phòng cho biết ...";
 * the profile's `stateBodyRefs`). Per the contract a state body's claim is its state's. The state is, in order:
 *  - the state named with the same body earlier in the text, when only one is ("美國財政部 ... 財政部警告", "Japan's
 *    defence ministry ... The defence ministry warned"): right before it as possessor or adjective, right after it
 *    (genitive, postposed name: "Министерство обороны Украины", "Bộ Quốc phòng Singapore"), or as the state of a named
 *    body whose name holds it;
 *  - the text's home state (home-state.ts: the publisher's when a state body publishes the text, else the state whose
 *    organs and officials speak in it);
 *  - else the state speaking in the sentences before;
 *  - else the state whose body the text named last before the sentence (last-body-state.ts: "Dutch police ...");
 *  - else the one state the text has named before it.
 * With none of these (two states in play, nothing to tell them apart) the body speaks for no one; it never stands for
 * an organisation (a company's or an international body's unit is named with its owner, and its noun is no state body's).
 */
import type { Resolved } from './frame.ts';
import type { InvestigationScope } from './investigating-body.ts';
import type { Span } from '../types.ts';
import { onlyArticle } from './text.ts';
import { execFrom } from '../lexicons/index.ts';
import { lastBodyState } from './last-body-state.ts';

/** What may stand between a state and the body it owns ("Japan's", "美國", "the Japanese"). */
const POSSESSOR_GAP = /^(?:['’]s?)?\s*(?:的)?\s*$/u;

/** Nothing, or only a possessive marker of the profile and an article, between a body and the state after it ("Bộ Quốc phòng Singapore", "the finance ministry of Japan"). */
function ownedAfter(ctx: InvestigationScope, gap: string): boolean {
  if (/^[ \t]*$/u.test(gap)) return true;
  const lex = ctx.input.lex;
  for (const re of [lex?.possessive, lex?.bodyOf]) {
    if (!re || !lex) continue;
    const m = execFrom(re, gap);
    if (m && !gap.slice(0, m.index).trim() && onlyArticle(lex, gap.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** The one state the text names with the same body before `body`, if only one. */
export function namedWith(ctx: InvestigationScope, body: Span): string | undefined {
  const { text, lex } = ctx.input;
  let head = text.slice(body.start, body.end);
  // "the defence ministry" -> "defence ministry": the article is no part of the body's name.
  const first = /^\S+\s+/u.exec(head);
  if (first && lex && onlyArticle(lex, first[0])) head = head.slice(first[0].length);
  const lower = text.slice(0, body.start).toLowerCase();
  const needle = head.toLowerCase();
  const states = new Set<string>();
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    for (const q of ctx.known) {
      if (q.start > end + 80) break;
      const v = q.kind === 'country' ? q.value : undefined;
      if (q.kind === 'organization' && q.country && q.start <= i && end <= q.end) states.add(q.country);
      if (!v) continue;
      if (q.end <= i && POSSESSOR_GAP.test(text.slice(q.end, i))) states.add(v);
      else if (q.start >= end && ownedAfter(ctx, text.slice(end, q.start))) states.add(v);
    }
  }
  return states.size === 1 ? [...states][0] : undefined;
}

export function stateBodyState(ctx: InvestigationScope, si: number, body: Span): Resolved | undefined {
  const named = namedWith(ctx, body);
  if (named) return { value: named, kind: 'state' };
  const home = ctx.input.home?.();
  if (home) return { value: home, kind: 'state' };
  const speaker = ctx.discourse.currentSpeaker(si);
  if (speaker?.kind === 'state') return speaker;
  // "Dutch police searched ... The justice ministry accused Iran": the state whose body was named last (last-body-state.ts).
  const owner = lastBodyState(ctx, ctx.input.sentences[si]?.start ?? body.start);
  if (owner) return owner;
  const states = new Set<string>();
  for (const q of ctx.known) {
    if (q.start >= body.start) break;
    const v = q.kind === 'country' ? q.value : q.kind === 'organization' ? q.country : undefined;
    if (v) states.add(v);
  }
  return states.size === 1 ? { value: [...states][0]!, kind: 'state' } : undefined;
}
