/**
 * Joint statements: a joint marker ("together with", "gemeinsam mit", "conjointement avec",
 * "совместно с", "联合") introduces co-signers, who each make the sentence's claims; a collective
 * reference later on ("the partners", "die beteiligten Behörden") means them again.
 */
import { tokenIndex } from '../tokens.ts';
import type { ClaimCandidate } from '../types.ts';
import type { ClaimContext } from './context.ts';
import { STANCE_OR_SAY, type Cue, type Party, type Resolved, type SentenceFrame } from './frame.ts';
import { joinedParties, namedOwner } from './parties.ts';
import { cooperationPartners } from './cooperation.ts';
import { matches, startsWith } from './text.ts';
import { reportAuthors } from './report-author.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';

/** Words of a relative clause set off by commas between a coalition's head and its joint marker. */
const RELATIVE_REACH = 24;

/** "X (NCSC), which reports to Y, together with ...": between `from` and `to` only a bracket and a relative clause set off by commas. */
function relativeBetween(ctx: ClaimContext, from: number, to: number): boolean {
  const gap = ctx.text.slice(from, to);
  const open = /^\s*(?:[(（][^()（）]*[)）]\s*)?,\s*/u.exec(gap);
  if (!open) return false;
  const rest = gap.slice(open[0].length);
  return startsWith(ctx.lex.relativePronouns, rest) && /,\s*$/u.test(rest) && !/[.;:!?。；：]/u.test(rest) && ctx.ix.count(from, to) <= RELATIVE_REACH;
}

/** Words between a joint marker and the first co-signer ("together with agencies from the US"). */
const JOINT_REACH = 4;
/** Words from a joint marker over which its complement names partners of the act ("together with French police and the Paris prosecutor's office"). */
const PARTNER_REACH = 12;

