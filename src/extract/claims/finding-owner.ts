/**
 * The finding of an investigation told with no one who made it: "according to the findings so far",
 * "nach den bisherigen Erkenntnissen", "по данным следствия", "основная версия следствия — ...", "selon les
 * premiers éléments de l'enquête", "según las pesquisas", "qua điều tra", "经查，..." (the profile's
 * `findingSources`). A state does not say such words of itself with a speech verb: its police, its prosecutors,
 * its government tell what their investigation found. The finding is theirs: whoever speaks in the sentences
 * before, else the state whose body publishes the text (a ministry's notice, a government's answer), else, as a
 * report's words are its author's, the author of the report or the investigation named before, the state's body
 * or the company named last (report-author.ts, company-ref.ts), else a state's body opening one of the sentences
 * right before ("La Fiscalía de X abrió una causa ... Según las pesquisas, ..."), else the body that publishes
 * the text. Nobody at all: the finding speaks for no one.
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party, Resolved } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** Sentences back, the finding's own excluded, where a body opening its sentence may own the investigation. */
const OWNER_SENTENCES = 2;
/** Words before the body at its sentence's opening ("La Fiscalía de", "The", "Die"). */
const OPENING_WORDS = 3;

/** Is the source marker one of an investigation's findings (read in the text: a marker may look at the comma after it)? */
export function findingMarker(ctx: ClaimContext, c: Cue): boolean {
  const re = ctx.lex.findingSources;
  if (c.cat !== 'sourceBefore' || !re) return false;
  const m = execFrom(re, ctx.text, c.start);
  return !!m && m.index === c.start && m.index + m[0].length === c.end;
}

/** Who found what the marker tells: the investigation's owner (see above), as a party and as a claimant. */
export function findingOwner(ctx: ClaimContext, c: Cue, si: number): { party: Party; resolved: Resolved } | undefined {
  const party: Party = { start: c.start, end: c.end, kind: 'backref', company: 'report' };
  const state = ctx.headerPublisher?.kind === 'state' ? ctx.headerPublisher : undefined;
  const opening = openingBody(ctx, si);
  const resolved = ctx.discourse.currentSpeaker(si) ?? state ?? ctx.resolve(party, si) ?? (opening && ctx.resolve(opening, si)) ?? ctx.publisher;
  return resolved ? { party, resolved } : undefined;
}

/**
 * A state's body opening one of the sentences right before: a body of a state ("the SBU", "Служба безопасности
 * Украины"), or a state right after an organ noun that opens the sentence ("La Fiscalía de X", "Die Polizei in X").
 */
function openingBody(ctx: ClaimContext, si: number): Party | undefined {
  const { text, lex, ix, known } = ctx;
  const sentences = ctx.input.sentences;
  for (let i = si - 1; i >= Math.max(0, si - OWNER_SENTENCES); i--) {
    const s = sentences[i]!;
    if (s.title) break;
    const first = known.find((q) => q.start >= s.start && q.end <= s.end);
    if (!first || ix.count(s.start, first.start) > OPENING_WORDS) continue;
    if (first.kind === 'organization' && first.country) return first;
    if (first.kind === 'country' && matches(lex.organNouns, text.slice(s.start, first.start))) return first;
  }
  return undefined;
}
