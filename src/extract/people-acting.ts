/**
 * Which people found in a text act or speak there (the `people` of the extraction contract), by
 * construction rather than by whether a claim happened to be coded for them: a person whose
 * mention is the subject of a speech or stance verb within a few word tokens in the same clause
 * ("Peskov said", "Wray warned", "ông Lâm Kiếm nhấn mạnh", "毛宁表示"), the source of a report
 * ("according to X", "theo X", "据X"), or the speaker of a quotation that ends right before them.
 * People who are only named, accused or sanctioned stay out.
 */
import { execAll, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { FRONTED_OBJECTS, PERSON_COORDINATORS, personActsFor, type CompiledPersonActs } from './lexicons/entity/person-acts.ts';
import { affiliationAfter, afterReport, opinionHolder, quoteAfterColon, relativeSpeech, speakerLabelAt, transcriptLabel, type PersonCandidate } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { tokenIndex, wordTokens } from './tokens.ts';

/** Word tokens a cue may sit after the person's mention and still be their verb. */
const AFTER_TOKENS = 3;
/** Word tokens an apposition may run between the name and its verb ("X, the Kremlin spokesman, said"). */
const APPOSITION_TOKENS = 16;
/** Word tokens a source marker may sit before the mention. */
const BEFORE_TOKENS = 2;
/** Word tokens a verb may sit before the person in inverted reporting ("said Peskov", "заявил Песков"). */
const INVERTED_TOKENS = 1;
/** The same when the person's role phrase follows the verb: a determiner and a body may precede it ("said the ministry spokesman X"). */
const INVERTED_ROLE_TOKENS = 3;
const CLAUSE_BREAK = /[.;:!?()，；：！？（）。]/u;
/** A short title abbreviation ("Dr.", "M.", "Gen.") or a doubled-initial plural ("EE.UU.", "EE. UU."). */
const TITLE_ABBREVIATION = /(?<![\p{L}])(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}{2})\./gu;

const VERBS: (keyof CompiledLexicon)[] = ['say', 'accuse', 'deny', 'warn', 'callFor', 'confirm'];

export interface ActingContext {
  text: string;
  lang: string;
  sentences: Sentence[];
  lex: CompiledLexicon | null;
}

/**
 * `speechOnly`: only the subjects of speech and stance verbs and plain transcript labels, without the
 * person-only constructions (act verbs, role anaphora, titled labels, title statements).
 */
export function actingPeople(people: PersonCandidate[], ctx: ActingContext, speechOnly = false): Set<PersonCandidate> {
  const out = new Set<PersonCandidate>();
  const lex = ctx.lex;
  if (!lex) return out;
  if (speechOnly) {
    for (const p of people) if (p.mentions.some((m) => acts(ctx, lex, null, p, m) || transcriptLabel(ctx.text, m.start, m.end) || quoteAfterColon(ctx.text, m.end))) out.add(p);
    return out;
  }
  const pa = personActsFor(ctx.lang);
  for (const p of people) {
    if (p.mentions.some((m) => acts(ctx, lex, pa, p, m) || speakerLabelAt(ctx.text, m.start, m.end) || quoteAfterColon(ctx.text, m.end))) out.add(p);
  }
  for (const p of roleAnaphora(people, ctx, lex, pa)) out.add(p);
  for (const p of coordinatedSubjects(people, out, ctx, lex, pa)) out.add(p);
  return out;
}

/** Word tokens that may stand between the conjunction and the second person's name or role ("the", "его", "国防部"). */
const COORDINATED_GAP_TOKENS = 3;

/**
 * "Foreign Minister A and Defence Minister B condemned ...", "Le ministre A et la ministre B ont
 * dénoncé ...": a person joined by a conjunction to a person who is the subject of a verb right
 * after them shares that verb. What stands between the conjunction and the second person's role
 * phrase or name is a few words, no clause break.
 */
