/**
 * Which states are parties to what an article tells (accusers, accused, victims, speakers), as
 * opposed to places named in passing. Besides the states that claims name (salience.ts), a state
 * is a party when
 *  - its body speaks or acts: a known state organisation ("CERT-FR", "BSI", "Guardia Civil") names
 *    its state (`stateBodies`);
 *  - it modifies a hostile actor or act with no word between ("Chinese hackers", "tin tặc Nga",
 *    "俄罗斯黑客", "hackers rusos");
 *  - it stands in a list of at least three states in a sentence that tells a hostile act or a threat (or more
 *    of the act told before: "similar samples were sent to ...")
 *    ("Australia, Canada, New Zealand and Japan joined ...", "victims in Myanmar, the Philippines and
 *    Vietnam"), or in a list next to a state that is a party by the rule above;
 *  - it is the place where the hostile act or threat of its clause happens: a preposition of place
 *    and at most an article before it, no clause punctuation between it and the hostile word ("victims in the Netherlands", "in der Schweiz", "en France",
 *    "в Польше", "ở Việt Nam", "在日本");
 *  - it is named in the object of a hostile act: after the act's victim marker or a transitive hostile
 *    verb, a few words into the noun phrase ("attacks on US hospitals", "attaqué des banques
 *    françaises", "атаковали казахстанские банки"), or in a noun phrase coordinated with such a victim
 *    ("Chilean banks and Colombian telecom firms");
 *  - a person who speaks is its official (people.ts decides whom they speak for).
 * A state in a generic phrase ("any Chilean, Mexican or Colombian company") or in a block of links to
 * other stories (related-links.ts) is no party by its position.
 * A dateline ("WASHINGTON —") or the place of a visit, speech, arrest or trial (place-of.ts) is never a
 * party on its own. Distances are word tokens (tokens.ts).
 */
import { execAfter, execAll, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import { tokenIndex, tokensBetween, wordTokens } from './tokens.ts';
import { whole } from './claims/text.ts';
import { statementBeside } from './claims/likeness.ts';
import { relayHostsFor } from './lexicons/entity/relay-hosts.ts';
import { placeOfOther } from './place-of.ts';
import { genericQuantifiersFor } from './lexicons/entity/generic-quantifiers.ts';
import { relatedLinkSpans } from './related-links.ts';
import type { CountryHit, Span } from './types.ts';

export interface PartyContext {
  text: string;
  lang: string;
  sentences: Sentence[];
  lex: CompiledLexicon | null;
  /** States that speaking people are officials of. */
  spokenFor: string[];
  /** Mentions of threat groups (intrusion sets named in the text). */
  groups?: Span[];
}

/** Word tokens allowed between a state and the hostile word it modifies. */
const MODIFIER_TOKENS = 0;
/** Word tokens looked at before a state for a preposition of place and its article. */
const SCENE_TOKENS = 2;
/** States named together in one list: a list this long in a hostile sentence is a list of parties. */
const MIN_LIST = 3;
/** Clause punctuation: a cue across it belongs to another clause. */
const CLAUSE_BREAK = /[,;:!?()，；：！？（）。“”"«»„]/u;
/** What may separate two states of one list: a comma, a coordinator, an article ("and the", "và", "和", "и"). */
const LIST_GAP = /^\s*(?:,|、|，)?\s*(?:\p{Ll}{1,4}\s+|和|与|及)?(?:\p{Ll}{1,3}\s+)?\s*$/u;

/** A line that opens with the state in capitals before a dash: a dateline. */
function isDateline(text: string, m: Span): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const surface = text.slice(m.start, m.end);
  return /^\s*$/u.test(text.slice(lineStart, m.start)) && surface === surface.toUpperCase() && /^[\s,]*(?:\([^)]{0,20}\)\s*)?[—–-]/u.test(text.slice(m.end, m.end + 20));
}