/** The co-signers a joint marker introduces: the party right after it and the parties listed with that one. */
export function coalitionIn(ctx: ClaimContext, parties: Party[], cues: Cue[], s: { start: number; text: string }, si: number): SentenceFrame['joint'] {
  const { text, lex } = ctx;
  const out: SentenceFrame['joint'] = { members: [], parties: [] };
  // Partners of cooperation are no co-signers: neither the subject nor the target of the sentence's cues.
  const cooperating = cooperationPartners(ctx, parties, cues, s);
  if (cooperating.length) out.cooperating = cooperating;
  if (!lex.joint) return out;
  const ix = tokenIndex(text, lex.lang);
  const named = (p: Party) => p.kind === 'country' || p.kind === 'organization' || p.kind === 'person';
  for (let m = execFrom(lex.joint, s.text); m; m = execAfter(lex.joint, s.text, m)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    // Inside the clause a speaker reports, after a party of that clause ("X said Y's hackers hit ministries along with
    // banks in Z", "X said that Y's hackers, along with Z's, ..."): the marker joins that party (a reported subject or an
    // object), no co-signers. Not so a marker after a stance verb's object ("X accused Y, together with Z, of ...": Z
    // co-signs) or after the verb's own object ("X announced an operation conducted together with Y").
    if (cues.some((c) => c.cat === 'say' && c.end <= start && c.start >= s.start && parties.some((p) => named(p) && p.start >= s.start && p.end <= c.start) && parties.some((p) => named(p) && p.start >= c.end && p.end <= start))) continue;
    const first = parties.find((p) => p.start >= end && named(p) && ix.count(end, p.start) <= JOINT_REACH && !/[.;:!?。；：]/u.test(text.slice(end, p.start)));
    if (!first) continue;
    const listed = [first, ...joinedParties(text, lex, parties, first, 1)];
    // The marker's whole complement, to the next punctuation ("together with French police and the Paris prosecutor's office,"): partners of the act.
    const stop = text.slice(end).search(/[,.;:!?，。；：、]/u);
    // ... or to the verb of the clause ("Britain together with Canada accused Russia": Russia is its object, no partner).
    const verb = cues.find((c) => STANCE_OR_SAY.has(c.cat) && c.start >= end);
    const phraseEnd = Math.min(stop < 0 ? s.start + s.text.length : end + stop, verb ? verb.start : Infinity);
    (out.partners ??= []).push(...listed, ...parties.filter((p) => p.start >= end && p.end <= phraseEnd && ix.count(end, p.start) <= PARTNER_REACH && !listed.includes(p)));
    // "Canada, together with ...": the sentence's first party right before the marker heads the coalition, also past a
    // relative clause set off by commas ("the Dutch centre (NCSC), which reports to the justice ministry, has joined ...").
    const head = parties.find((p) => named(p));
    // The subject's last party before such a relative clause ("the Dutch NCSC, which ...": NCSC).
    const rel = head && head.end <= start ? parties.find((p) => named(p) && p.start >= head.start && p.end <= start && relativeBetween(ctx, p.end, start)) : undefined;
    const pastRelative = !!rel;
    // "the FBI and the NSA, together with ...": the list right before the marker leads the joint act (none inside that relative clause).
    const lead = pastRelative ? undefined : parties.filter((p) => named(p) && p.end <= start).pop();
    // Not the object of a verb told before it ("Chile accused Russia, together with ...": Russia signs nothing).
    // (a verb with its own subject before it; "in a joint warning by the FBI, ..." has none).
    const objectOfVerb = lead && cues.some((c) => STANCE_OR_SAY.has(c.cat) && c.end <= lead.start && parties.some((p) => named(p) && p.end <= c.start));
    if (lead && !objectOfVerb && ix.count(lead.end, start) <= 1 && !/[.;:!?。；：]/u.test(text.slice(lead.end, start))) (out.heads ??= []).push(...joinedParties(text, lex, parties, lead, -1), lead);
    const headed = head && head.end <= start && (pastRelative || (ix.count(head.end, start) <= 1 && !/[.;:!?。；：]/u.test(text.slice(head.end, start))));
    // The head past its relative clause, with its short name in brackets, co-signs: no target of the act.
    if (head && rel) (out.heads ??= []).push(...parties.filter((p) => p.start >= head.start && p.end <= rel.end + (/^\s*[(（][^()（）]*[)）]/u.exec(text.slice(rel.end))?.[0].length ?? 0)));
    // The lead list co-signs too ("the FBI, CISA and the NSA, together with agencies from ...": the US signs with them).
    const leads = out.heads ?? [];
    for (const p of [...leads, ...(headed ? [head] : []), ...listed]) {
      // "the National Cyber Security Centre (NCSC-NZ) of New Zealand": the co-signer is the state named as its owner.
      const owner = namedOwner(text, lex, parties, p);
      const r = ctx.resolve(owner ?? p, si);
      if (!r) continue;
      if (p !== head && !leads.includes(p)) out.parties.push(p);
      if (!out.members.some((o) => o.value === r.value)) out.members.push(r);
    }
  }
  if (!out.members.length) jointActList(ctx, parties, cues, s, si, out);
  return out;
}

/** Words between the last party of a list and the noun of the joint act it makes ("X and Y said in a joint statement"). */
const JOINT_ACT_REACH = 8;

/**
 * "X, Y and Z are releasing this joint advisory", "X và Y ra tuyên bố chung", "X与Y联名发布警告": the list of named
 * parties right before a noun of a joint act (no clause break between) co-signs it, when it holds two claimants or more
 * and no cue stands before it (then it is the cue's object).
 */
function jointActList(ctx: ClaimContext, parties: Party[], cues: Cue[], s: { start: number; text: string }, si: number, out: SentenceFrame['joint']): void {
  const { text, lex } = ctx;
  const m = lex.jointActs ? execFrom(lex.jointActs, s.text) : null;
  if (!m) return;
  const at = s.start + m.index;
  const named = (p: Party) => p.kind === 'country' || p.kind === 'organization' || p.kind === 'person';
  const last = parties.filter((p) => named(p) && p.end <= at).pop();
  if (!last || ctx.ix.count(last.end, at) > JOINT_ACT_REACH || /[.;:!?。；：]/u.test(text.slice(last.end, at))) return;
  const list = [...joinedParties(text, lex, parties, last, -1), last].filter(named);
  // "Russia condemned X and Y over their joint advisory": a list after a verb is its object, no co-signer.
  if (cues.some((c) => c.cat !== 'hostile' && c.end <= list[0]!.start)) return;
  const members: Resolved[] = [];
  for (const p of list) {
    const r = ctx.resolve(p, si);
    if (r && !members.some((o) => o.value === r.value)) members.push(r);
  }
  if (members.length < 2) return;
  out.members.push(...members);
  // Every party inside the list ("Britain" in "Britain's NCSC") is a co-signer's, no target of the act.
  (out.heads ??= []).push(...parties.filter((p) => p.start >= list[0]!.start && p.end <= last.end));
}

