/**
 * An outlet relaying the words of another speaker: a source marker introduces a news outlet, and the clause it
 * opens has a speech verb with a subject of its own ("According to the paper, British officials concluded ...",
 * "Laut der Agentur sagten US-Beamte, ...", "Selon l'agence, des responsables américains ont affirmé que ...",
 * "据该社报道，沙特调查人员认定……"). That subject (a state, a body, a person, or a role of one: "a spokesman for
 * the ministry", "X officials") makes the claim; the outlet only tells of it.
 */
import { NEWS_OUTLET_NAMES } from '../../knowledge/data/news-outlets.ts';
import type { ClaimContext } from './context.ts';
import type { Cue, Party, Resolved } from './frame.ts';
import { matches } from './text.ts';

/**
 * Words between the outlet and the subject of the clause it opens: the rest of the source phrase and a role phrase
 * heading the subject ("on Sunday, a spokesman for the", "un portavoz del Ministerio de Defensa de").
 */
const SUBJECT_OPENING_WORDS = 10;

/** The speaker whose words the outlet relays, with where those words start. */
export function relayedSpeaker(
  ctx: ClaimContext,
  parties: Party[],
  cues: Cue[],
  outlet: Party,
  relaying: Resolved,
  si: number,
  speakerOf: (parties: Party[], c: Cue) => Party | undefined,
): { party: Party; resolved: Resolved; from: number } | undefined {
  if (relaying.kind !== 'organization' || !NEWS_OUTLET_NAMES.has(relaying.value)) return undefined;
  const { text, ix } = ctx;
  // Only what stands after the outlet: the source phrase is no subject of the verb.
  const after = parties.filter((p) => p.start >= outlet.end);
  for (const c of cues) {
    if (c.start < outlet.end) continue;
    // The clause the source phrase opens ends at the sentence's first strong punctuation.
    if (/[.;:!?。；：！？]/u.test(text.slice(outlet.end, c.start))) return undefined;
    if (c.cat !== 'say') continue;
    const sp = speakerOf(after, c);
    if (!sp || sp.start < outlet.end || ix.count(outlet.end, sp.start) > SUBJECT_OPENING_WORDS) continue;
    // The subject opens the clause: no other cue between the comma that closes the source phrase (its own verb
    // stands before it: "据X报道，") and the subject ("hackers breached the ministry, officials said").
    const comma = /[,，]/u.exec(text.slice(outlet.end, sp.start));
    const opening = comma ? outlet.end + comma.index + 1 : outlet.end;
    if (cues.some((o) => o !== c && o.start >= opening && o.end <= sp.start)) return undefined;
    // "Russian hackers said": a state beside an actor noun names the actor, who speaks for no state.
    if (sp.kind === 'country' && matches(ctx.lex.actorNouns, text.slice(ix.before(sp.start, 1), ix.after(sp.end, 1)))) return undefined;
    const r = ctx.resolve(sp, si);
    if (!r || r.value === relaying.value || (r.kind === 'organization' && NEWS_OUTLET_NAMES.has(r.value))) return undefined;
    return { party: sp, resolved: r, from: Math.max(c.end, sp.end) };
  }
  return undefined;
}