function coordinatedSubjects(people: PersonCandidate[], acting: Set<PersonCandidate>, ctx: ActingContext, lex: CompiledLexicon, pa: CompiledPersonActs | null): PersonCandidate[] {
  const words = PERSON_COORDINATORS[ctx.lang];
  if (!words) return [];
  const coord = new RegExp(`^\\s*,?\\s*(?:${words.join('|')})${ctx.lang === 'zh' ? '' : '(?![\\p{L}])'}`, 'u');
  const out: PersonCandidate[] = [];
  for (const q of people) {
    if (acting.has(q)) continue;
    const joined = q.mentions.some((mq) => [...acting].some((p) => p.mentions.some((mp) => {
      if (mp.start < mq.end) return false;
      const s = ctx.sentences.find((x) => mq.start >= x.start && mp.end <= x.end);
      if (!s || s.title) return false;
      const role = p.roleSpans.find((r) => r.end <= mp.start && r.end >= mp.start - 3 && r.start >= mq.end);
      const gapEnd = role ? role.start : mp.start;
      const c = coord.exec(ctx.text.slice(mq.end, gapEnd));
      if (!c) return false;
      const rest = ctx.text.slice(mq.end + c[0].length, gapEnd);
      const all = wordTokens(s.text, ctx.lang, s.start);
      const toks = all.filter((t) => t.start >= mq.end + c[0].length && t.end <= gapEnd).length;
      // The first person (or their role phrase) opens the clause: "X met Ambassador Q and Minister P said" joins no subjects.
      const qRole = q.roleSpans.find((r) => r.end <= mq.start && r.end >= mq.start - 3);
      const qStart = qRole ? qRole.start : mq.start;
      const before = ctx.text.slice(s.start, qStart);
      const clauseAt = s.start + Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.search(/[;:；：][^;:；：]*$/u)) + 1;
      const lead = all.filter((t) => t.start >= clauseAt && t.end <= qStart).length;
      return lead <= COORDINATED_GAP_TOKENS && !CLAUSE_BREAK.test(rest) && !/,/u.test(rest) && toks <= COORDINATED_GAP_TOKENS && acts(ctx, lex, pa, p, mp);
    })));
    if (joined) out.push(q);
  }
  return out;
}

/** Regexes of verbs whose subject acts: speech and stance cues, then the person-only act verbs. */
function verbCues(lex: CompiledLexicon, pa: CompiledPersonActs | null): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  for (const cat of VERBS) {
    const re = lex[cat];
    if (re instanceof RegExp) out.push([cat, re]);
  }
  if (pa?.acts) out.push(['act', pa.acts]);
  if (pa?.reactions) out.push(['reaction', pa.reactions]);
  if (pa?.writing) out.push(['writing', pa.writing]);
  return out;
}

/**
 * "Ambassador X was received ... The Ambassador stressed that ...": a role word with no name of its
 * own, the subject of a speech or act verb, refers back to the last person named with that role.
 */
function roleAnaphora(people: PersonCandidate[], ctx: ActingContext, lex: CompiledLexicon, pa: CompiledPersonActs | null): PersonCandidate[] {
  const roles = lex.roles;
  if (!roles) return [];
  const out: PersonCandidate[] = [];
  const withRole = people.filter((p) => p.role);
  if (!withRole.length) return out;
  const cues = verbCues(lex, pa);
  for (const s of ctx.sentences) {
    if (s.title) continue;
    if (!execFrom(roles, s.text)) continue;
    const toks = wordTokens(s.text, ctx.lang, s.start);
    for (const r of execAll(roles, s.text)) {
      if (!r[0]) continue;
      const a = s.start + r.index;
      const b = a + r[0].length;
      // The role stands alone: no person's mention starts right after it ("the ambassador" ≠ "Ambassador X").
      if (people.some((p) => p.mentions.some((m) => m.start >= b && m.start <= b + 2) || p.mentions.some((m) => m.start <= a && m.end >= b))) continue;
      if (!verbFollows(ctx, s, toks, b, cues)) continue;
      const word = r[0].toLowerCase();
      let best: { p: PersonCandidate; at: number } | null = null;
      for (const p of withRole) {
        if (!p.role!.toLowerCase().includes(word)) continue;
        for (const m of p.mentions) if (m.end <= a && (!best || m.end > best.at)) best = { p, at: m.end };
      }
      if (best) out.push(best.p);
    }
  }
  return out;
}

