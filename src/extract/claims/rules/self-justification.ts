/**
 * A party justifying its own conduct in reported speech, with no verb of denial: "the minister stressed that the
 * software had only been used lawfully", "betonte, die Software sei nur gesetzlich eingesetzt worden", "по его
 * словам, программа применялась против преступников, а не против оппозиции", "the company argued that not it
 * itself but its state customers used the tool", "该公司表示，本身并不操作该技术". The words narrow the conduct to
 * lawful use or put it on someone else (profile `selfJustification`); said by a party the text holds accused, they
 * deny the accusation: the speaker denies. The accused: a party an accusation was told against, or the state the
 * knowledge base ties the threat group of the clause (or under discussion) to, or the maker of the tools the text tells
 * of: a party that is itself a threat group named in the text, or one the text describes as a maker or seller of
 * surveillance tools right beside its name ("the spyware maker X", "developed by X", "X开发的", profile `toolMaker`).
 * Not a denial: the same words about
 * another party's conduct (a party named before them in the reported words that is not the speaker), said by a
 * party no one accuses or that accuses others, or a restriction of what was hit ("only five servers were hit"),
 * which holds none of these words.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Party, Resolved } from '../frame.ts';
import { execAll, execFrom } from '../../lexicons/index.ts';
import { negated } from '../text.ts';

export function selfJustificationRule(ctx: ClaimContext, f: ClauseFrame): void {
  const re = ctx.lex.selfJustification;
  const speaker = f.speaker;
  if (!re || !speaker || f.silent || f.produced.length > f.before) return;
  const from = Math.max(f.clause.start, f.contentStart);
  const to = Math.min(f.clause.end, f.contentEnd);
  if (to <= from) return;
  const m = execFrom(re, ctx.text.slice(from, to));
  if (!m) return;
  const at = { start: from + m.index, end: from + m.index + m[0].length };
  if (negated(ctx.text, ctx.lex, at)) return;
  // "the researchers said the ministry used it only lawfully": the conduct of another party named in the reported words.
  if (f.cp.some((p) => p !== f.speakerParty && p.start >= from && p.end <= at.start && p.kind !== 'self' && !sameParty(ctx, f, p, speaker))) return;
  if (!accused(ctx, f, speaker)) return;
  ctx.emit(f, speaker, 'denies', speaker.value, 0.6, 'cue');
}

function sameParty(ctx: ClaimContext, f: ClauseFrame, p: Party, speaker: Resolved): boolean {
  return ctx.resolve(p, f.si)?.value === speaker.value;
}

/** Does the text hold the speaker accused: an accusation told against it, or a threat group its state is tied to under discussion? */
function accused(ctx: ClaimContext, f: ClauseFrame, speaker: Resolved): boolean {
  const d = ctx.discourse;
  const v = speaker.value;
  // A party that accuses others and is accused by no one defends no conduct of its own.
  if (d.wasAccused(v) || d.accuserOf(v)) return true;
  if (d.adversaryOf(v)) return false;
  if (toolMaker(ctx, v)) return true;
  const topic = d.topicGroup(f.si);
  const groups = [...f.about, ...ctx.input.groups.filter((g) => g.name === topic)];
  return groups.some((g) => g.countries.includes(v));
}

/** Words between a party's name and the words that describe it as a tools' maker ("the Israeli spyware maker X"). */
const MAKER_REACH = 3;

/** Does the text tell party `v` as a threat group of its own, or as the maker or seller of surveillance tools beside its name? */
function toolMaker(ctx: ClaimContext, v: string): boolean {
  if (ctx.input.groups.some((g) => g.name === v)) return true;
  const re = ctx.lex.toolMaker;
  if (!re) return false;
  const { text, ix } = ctx;
  for (const p of ctx.known) {
    if (p.value !== v) continue;
    const from = ix.before(p.start, MAKER_REACH);
    const to = ix.after(p.end, MAKER_REACH);
    for (const m of execAll(re, text.slice(from, to))) {
      const start = from + m.index;
      const end = start + m[0].length;
      // The words and the name in one clause: no stop or clause break between them.
      const gap = end <= p.start ? text.slice(end, p.start) : start >= p.end ? text.slice(p.end, start) : '';
      if (!/[.;:!?。；：！？,，]/u.test(gap)) return true;
    }
  }
  return false;
}
