/**
 * A demand fronted as the source of a modal: "As Amnesty has long demanded, states should ban ...", "Como reclama X,
 * los Estados deberían ...", "Comme le réclame X, les États devraient ...", "Как давно требует X, государства должны
 * ...", "Wie X seit Jahren fordert, sollten die Staaten ...". The phrase (profile `frontedDemand`) opens the sentence
 * and names its party before the comma that closes it; the modal of the main clause is that party's call. Its target
 * is the state that is the modal's subject, none when the subject is no state ("states", "governments"). A phrase with
 * no party ("as the law demands") or with no modal after it makes no call.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party } from '../frame.ts';
import { execFrom } from '../../lexicons/index.ts';

/** Words between the comma that closes the fronted phrase and the modal ("los Estados europeos deberían"). */
const MODAL_REACH = 5;
/** Words between the modal and its state subject, on either side ("X should", "sollten X"). */
const SUBJECT_REACH = 1;
/** What closes the fronted phrase. */
const COMMA = /[,，、]/u;
/** What ends a clause before the comma: the phrase is no fronted source then. */
const BREAK = /[.;:!?。；：！？()（）]/u;

/** The party of a demand fronted before the modal `modal` of clause `f`, if the sentence opens with one. */
export function frontedDemander(ctx: ClaimContext, f: ClauseFrame, modal: Cue): Party | undefined {
  const re = ctx.lex.frontedDemand;
  if (!re) return undefined;
  const s = f.sentence;
  const head = ctx.text.slice(s.start, modal.start);
  const m = execFrom(re, head);
  // The phrase opens the sentence: nothing but punctuation and quotation marks before it.
  if (!m || /[\p{L}\p{N}]/u.test(head.slice(0, m.index))) return undefined;
  const from = s.start + m.index;
  const rest = head.slice(m.index + m[0].length);
  const c = rest.search(COMMA);
  if (c < 0 || BREAK.test(rest.slice(0, c))) return undefined;
  const comma = modal.start - rest.length + c;
  if (ctx.ix.count(comma, modal.start) > MODAL_REACH || BREAK.test(ctx.text.slice(comma, modal.start))) return undefined;
  // "As the minister said X had demanded, ...": a demand retold in another's words is no fronted source of the modal.
  if (ctx.lex.say && execFrom(ctx.lex.say, ctx.text.slice(from, comma))) return undefined;
  return f.parties.find((p) => p.start >= from && p.end <= comma && (p.kind === 'country' || p.kind === 'organization' || p.kind === 'person'));
}

export function frontedDemandRule(ctx: ClaimContext, f: ClauseFrame): void {
  for (const modal of f.cc.filter((c) => c.cat === 'modal')) {
    const party = frontedDemander(ctx, f, modal);
    const caller = party && ctx.resolve(party, f.si);
    if (!caller) continue;
    const states = f.cp.filter((p) => (p.kind === 'country' || p.country) && p !== party);
    const subj = states.filter((p) => p.end <= modal.start && ctx.ix.count(p.end, modal.start) <= SUBJECT_REACH).pop()
      ?? states.find((p) => p.start >= modal.end && ctx.ix.count(modal.end, p.start) <= SUBJECT_REACH);
    const t = subj ? (subj.kind === 'country' ? subj.value : subj.country) : undefined;
    ctx.emit(f, caller, 'calls-for', t === caller.value ? undefined : t, 0.6, 'cue');
    return;
  }
}
