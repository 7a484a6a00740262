/**
 * Anaphora by a definite common noun: "the company", "l'éditeur", "das Unternehmen", "компания", "该公司",
 * "công ty này", "la empresa" mean the organisation named last (a vendor, a victim company), not whoever
 * spoke last: "ESET found the flaw. The company attributes it to X" is ESET's attribution.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Sentence } from '../segment.ts';
import type { Party } from './frame.ts';
import type { Span } from '../types.ts';
import { plausibleParty } from './parties.ts';
import { SOURCE_NAMES } from '../lexicons/sources.ts';
import { execAll } from '../lexicons/index.ts';
import { whole } from './text.ts';
import { tokenIndex } from '../tokens.ts';
import { shortMentionAt } from './short-mention.ts';


/** Sentences over which a company noun reaches back, its own included. */
const COMPANY_REACH = 3;
/** Sentences over which a company noun reaches back to a known vendor when no known organisation is within COMPANY_REACH. */
const KNOWN_COMPANY_REACH = 5;
/** Words that may stand between a company noun and the name it introduces ("l'éditeur finlandais de cybersécurité Velmora"). */
const INTRO_GAP_TOKENS = 4;

/**
 * The noun of a company reference, without its article or determiner ("the company" -> "company", "l'éditeur" ->
 * "éditeur", "công ty này" -> "công ty", "该公司" -> "公司"), folded to lower case and cut to a stem that its other forms
 * share ("компания" -> "компани", "company" -> "compan"), or undefined.
 */