function verbFollows(ctx: ActingContext, s: Sentence, toks: ReturnType<typeof wordTokens>, from: number, cues: [string, RegExp][]): boolean {
  for (const [, re] of cues) {
    for (let x = execFrom(re, s.text); x; x = execFrom(re, s.text, x.index + (x[0].length || 1))) {
      if (!x[0]) continue;
      const at = s.start + x.index;
      if (at < from) continue;
      const gap = ctx.text.slice(from, at);
      if (CLAUSE_BREAK.test(gap) || /,/u.test(gap)) break;
      if (toks.filter((t) => t.start >= from && t.end <= at).length <= AFTER_TOKENS) return true;
      break;
    }
  }
  return false;
}


/** What stands before a name, less an honorific that ends it ("..., ông " -> "..., "). */
function withoutHonorific(lex: CompiledLexicon, before: string): string {
  const hon = lex.honorifics;
  if (!hon) return before;
  const m = new RegExp(`(?:${hon.source})\\.?\\s*$`, 'iu').exec(before);
  return m && (m.index === 0 || !/\p{L}/u.test(before.charAt(m.index - 1))) ? before.slice(0, m.index) : before;
}

/** An English possessive right after a name: "X's spokesman". */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;

function acts(ctx: ActingContext, lex: CompiledLexicon, pa: CompiledPersonActs | null, p: PersonCandidate, m: Span): boolean {
  const s = ctx.sentences.find((x) => m.start >= x.start && m.end <= x.end);
  if (!s) return false;
  if (s.title) return titleStatement(ctx, pa, s, m);
  const toks = wordTokens(s.text, ctx.lang, s.start);
  const between = (a: number, b: number) => toks.filter((t) => t.start >= a && t.end <= b).length;
  // "culpó al exministro X, ya retirado, y añadió": a person an object marker a few words
  // before (in the same clause) makes an object is no subject of the verbs after them either.
  const objectOfVerb = markedAsObject(ctx.text, ctx.lang, s.start, m.start);
  for (const [cat, re] of verbCues(lex, pa)) {
    for (let x = execFrom(re, s.text); x; x = execFrom(re, s.text, x.index + (x[0].length || 1))) {
      if (!x[0]) continue;
      const a = s.start + x.index;
      const b = a + x[0].length;
      // "« ... », écrit X": a verb of writing names its subject only right after it (not "écrit par X").
      if (cat === 'writing' && !(b <= m.start && afterReport(ctx.text, ctx.lang, s.start, a) && !ctx.text.slice(b, p.roleSpans.find((r) => r.end <= m.start && r.start >= b)?.start ?? m.start).trim())) continue;
      if (a >= m.end) {
        if (objectOfVerb || passiveBefore(ctx, lex, s, m.end, a, x[0])) continue;
        // "X's spokesman said": X owns the subject, not is it.
        if (POSSESSIVE_AFTER.test(ctx.text.slice(m.end, a))) continue;
        // "The outgoing president, X, convened": the comma that closes the name's own apposition.
        // "..., ông X, cho biết", "The minister, Mr X, said": an honorific may open the apposition.
        const inAppos = /,\s*$/u.test(withoutHonorific(lex, ctx.text.slice(Math.max(s.start, m.start - 12), m.start))) && p.roleSpans.length > 0;
        // "X (R-Wis.) asks", "X (CDU) sagte": a bracket (party, constituency, acronym) right after the name.
        const bracket = /^\s*[(（][^()（）]{1,40}[)）]/u.exec(ctx.text.slice(m.end, a))?.[0].length ?? 0;
        // "X of Quorvex said", "X von der Firma Y sagte": an affiliation between the name and its verb.
        // The affiliation is read to the sentence's end: it ends where a lower-case word (the verb) follows it.
        const aff = bracket ? 0 : affiliationAfter(ctx.text, ctx.lang, m.end, s.end);
        const from = m.end + bracket + (m.end + aff <= a ? aff : 0);
        const raw = ctx.text.slice(from, a);
        // ", the Kremlin spokesman, said": an apposition between the name and its verb (a bracket
        // inside it: "head of the agency (BSSN)"). The comma before the name may open an apposition
        // that closes after it ("The outgoing president, X, convened"), or the name its own.
        const gaps = inAppos ? [raw.replace(/^\s*,/u, ''), raw] : [raw];
        for (const gap of gaps) {
          // The apposition's length in word tokens: "X, a senator who chairs the upper house's defence panel, says".
          const appos = /^\s*,[^,.;:]*,/u.exec(gap);
          const apposAt = from + (raw.length - gap.length);
          const gapNoAppos = appos && between(apposAt, apposAt + appos[0].length) <= APPOSITION_TOKENS ? gap.slice(appos[0].length) : gap;
          if (!CLAUSE_BREAK.test(gapNoAppos) && !/,/u.test(gapNoAppos) && between(from + (gap.length - gapNoAppos.length) + (raw.length - gap.length), a) <= AFTER_TOKENS) return true;
        }
      } else if (b <= m.start && (((cat === 'say' || cat === 'reaction' || cat === 'writing') && afterReport(ctx.text, ctx.lang, s.start, a)) || frontedObject(ctx, s, a))) {
        // "said the Kremlin spokesman Dmitry Peskov": the person's own role phrase may stand between.
        const role = p.roleSpans.find((r) => r.end <= m.start && r.end >= m.start - 3 && r.start >= b);
        const gapEnd = role ? role.start : m.start;
        // "culpó al exministro X": a personal "a" before the person makes them the object.
        if (objectMarked(ctx.text, pa, b, m.start)) continue;
        // "said Dr. X", "a déclaré M. X": a title's dot closes no clause.
        const gap = ctx.text.slice(b, gapEnd).replace(TITLE_ABBREVIATION, ' ');
        if (!CLAUSE_BREAK.test(gap) && between(b, gapEnd) <= (role ? INVERTED_ROLE_TOKENS : INVERTED_TOKENS)) return true;
        // "sagte den Journalisten X", "dijo a la prensa X": whom the verb addresses may stand between.
        const addressed = pa?.addressees ? execFrom(pa.addressees, gap.trim()) : null;
        if (addressed && addressed.index === 0 && addressed[0].length === gap.trim().length) return true;
      }
    }
  }
  if (statementOf(ctx, pa, p, m, between)) return true;
  if (topicStatement(ctx, pa, s, m, between)) return true;
  if (relativeSpeech(ctx.text, ctx.lang, lex.say, s, m.end)) return true;
  if (opinionHolder(ctx.text, ctx.lang, s.start, m.start, m.end)) return true;
  const src = lex.sourceBefore;
  if (src) {
    // "according to the EU's high representative X", "по словам представителя ЕС X": the person's own
    // role phrase may stand between the marker and the name.
    const role = p.roleSpans.find((r) => r.end <= m.start && r.end >= m.start - 3);
    for (const x of execAll(src, s.text)) {
      const b = s.start + x.index + x[0].length;
      const to = role && role.start >= b ? role.start : m.start;
      if (b <= m.start && !CLAUSE_BREAK.test(ctx.text.slice(b, to)) && between(b, to) <= BEFORE_TOKENS) return true;
    }
  }
  return false;
}