/**
 * A sentence that names no speaker of its own and goes on in the voice of a joint act's co-signer, while the act is
 * current ("X and Y released a joint advisory. ... It states that ...", "Le texte précise que ...", "Das Papier macht Russland
 * verantwortlich"): the joint act still speaks, for all of them.
 */
function carriedVoice(ctx: ClaimContext, f: SentenceFrame, current: Resolved[]): boolean {
  // No party named, or only a reference that takes the current speaker ("It states ...", "the statement says", "le texte
  // précise"), or a pronoun that finds no person but a body ("Il rappelle que ..."); with no speech verb, such a reference
  // opening the sentence as the subject of its stance.
  const subject = f.speakerParty ?? (f.speaker ? undefined : f.parties[0]);
  const who = f.speaker ?? (subject ? ctx.resolve(subject, f.si) : undefined);
  if (!who || who.person || !current.some((m) => m.value === who.value)) return false;
  if (!subject) return !!f.speaker;
  // The joint act itself named again ("The advisory states ..."): its author is a co-signer, so all of them speak.
  return (subject.kind === 'backref' && (!subject.company || subject.company === 'report')) || subject.kind === 'pronoun';
}

/**
 * A report that speaks ("the report says", "报告认为") speaks for every author the text lists as issuing it ("X and Y
 * published a report", "a report released by X and Y": report-author.ts); one author alone co-signs nothing.
 */
function reportCoauthors(ctx: ClaimContext, f: SentenceFrame): Resolved[] {
  // The report as the speaker of a verb of saying, or as the subject opening the sentence before a verb of warning or
  // accusing, which no speech frame reads ("Tuyên bố cũng cảnh báo ...", "The advisory warns ...").
  const opener = f.parties[0];
  const sp = f.speakerParty ?? (opener?.kind === 'backref' && opener.company === 'report' ? opener : undefined);
  if (sp?.kind !== 'backref' || sp.company !== 'report') return [];
  const out: Resolved[] = [];
  for (const q of reportAuthors(ctx.lex, ctx.text, ctx.known, ctx.input.sentences, sp)) {
    const r = ctx.resolve(q, f.si);
    if (r && !out.some((o) => o.value === r.value)) out.push(r);
  }
  // Only a claim the report makes (its author claims it) is the co-authors' too.
  return out.length > 1 && f.produced.some((c) => out.some((o) => o.value === c.claimant)) ? out : [];
}

/** Every co-signer of the sentence (or of the coalition referred back to) makes its claims too. */
export function coSign(ctx: ClaimContext, f: SentenceFrame): void {
  const { si, produced } = f;
  const members = f.joint.members;
  if (members.length) ctx.discourse.setCoalition(members, si);
  // A collective reference names the co-signers again, however far back their joint act was told.
  const current = ctx.discourse.currentCoalition(si) ?? (matches(ctx.lex.jointRefs, f.sentence.text) ? ctx.discourse.lastCoalition() : undefined);
  const cosigners = members.length ? members : current && matches(ctx.lex.jointRefs, f.sentence.text) ? current : current && carriedVoice(ctx, f, current) ? current : reportCoauthors(ctx, f);
  if (cosigners.length && current) ctx.discourse.setCoalition(current, si);
  for (const c of [...produced]) {
    if (c.stance === 'denies' || c.stance === 'confirms' || c.method === 'echo') continue;
    for (const m of cosigners) {
      if (m.value === c.claimant || m.value === c.target) continue;
      if (produced.some((o) => o.claimant === m.value && o.stance === c.stance && o.target === c.target)) continue;
      const { speaker: _speaker, ...rest } = c;
      const echo: ClaimCandidate = { ...rest, claimant: m.value, claimant_kind: m.kind, confidence: Math.max(0.3, +(c.confidence - 0.1).toFixed(2)), method: 'echo' };
      produced.push(echo);
    }
  }
}