function cueSpans(re: RegExp | null, s: Sentence): Span[] {
  const out: Span[] = [];
  if (!re) return out;
  for (const m of execAll(re, s.text)) {
    if (!m[0]) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

/** Is the state mention right after a preposition of place (and at most an article), in its sentence? */
function isScene(ctx: PartyContext, lex: CompiledLexicon, s: Sentence, m: Span): boolean {
  const re = lex.scene;
  if (!re) return false;
  const toks = wordTokens(s.text, ctx.lang, s.start);
  const prev = toks.filter((t) => t.end <= m.start);
  const from = prev.length >= SCENE_TOKENS ? prev[prev.length - SCENE_TOKENS]!.start : s.start;
  const before = ctx.text.slice(from, m.start);
  for (let hit = execFrom(re, before); hit; hit = execAfter(re, before, hit)) {
    const gap = before.slice(hit.index + hit[0].length).trim();
    if (!gap || (lex.articles && whole(lex.articles, gap))) return true;
  }
  return false;
}

/** Word tokens at most between a hostile act (and its victim marker) and a state in its object ("attacks on several US", "attaqué des banques"). */
const OBJECT_TOKENS = 3;
/** Word tokens at most between a victim state and a state coordinated with it, besides the coordinator. */
const COORDINATED_TOKENS = 3;

/**
 * "attacks on US hospitals", "attaques contre des banques françaises", "atacaron bancos chilenos",
 * "атаки на немецкие больницы", "攻击了智利银行", "Angriffe auf deutsche Stadtwerke": a state named in
 * the object of a hostile act, a victim marker right after the act (or a transitive hostile verb, whose
 * object follows it) and a few words of its noun phrase before the state, is the act's victim. Not
 * across an agent marker, a link to a sponsor, or a verb of speech or accusation.
 */
function objectOfAct(ctx: PartyContext, lex: CompiledLexicon, toks: ReturnType<typeof wordTokens>, acts: Span[], verbs: Span[], m: Span): boolean {
  return [...acts, ...verbs].some((c) => {
    if (c.end > m.start) return false;
    const gap = ctx.text.slice(c.end, m.start);
    if (CLAUSE_BREAK.test(gap) || tokensBetween(toks, c.end, m.start) > OBJECT_TOKENS + 1) return false;
    if ([lex.agentMarkers, lex.linkedTo, lex.doneBy, lex.say, lex.accuse].some((re) => re && execFrom(re, gap))) return false;
    if (verbs.some((v) => v.start === c.start) || whole(lex.victim, ctx.text.slice(c.start, c.end))) return tokensBetween(toks, c.end, m.start) <= OBJECT_TOKENS;
    const v = lex.victim ? execFrom(lex.victim, gap) : null;
    if (!v || gap.slice(0, v.index).trim()) return false;
    return tokensBetween(toks, c.end + v.index + v[0].length, m.start) <= OBJECT_TOKENS;
  });
}

/** Word tokens at most between a state and the name of a threat group it qualifies (the group's noun). */
const GROUP_NOUN_TOKENS = 1;

/**
 * "die russische Gruppe Sandworm", "le groupe russe Sandworm", "the Chinese group APT41": a state that
 * qualifies a named threat group, with at most the group's noun between, is the group's, the accused.
 */
function qualifiesGroup(ctx: PartyContext, toks: ReturnType<typeof wordTokens>, m: Span): boolean {
  return (ctx.groups ?? []).some((g) => g.start >= m.end && !/[^\s\p{L}]/u.test(ctx.text.slice(m.end, g.start)) && tokensBetween(toks, m.end, g.start) <= GROUP_NOUN_TOKENS);
}

/** Is `b` in a noun phrase coordinated with the one of victim `a` ("Chilean banks and Colombian telecom firms")? */
function coordinatedVictim(ctx: PartyContext, lex: CompiledLexicon, toks: ReturnType<typeof wordTokens>, a: Span, b: Span): boolean {
  const gap = ctx.text.slice(a.end, b.start);
  if (CLAUSE_BREAK.test(gap) || !lex.coordinators) return false;
  const x = execFrom(lex.coordinators, gap);
  return !!x && tokensBetween(toks, a.end, b.start) <= COORDINATED_TOKENS + 1 && ![lex.hostile, lex.say, lex.accuse].some((re) => re && execFrom(re, gap));
}

/** Word tokens at most between a generic quantifier and the state it reaches ("any Chilean, Mexican or"). */
const GENERIC_TOKENS = 3;

/** "any Chilean company", "cualquier empresa chilena", "n'importe quelle banque française": a generic noun phrase. */
function generic(ctx: PartyContext, toks: ReturnType<typeof wordTokens>, m: Span): boolean {
  const re = genericQuantifiersFor(ctx.lang);
  if (!re) return false;
  const prev = toks.filter((t) => t.end <= m.start);
  const from = prev.length > GENERIC_TOKENS ? prev[prev.length - GENERIC_TOKENS - 1]!.start : (prev[0]?.start ?? m.start);
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(re, before); x; x = execAfter(re, before, x)) {
    if (!/[;:!?()，；：！？（）。]/u.test(before.slice(x.index + x[0].length))) return true;
  }
  return false;
}

/** Word tokens looked at before a list of states for a noun of the attacker's infrastructure. */
const RELAY_TOKENS = 12;

/**
 * "jump servers located in Japan, South Korea and Sweden", "跳板机主要分布在日本、韩国", "máy chủ trung
 * chuyển nằm ở 11 nước, trong đó có Thụy Điển": a list of states that follows a noun of the
 * attacker's infrastructure, with no other state between, names where the traffic passed, not parties.
 */
function hostsRelays(ctx: PartyContext, s: Sentence, first: Span, previous: Span | undefined): boolean {
  const re = relayHostsFor(ctx.lang);
  if (!re) return false;
  const toks = wordTokens(s.text, ctx.lang, s.start).filter((t) => t.end <= first.start);
  const from = Math.max(previous?.end ?? s.start, toks.length > RELAY_TOKENS ? toks[toks.length - RELAY_TOKENS]!.start : s.start);
  re.lastIndex = 0;
  return re.test(ctx.text.slice(from, first.start));
}

/** Alpha-2 codes of the states that are parties by their position in the text. */
export function partyCountries(countries: CountryHit[], ctx: PartyContext): Set<string> {
  const parties = new Set<string>(ctx.spokenFor);
  const lex = ctx.lex;
  if (!lex) return parties;
  const all = countries.flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, code: c.code }))).sort((a, b) => a.start - b.start);
  const party = new Set<number>();
  const related = relatedLinkSpans(ctx.text);
  for (const s of ctx.sentences) {
    if (s.title) continue;
    // Neither a dateline nor where someone visited, spoke, was arrested or tried (place-of.ts) is a party by its
    // position, nor a state named in a block of links to other stories (related-links.ts).
    const here = all.filter((m) => m.start >= s.start && m.end <= s.end && !isDateline(ctx.text, m) && !placeOfOther(ctx.text, lex, m) && !related.some((r) => m.start >= r.start && m.end <= r.end));
    if (!here.length) continue;
    // A transitive hostile verb is a hostile word too ("attackierte"), as are the profile's hostile and threat cues.
    const verbs = cueSpans(lex.hostileVerbs, s);
    // So is an adjective of likeness beside no noun of statement: "similar samples", "des courriels similaires" tell
    // of more of the act told before (claims/likeness.ts).
    const ix = tokenIndex(ctx.text, ctx.lang);
    const more = cueSpans(lex.likeness, s).filter((c) => !statementBeside(ctx.text, lex, ix, c));
    const hostile = [...cueSpans(lex.hostile, s), ...cueSpans(lex.threat, s), ...verbs, ...more];
    // "together with counterparts from Australia, Canada and New Zealand", "к оценке присоединились
    // США, Канада и Австралия": a list of states in a sentence of a joint act lists its co-signers.
    const joint = cueSpans(lex.joint, s).length + cueSpans(lex.joinVerbs, s).length > 0;
    if (!hostile.length && !joint) continue;
    const toks = wordTokens(s.text, ctx.lang, s.start);
    const acts = cueSpans(lex.hostile, s).filter((c) => !whole(lex.actorNouns, ctx.text.slice(c.start, c.end)));
    for (const m of here) {
      const modifies = hostile.some((c) => {
        const [l, r] = m.end <= c.start ? [m, c] : [c, m];
        if (l.end > r.start) return false;
        return !CLAUSE_BREAK.test(ctx.text.slice(l.end, r.start)) && tokensBetween(toks, l.end, r.start) <= MODIFIER_TOKENS;
      });
      // The place of the act: in the clause of a hostile word, not a place named after a comma ("…, in a report published in Geneva").
      const sameClause = hostile.some((c) => !CLAUSE_BREAK.test(ctx.text.slice(Math.min(m.end, c.end), Math.max(m.start, c.start))));
      if (modifies || (sameClause && isScene(ctx, lex, s, m)) || objectOfAct(ctx, lex, toks, acts, verbs, m) || qualifiesGroup(ctx, toks, m)) party.add(m.start);
    }
    // "Chilean banks and Colombian telecom firms", "des banques françaises et des hôpitaux belges": a state in a
    // noun phrase coordinated with a victim's is a victim too.
    for (let i = 1; i < here.length; i++) {
      const [a, b] = [here[i - 1]!, here[i]!];
      if (party.has(a.start) && !party.has(b.start) && coordinatedVictim(ctx, lex, toks, a, b)) party.add(b.start);
    }
    for (let i = 0; i < here.length; ) {
      let j = i;
      while (j + 1 < here.length && LIST_GAP.test(ctx.text.slice(here[j]!.end, here[j + 1]!.start))) j++;
      const list = here.slice(i, j + 1);
      if (hostsRelays(ctx, s, list[0]!, here[i - 1]) || list.some((m) => generic(ctx, toks, m))) for (const m of list) party.delete(m.start);
      else if (list.length >= MIN_LIST || list.some((m) => party.has(m.start))) for (const m of list) party.add(m.start);
      i = j + 1;
    }
  }
  for (const m of all) if (party.has(m.start)) parties.add(m.code);
  return parties;
}

/** A known state body that is named (not a victim company) makes its state a party, at the body's mentions. */
export function stateBodies(orgs: PartyMention[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const o of orgs) {
    if (!o.country || o.victim) continue;
    const list = out.get(o.country) ?? [];
    list.push({ start: o.start, end: o.end });
    out.set(o.country, list);
  }
  return out;
}