/** Word tokens a topic phrase may run between its preposition and the colon ("zur Datenpanne im Landesamt:"). */
const TOPIC_TOKENS = 8;

/**
 * "Landesministerin X zur Datenpanne im Landesamt: Man prüfe alles ...", "Minister X on the breach:
 * ...": a topic preposition right after the name, then a colon within a few words that opens a
 * capitalised statement or a quotation: the person states it.
 */
function topicStatement(ctx: ActingContext, pa: CompiledPersonActs | null, s: Sentence, m: Span, between: (a: number, b: number) => number): boolean {
  const re = pa?.topicColon;
  if (!re) return false;
  const rest = ctx.text.slice(m.end, s.end);
  const x = execFrom(re, rest);
  if (!x || rest.slice(0, x.index).trim()) return false;
  const from = m.end + x.index + x[0].length;
  const colon = /^[^.;:!?()"“«„]*?:\s*["“«„]?\s*\p{Lu}/u.exec(ctx.text.slice(from, s.end));
  if (!colon) return false;
  return between(from, from + colon[0].indexOf(':')) <= TOPIC_TOKENS;
}

/** Word tokens that may stand between an object marker and the name it marks ("al exministro regional X"). */
const OBJECT_MARKER_TOKENS = 3;

/**
 * "culpó al exministro X", "tachó de culpable a X": an object marker of the language a few word
 * tokens before `start` in the same clause (no punctuation between) makes what starts there an object.
 */