function refNoun(lex: CompiledLexicon, ref: string): string | undefined {
  let noun = ref.toLowerCase().replace(/^\p{L}{1,2}['’](?=\p{L})/u, '');
  for (const re of [lex.articles, lex.companyRefDeterminers]) {
    if (!re) continue;
    const cut = [...execAll(re, noun)].reverse();
    for (const m of cut) noun = noun.slice(0, m.index) + noun.slice(m.index + m[0].length);
  }
  noun = noun.trim().replace(/\s+/gu, ' ');
  if (!noun || /\s.*\s/u.test(noun)) return undefined;
  return noun.length > 5 ? noun.slice(0, -1) : noun;
}

/**
 * The names of the organisations the text introduced before `before` with the same noun as the reference `ref`
 * ("the security company Velmora ... the company said", "L'éditeur finlandais Velmora ... L'éditeur estime",
 * "网络安全公司Velmora……该公司表示"): the noun right before the name, at most INTRO_GAP_TOKENS words and no punctuation
 * between them, or, in text without spaces, the noun right after it ("Velmora公司").
 */
function introducedWithNoun(lex: CompiledLexicon, text: string, known: Party[], ref: Span, noun: string): Set<string> {
  const out = new Set<string>();
  const ix = tokenIndex(text, lex.lang);
  const folded = text.slice(0, ref.start).toLowerCase();
  const unspaced = lex.lang === 'zh';
  for (let at = folded.indexOf(noun); at >= 0; at = folded.indexOf(noun, at + 1)) {
    const end = at + noun.length;
    for (const q of known) {
      if (q.start >= ref.start) break;
      if (q.kind !== 'organization' || q.country || !q.value) continue;
      const after = q.start >= end && ix.count(end, q.start) <= INTRO_GAP_TOKENS && !/[.,;:!?()，。；：！？（）\n]/u.test(text.slice(end, q.start));
      const before = unspaced && q.end <= at && at - q.end <= 1 && !/[，。；：！？]/u.test(text.slice(q.end, at));
      // "la empresa finlandesa Velmora" may be one mention, its noun included.
      const within = q.start <= at && end <= q.end;
      if (after || before || within) out.add(q.value);
    }
  }
  return out;
}

/**
 * The organisation (no state's body) named last before the company noun `p`, within reach: a known
 * vendor or company first (a capitalised word taken for a name, "the Galwan clash", is no company),
 * else any organisation. With `stateBodies` (the owner of a staff noun, "the researchers"): a known
 * vendor, company or state body only, since people are more often taken for unknown organisations
 * than their researchers are. With `groups` (the threat groups' mentions): none of them, which a company noun never means.
 */
export function companyAntecedent(lex: CompiledLexicon, known: Party[], sentences: Sentence[], p: Party, opts: { stateBodies?: boolean; groups?: readonly Span[]; text?: string } = {}): Party | undefined {
  const si = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
  if (si < 0) return undefined;
  const near = Math.max(0, si - COMPANY_REACH + 1);
  const from = sentences[near]!.start;
  // A known vendor or company named a little further back is a likelier antecedent than a capitalised run
  // taken for a name within reach ("exploited flaws in Velmora Gateway and Orsat Portal servers. The company warned ...").
  // That further reach stays in the noun's paragraph and the one before: a vendor named in passing two paragraphs
  // back ("... worked with Velmora on the clean-up.", a new paragraph, then "The company confirmed the attack")
  // belongs to a topic a paragraph break has closed.
  let far = Math.max(0, si - KNOWN_COMPANY_REACH + 1);
  while (far < near && sentences[far]!.paragraph < sentences[si]!.paragraph - 1) far++;
  const farFrom = sentences[far]!.start;
  let company: Party | undefined;
  let farCompany: Party | undefined;
  let other: Party | undefined;
  // "L'éditeur finlandais Velmora ... (Microsoft Word) ... L'éditeur estime": of the organisations within reach, the one the
  // text introduced with the reference's own noun is meant, whichever was named last.
  const noun = opts.text ? refNoun(lex, opts.text.slice(p.start, p.end)) : undefined;
  const introduced = noun ? introducedWithNoun(lex, opts.text!, known, p, noun) : undefined;
  let sameNoun: Party | undefined;
  let prevOrg: Party | undefined;
  let revived: Party | undefined;
  let revivedAt = -1;
  for (const q of known) {
    if (q.end > p.start) break;
    // "Velmora, a subsidiary of the British Orsat Group, published ...": the parent named in an apposition only
    // qualifies the organisation before it, which is the one the text goes on about.
    const parent = !!opts.text && !!prevOrg && q.kind === 'organization' && parentInApposition(lex, opts.text.slice(prevOrg.end, q.start));
    if (q.kind === 'organization') prevOrg = q;
    if (parent) continue;
    if (q.kind !== 'organization' || (q.country && !opts.stateBodies) || !plausibleParty(lex, q)) continue;
    // "The company said ..." never points back to a threat group ("the group" would): skip the groups named (`groups`).
    if (opts.groups?.some((g) => g.start < q.end && q.start < g.end)) continue;
    if (q.start < from && !opts.stateBodies && opts.text) {
      // "Velmora Resorts ... Velmora itself ... the company": named again within reach by a word of its name.
      const at = shortMentionAt(lex, opts.text, known, q, from, p.start);
      if (at !== undefined && at > revivedAt) [revived, revivedAt] = [q, at];
    }
    if (q.start < farFrom) continue;
    const isKnown = q.victim || SOURCE_NAMES.has(q.value!) || q.country;
    if (q.start < from) {
      if (isKnown && SOURCE_NAMES.has(q.value!)) farCompany = q;
      continue;
    }
    if (introduced?.has(q.value!)) sameNoun = q;
    if (isKnown) company = q;
    else other = q;
  }
  if (opts.stateBodies) return company;
  const chosen = sameNoun ?? company ?? farCompany ?? other;
  // The organisation named again last is meant over one named in full before its short mention.
  if (revived && !sameNoun && !(chosen && chosen.start > revivedAt)) return revived;
  return chosen;
}

/** Is `gap` (between two organisations) a comma and the profile's words naming the second as the first's parent ("X, a subsidiary of Y")? */
function parentInApposition(lex: CompiledLexicon, gap: string): boolean {
  const m = /^\s*[,，]\s*/u.exec(gap);
  return !!m && whole(lex.parentAfter, gap.slice(m[0].length).trimEnd());
}
