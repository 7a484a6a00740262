/**
 * A hit told as what a denial denies: "X denied that its systems were breached", "a nié que ses serveurs ont été
 * attaqués", "negó que sus servidores fueron atacados", "bestritt, dass seine Systeme angegriffen worden seien",
 * "опровергла, что стала жертвой кибератаки", "phủ nhận việc hệ thống bị tấn công", "否认其服务器遭到网络攻击".
 * The hit stands in the denial's complement: the subject denies it, it confirms nothing. A hit joined to the
 * denial by a second verb ("denied ... but confirmed ...", profile `verbJoin`), or told under a verb of saying or
 * confirming of its own after the denial, is not the denial's complement. Distances are word tokens (tokens.ts).
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { matches, negated } from './text.ts';

/** Words between a denial and the hit it denies ("denied [reports that its servers] had been hacked"). */
const DENIED_HIT_REACH = 8;

/** Is the confirmation cue a hit inside the complement of a denial before it in the clause? */
export function deniedHit(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { text, lex, ix } = ctx;
  for (const d of f.cc) {
    if (d.cat !== 'deny' || d.end > cue.start || negated(text, lex, d)) continue;
    if (ix.count(d.end, cue.start) > DENIED_HIT_REACH) continue;
    const gap = text.slice(d.end, cue.start);
    if (/[.;:!?。；：！？]/u.test(gap)) continue;
    if (matches(lex.verbJoin, gap)) continue;
    if (f.cc.some((c) => c !== cue && (c.cat === 'say' || c.cat === 'confirm') && c.start >= d.end && c.end <= cue.start)) continue;
    return true;
  }
  return false;
}