export function markedAsObject(text: string, lang: string, sentenceStart: number, start: number): boolean {
  const pa = personActsFor(lang);
  if (!pa?.objectMarkers) return false;
  const ix = tokenIndex(text, lang);
  const from = Math.max(sentenceStart, ix.before(start, OBJECT_MARKER_TOKENS + 1));
  const toks = wordTokens(text.slice(from, start), lang, from);
  return toks.some((t) => !/[,;:.!?()]/u.test(text.slice(t.end, start).replace(TITLE_ABBREVIATION, ' ')) && objectMarked(text, pa, t.start, t.end));
}

/** Is there an object marker ("a", "al") between a verb's end and a name, outside whom the verb addresses? */
function objectMarked(text: string, pa: CompiledPersonActs | null, from: number, to: number): boolean {
  const om = pa?.objectMarkers;
  if (!om) return false;
  let gap = text.slice(from, to);
  if (pa.addressees) gap = gap.replace(new RegExp(pa.addressees.source, pa.addressees.flags.replace('y', '')), ' ');
  return !!execFrom(om, gap);
}

const frontedObjects = new Map<string, RegExp | null>();

/**
 * Verb-second inversion: "Das bestätigte Sprecher X", "Den Angriff verurteilte Ministerin X": an
 * object of FRONTED_OBJECTS is all that stands before the verb, so the subject follows it, whatever
 * the verb.
 */
function frontedObject(ctx: ActingContext, s: Sentence, verbAt: number): boolean {
  let re = frontedObjects.get(ctx.lang);
  if (re === undefined) {
    const words = FRONTED_OBJECTS[ctx.lang];
    re = words ? new RegExp(`^(?:${words.join('|')})$`, 'iu') : null;
    frontedObjects.set(ctx.lang, re);
  }
  return !!re && re.test(ctx.text.slice(s.start, verbAt).trim());
}

/**
 * "Ambassador X was summoned", "Minister X has been accused of ...", "X was asked to ...": a passive
 * auxiliary right before the verb makes the person its patient, not its subject. Not a progressive
 * ("X is warning", "X has been saying") nor a reflexive ("X s'est dit").
 */
