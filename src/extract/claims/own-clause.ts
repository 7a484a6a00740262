/**
 * A clause of its own after a comma, opened by a clause opener of the profile and with its own
 * subject right before its stance verb: "Poland blamed Belarus for the attack, which Minsk denied",
 * "officials said Belarusian hackers hit the railway, a claim Minsk denied", "...，明斯克否认", "..., but Minsk denied
 * it", "..., ce que Minsk dément", "..., ce que la Russie rejette", "..., lo que el Kremlin niega", "..., что Минск отрицает", "...，但明斯克否认了". The claim rules
 * read it as a clause apart: the denial is Minsk's, not a second act of the accuser whose object
 * Minsk would be, and the reported act before it is still told. "Russia accused the US of hacking
 * and warned of a response" has no such clause: no party stands right before "warned".
 */
import type { ClaimContext } from './context.ts';
import type { Cue, Party } from './frame.ts';
import type { Span } from '../types.ts';
import { execAll } from '../lexicons/index.ts';
import { relativeSubjectStart } from './relative-accuser.ts';
import { onlyArticle, passive, whole } from './text.ts';
import { wordTokens } from '../tokens.ts';
import { adverbialWords } from './verb-gap.ts';

/** Words at most between the subject and its verb (auxiliaries, adverbs: "has since denied"). */
const SUBJECT_GAP = 2;
/** Words at most in a clause opener ("une accusation que", "điều mà"). */
const OPENER_WORDS = 4;
/** The cues that make a clause of their own with a subject before them. */
const OWN_CLAUSE_CUES = new Set(['deny', 'denyQualifier', 'accuse', 'confirm', 'warn']);
/** The cues of a denial. */
const DENIAL_CUES = new Set(['deny', 'denyQualifier']);

/** Where the clause that party `p` opens as the subject of `cue` starts (its comma), if it does. */
function ownClauseStart(ctx: ClaimContext, p: Span, cue: Cue): number | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.clauseOpeners;
  if (!re || p.end > cue.start) return undefined;
  // "中方对此予以否认": a fronted object pronoun or a short adverbial of the profile counts as no word of the gap (verb-gap.ts).
  if (/[,.;:!?，。；：、]/u.test(text.slice(p.end, cue.start)) || ix.count(p.end, cue.start) - adverbialWords(text, lex, ix, p.end, cue.start) > SUBJECT_GAP) return undefined;
  const from = ix.before(p.start, OPENER_WORDS + 1);
  const before = text.slice(from, p.start).replace(/\s+$/u, '');
  // "华盛顿指责莫斯科干预选举，俄方否认": a denial whose subject opens the clause after a full-width comma needs no opener.
  if (DENIAL_CUES.has(cue.cat) && before.endsWith('，')) return from + before.length - 1;
  for (const m of execAll(re, before)) {
    // "ce que la Russie dément", "lo que el Kremlin niega": an article of the subject may follow the opener; before a
    // denial, a source preposition of the profile before a capital or body that speaks through an impersonal verb ("что в Минске отрицают").
    const gap = before.slice(m.index + m[0].length);
    if (m.index + m[0].length !== before.length && !(/^\s/u.test(gap) && (onlyArticle(lex, gap) || (DENIAL_CUES.has(cue.cat) && whole(lex.sourceLocatives, gap.trim()))))) continue;
    const comma = /[,，]\s*$/u.exec(before.slice(0, m.index));
    if (comma) return from + comma.index;
  }
  return undefined;
}

/**
 * The subject's whole name when it is a body named with its state, two parties side by side ("МИД Ирана", "伊朗外交部"):
 * from the first of the parties that adjoin one another, with nothing but spaces between, up to `subject`.
 */
function subjectPhrase(text: string, clause: Span, parties: readonly Party[], subject: Party): Span {
  let start = subject.start;
  for (let moved = true; moved; ) {
    moved = false;
    for (const q of parties) {
      if (q.start >= clause.start && q.end <= start && q.start < start && /^\s*$/u.test(text.slice(q.end, start))) {
        start = q.start;
        moved = true;
      }
    }
  }
  return { start, end: subject.end };
}

/** Words at most between the comma that opens a relative clause and its passive accusation ("a group that has been charged"). */
const RELATIVE_REACH = 8;

/**
 * "X attributed the campaign to APT41, a group that has been charged by US prosecutors", "..., un groupe qui a été
 * inculpé par la justice américaine": a passive accusation in a relative clause after a comma, with no party between
 * the comma and its verb, accuses the antecedent; it is a clause of its own, whose agent is no party to the accusation
 * before it. Where the clause starts (its comma), if it is one.
 */
function passiveRelativeStart(ctx: ClaimContext, clause: Span, parties: readonly Party[], cue: Cue): number | undefined {
  const { text, lex, ix } = ctx;
  if (cue.cat !== 'accuse' || !lex.relativePronouns || !passive(text, lex, cue)) return undefined;
  const from = Math.max(clause.start, ix.before(cue.start, RELATIVE_REACH));
  const before = text.slice(from, cue.start);
  const comma = before.lastIndexOf(',') >= 0 ? before.lastIndexOf(',') : before.lastIndexOf('，');
  if (comma < 0) return undefined;
  const at = from + comma;
  if (at <= clause.start || parties.some((p) => p.start > at && p.end <= cue.start)) return undefined;
  return wordTokens(text.slice(at, cue.start), lex.lang, at).some((t) => whole(lex.relativePronouns, t.word.toLowerCase()) && !whole(lex.articles, t.word.toLowerCase())) ? at : undefined;
}

/** `clause` cut before each clause of its own it holds (see above); the clause itself when none. */
export function ownClauses(ctx: ClaimContext, clause: Span, parties: readonly Party[], cues: readonly Cue[]): Span[] {
  const cuts: number[] = [];
  for (const cue of cues) {
    if (cue.start < clause.start || cue.end > clause.end) continue;
    // "..., the agency, which attributed the intrusion to X": the antecedent's clause, read from the antecedent on.
    const relative = relativeSubjectStart(ctx, clause, parties, cues, cue);
    if (relative !== undefined && relative > clause.start && !cuts.includes(relative)) cuts.push(relative);
    if (!OWN_CLAUSE_CUES.has(cue.cat)) continue;
    let subject: Party | undefined;
    for (const p of parties) if (p.start >= clause.start && p.end <= cue.start && (!subject || p.start > subject.start)) subject = p;
    const at = (subject ? ownClauseStart(ctx, subjectPhrase(ctx.text, clause, parties, subject), cue) : undefined) ?? passiveRelativeStart(ctx, clause, parties, cue);
    if (at !== undefined && at > clause.start && !cuts.includes(at)) cuts.push(at);
  }
  if (!cuts.length) return [clause];
  cuts.sort((a, b) => a - b);
  const out: Span[] = [];
  let start = clause.start;
  for (const at of cuts) {
    out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end: clause.end });
  return out;
}
