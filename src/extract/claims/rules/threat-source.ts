/**
 * A threat named with its source in a speaker's words ("the minister said this shows how serious the threat from X
 * is", "a déclaré que la menace que représente X grandit", "sagte, die Bedrohung durch X wachse", "заявил, что
 * угроза со стороны X растёт", "dijo que la amenaza que supone X", "cho biết mối đe dọa từ X", "表示来自X的网络威胁")
 * warns of that source (profile `threatSources`): a state, or a body's state, else a threat group (its state when the
 * text ties it to one). Each party coordinated with the source ("the threat from X, Y and Z") is a warning of its
 * own. No claim with no speaker (the narrator's own words), for a negated threat ("no threat from X"), in a denial,
 * or when a source is the speaker's own state (a state naming the threat of its own side disputes it, it warns of
 * no one). A party after a victim marker ("the threat to X") is no source: only the party right after the marker,
 * an article at most between, is one.
 */
import { toldStates } from '../group-target.ts';
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame } from '../frame.ts';
import { execAfter, execFrom } from '../../lexicons/index.ts';
import { negated, onlyArticle } from '../text.ts';
import { joinedParties, partyState } from '../parties.ts';

/** Quotes and an elided article's apostrophe between the marker and its source ("venant d'Iran", "from “Russia”"). */
const QUOTES = /["“”«»„'‘’「」『』]/gu;

export function threatSourceRule(ctx: ClaimContext, f: ClauseFrame): void {
  const { text, lex } = ctx;
  const re = lex.threatSources;
  const speaker = f.speaker;
  if (!re || !speaker || f.silent) return;
  const lo = Math.max(f.clause.start, f.contentStart);
  const hi = Math.min(f.clause.end, f.contentEnd);
  if (hi <= lo) return;
  // "denied that there is any threat from X": what is denied warns of no one.
  if (f.cc.some((c) => c.cat === 'deny' || c.cat === 'denyQualifier')) return;
  const words = text.slice(lo, hi);
  for (let m = execFrom(re, words); m; m = execAfter(re, words, m)) {
    const at = lo + m.index;
    const end = at + m[0].length;
    if (negated(text, lex, { start: at, end })) continue;
    const sources = sourcesAfter(ctx, f, end, hi);
    if (!sources.length || sources.includes(speaker.value)) continue;
    for (const s of sources) ctx.emit(f, speaker, 'warns', s, 0.6, 'cue');
  }
}

/** The source right after the marker and the states coordinated with it, as warned parties; none when nothing is there. */
function sourcesAfter(ctx: ClaimContext, f: ClauseFrame, from: number, hi: number): string[] {
  const { text, lex } = ctx;
  const right = (start: number) => start >= from && start < hi && !/[,.;:!?，。；：、]/u.test(text.slice(from, start)) && onlyArticle(lex, text.slice(from, start).replace(QUOTES, ' '));
  const party = f.cp.find((p) => right(p.start));
  const group = f.about.find((g) => right(g.start));
  if (group && (!party || group.start < party.start)) {
    const told = toldStates(group);
    return told.length === 1 ? [told[0]!] : told.length ? [] : [group.name];
  }
  const state = party && partyState(party);
  if (!party || !state || party.kind === 'person' || party.kind === 'pronoun' || party.kind === 'self') return [];
  const out = [state];
  for (const q of joinedParties(text, lex, f.cp, party, 1)) {
    const s = partyState(q);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