function passiveBefore(ctx: ActingContext, lex: CompiledLexicon, s: Sentence, from: number, verbAt: number, verb: string): boolean {
  const pas = lex.passive;
  if (!pas || /ing$/u.test(verb)) return false;
  const toks = wordTokens(s.text, ctx.lang, s.start).filter((t) => t.start >= from && t.end <= verbAt);
  const last = toks.at(-1);
  if (!last) return false;
  const word = ctx.text.slice(last.start, last.end);
  const hit = execFrom(pas, word);
  if (!hit || hit.index !== 0 || hit[0].length !== word.length) return false;
  const prev = toks.at(-2);
  return !(prev && /^(?:s|se|sich)['’]?$/iu.test(ctx.text.slice(prev.start, prev.end))) && !/s['’]\s*$/iu.test(ctx.text.slice(from, last.start));
}

/**
 * "in einer Erklärung des Außenbeauftragten X", "in a statement by the minister X", "слова министра X":
 * a statement noun right before the person (their role phrase and one word may stand between) makes
 * them its author, in the body as in a title.
 */
function statementOf(ctx: ActingContext, pa: CompiledPersonActs | null, p: PersonCandidate, m: Span, between: (a: number, b: number) => number): boolean {
  const st = pa?.statements;
  if (!st) return false;
  const s = ctx.sentences.find((x) => m.start >= x.start && m.end <= x.end);
  if (!s) return false;
  const role = p.roleSpans.find((r) => r.end <= m.start && r.end >= m.start - 3);
  for (let x = execFrom(st, s.text); x; x = execFrom(st, s.text, x.index + (x[0].length || 1))) {
    if (!x[0]) continue;
    const b = s.start + x.index + x[0].length;
    const to = role && role.start >= b ? role.start : m.start;
    if (b > to) break;
    // "Question de M. X": a title's dot closes no clause.
    const gap = ctx.text.slice(b, to).replace(TITLE_ABBREVIATION, ' ');
    if (!CLAUSE_BREAK.test(gap) && !/,/u.test(gap) && between(b, to) <= 1) return true;
  }
  return false;
}

/**
 * A title that announces someone's statement ("Statement by Cabinet Secretary X on ...",
 * "Комментарий Посла России А.И.Антонова", "外交部发言人X主持例行记者会"): the statement noun before
 * the person's mention, or an act verb right after it.
 */
function titleStatement(ctx: ActingContext, pa: CompiledPersonActs | null, s: Sentence, m: Span): boolean {
  if (!pa) return false;
  const st = pa.statements;
  if (st) {
    const before = ctx.text.slice(s.start, m.start);
    if (execFrom(st, before)) return true;
  }
  const act = pa.acts;
  if (act) {
    const after = ctx.text.slice(m.end, Math.min(s.end, m.end + 12));
    const x = execFrom(act, after);
    if (x && /^\s*$/u.test(after.slice(0, x.index))) return true;
  }
  return false;
}

/** Word tokens allowed between a government noun and its leader's name (a title, "President"). */
const LEADER_GAP = 0;

/**
 * "the government of Nicolás Maduro blamed ...", "the Biden administration said", "马杜罗政府指责":
 * a person named only as the leader owning a government (the profile's `governmentOfLeader` right
 * before a mention, `governmentAfterLeader` right after it) is named, the government speaks.
 */
export function leaderOfGovernmentOnly(ctx: { text: string; lex: CompiledLexicon | null }, p: PersonCandidate): boolean {
  const { text, lex } = ctx;
  if (!lex || (!lex.governmentOfLeader && !lex.governmentAfterLeader) || !p.mentions.length) return false;
  return p.mentions.every((m) => {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (lex.governmentOfLeader) {
      const hit = execAll(lex.governmentOfLeader, before).at(-1);
      if (hit && wordTokens(before.slice(hit.index + hit[0].length), ctx.lex!.lang).length <= LEADER_GAP && !/[.,;:!?，。；：]/u.test(before.slice(hit.index + hit[0].length))) return true;
    }
    if (lex.governmentAfterLeader) {
      const after = text.slice(m.end, m.end + 30);
      const hit = execFrom(lex.governmentAfterLeader, after);
      if (hit && !after.slice(0, hit.index).trim()) return true;
    }
    return false;
  });
}
