/**
 * A short form defined in brackets right after a name names that party in the rest of the text:
 * "the Velmar Network Agency (VNA) ... the VNA said", "维尔玛网络安全局（维网局）……维网局指出",
 * "Cục An ninh Velmar (Cục ANV) ... Cục ANV cho biết", "Центр связей Велмар (ЦСВ) ... В ЦСВ заявили".
 * Every mention of the short form, before or after the bracket, is that party with its state; where the
 * knowledge base reads the same short form as another body of the same name (a Swiss NCSC read as the
 * British one), the text's own definition wins. A short form that is a state, a group or a person, a
 * year or a translation (several words, no capitals run) defines nothing.
 */
import type { PartyMention } from './people.ts';
import type { Span } from './types.ts';
import { execAfter, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { stateInCompanyName } from './organ-state.ts';
import { tokenIndex } from './tokens.ts';
import { literalFrom, NO_WORD_AFTER, NO_WORD_BEFORE } from './literal-search.ts';
import { nationalBodyState } from './claims/national-body.ts';
import { glossedAcronym } from './claims/glossed-acronym.ts';

/** A bracket with a short content on one line: a short form, or a glossing name and its acronym (claims/glossed-acronym.ts). */
const BRACKET = /[(（]([^()（）\n]{1,60})[)）]/gu;
/** A Han short form: two to eight Han characters. */
const HAN_SHORT = /^\p{Script=Han}{2,8}$/u;
/** A Latin or Cyrillic acronym: at least two capitals ("NCSC", "ЦОС", "MyCERT", "NCSC-UK"). */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&\-]{1,11}$/u;
/** One capitalised word ("Anssi"): a short form only where its letters are the name's initials. */
const CAPITALISED = /^\p{Lu}\p{Ll}{2,9}$/u;
/** Quotes around a short form ("（简称“维网局”）"). */
const QUOTES = /^[“"「『‘'«]|[”"」』’'»]$/gu;

interface Alias {
  value: string;
  country?: string;
  victim?: boolean;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The short form a bracket's content defines (after the profile's "hereafter" words and quotes), or null; `name` spans
 * the name in another language the bracket glosses before it ("(National Intelligence Service, NIS)": claims/glossed-acronym.ts).
 */
function shortForm(lex: CompiledLexicon | null, content: string): { form: string; offset: number; name?: Span } | null {
  const gloss = glossedAcronym(content);
  if (gloss) return gloss;
  const hit = lex?.shortFormLead ? execFrom(lex.shortFormLead, content) : null;
  const lead = hit && hit.index === 0 ? hit : null;
  const offset = lead ? lead[0].length : 0;
  let form = content.slice(offset).replace(/^[\s:：,，—–-]+/u, '').trim().replace(QUOTES, '');
  // "(en adelante, el CNCS)", "(ci-après l'ANV)": after such a word, the profile's article before the short form is none of it.
  const first = lead ? /^(?:\p{Ll}{1,3}['’](?=\p{Lu})|\p{Ll}+\s+)/u.exec(form)?.[0] : undefined;
  const article = first && lex?.articles ? execFrom(lex.articles, first.trim()) : null;
  if (first && article && article.index === 0 && article[0].length === first.trim().length) form = form.slice(first.length);
  if (!form) return null;
  if (HAN_SHORT.test(form)) return { form, offset };
  const words = form.split(/\s+/u);
  if (words.length > 2) return null;
  // "Cục ATTT", "PT ESC": a capitalised word before an acronym.
  if (words.length === 2 && /^\p{Lu}/u.test(words[0]!) && ACRONYM.test(words[1]!)) return { form, offset };
  if (words.length === 1 && (ACRONYM.test(form) || CAPITALISED.test(form))) return { form, offset };
  return null;
}

/** Are the letters of `form` the initials of words of `name`, in order ("Anrv" of "Agence nationale des réseaux de Velmar")? */
function initialsOf(form: string, name: string): boolean {
  const initials = name.split(/[\s'’\-]+/u).filter(Boolean).map((w) => w[0]!.toLowerCase()).join('');
  let i = 0;
  for (const c of form.toLowerCase()) {
    i = initials.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return initials.startsWith(form[0]!.toLowerCase());
}

/** Lower-case words (particles) that may join a name's head to the rest of it ("Fundación para la ..."), at most. */
const HEAD_PARTICLES = 3;
const HEAD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu})[\p{L}\-]*(?:\s+\p{Ll}+){1,${HEAD_PARTICLES}}\s+$`, 'u');

/**
 * Is the name `p` before a bracket the tail of a longer name: a capitalised head joined to it by lower-case particles
 * only, the short form `form` opening with the head's initial and not with the tail's?
 */
function cutFromHead(body: string, lex: CompiledLexicon | null, p: { start: number; value?: string }, form: string): boolean {
  if (!lex) return false;
  const m = HEAD_BEFORE.exec(body.slice(tokenIndex(body, lex.lang).before(p.start, HEAD_PARTICLES + 2), p.start));
  const first = form[0]!.toLowerCase();
  return !!m && m[1]!.toLowerCase() === first && body.charAt(p.start).toLowerCase() !== first;
}

/** Words a state may stand before the bracket inside the name it qualifies ("suisse [pour la cybersécurité]", "捷克[安全情报局]"). */
const STATE_IN_NAME = 4;
/** Words an organ noun may stand before the state that qualifies it ("Centre national [suisse]", "Servicio de Información de Seguridad [checo]"). */
const ORGAN_BEFORE_STATE = 4;
/** What breaks a name: punctuation, quotes, brackets, a line end. */
const NAME_BREAK = /[,;:.!?"“”«»()（），。；：、！？\n]/u;

/**
 * The state inside the name written out before a bracket, when no name was found there: "捷克安全情报局（BIS）" (the state
 * opens a run that ends with an organ noun of the profile: `organNameEnds`), "le Centre national suisse pour la
 * cybersécurité (NCSC)", "el Servicio ... checo de Seguridad (BIS)" (an organ noun a few words before the state, nothing
 * breaking the phrase up to the bracket). Two states in that phrase give none ("Centre franco-allemand ...").
 */
function stateInName(body: string, lex: CompiledLexicon | null, countries: PartyMention[], open: number): PartyMention | undefined {
  if (!lex) return undefined;
  const ix = tokenIndex(body, lex.lang);
  const near = countries.filter((x) => x.kind === 'country' && x.end <= open && ix.count(x.end, open) <= STATE_IN_NAME && !NAME_BREAK.test(body.slice(x.end, open)));
  const c = near[near.length - 1];
  if (!c || near.some((x) => x.value !== c.value)) return undefined;
  const gap = body.slice(c.end, open);
  if (lex.organNameEnds && /^\p{Script=Han}+$/u.test(gap)) {
    for (let h = execFrom(lex.organNameEnds, gap); h; h = execAfter(lex.organNameEnds, gap, h)) if (h.index > 0 && h.index + h[0].length === gap.length) return c;
    return undefined;
  }
  if (!lex.organNouns) return undefined;
  const from = ix.before(c.start, ORGAN_BEFORE_STATE);
  const before = body.slice(from, c.start);
  let organ = -1;
  for (let h = execFrom(lex.organNouns, before); h; h = execAfter(lex.organNouns, before, h)) organ = from + h.index;
  if (organ < 0 || NAME_BREAK.test(body.slice(organ, c.start))) return undefined;
  // A state of its own in the phrase before ("le centre allemand ... suisse") makes it no single state's.
  return countries.some((x) => x !== c && x.start >= organ && x.end <= open) ? undefined : c;
}

/**
 * Reads the text's bracket definitions and applies them: mentions of a defined short form in `known` (the
 * knowledge base's) and `found` (the organisation finder's) take the defined party's name and state, and
 * mentions nothing found yet are returned as new organisation mentions. `blocked` holds the spans of states,
 * groups and people (no short form of theirs names a body). `bodyEnd` ends the text read; `home` gives the article's
 * home state, for a national body's name that holds none (claims/national-body.ts).
 */
export function bracketAliases(text: string, lex: CompiledLexicon | null, known: PartyMention[], found: PartyMention[], countries: PartyMention[], blocked: Span[], bodyEnd: number, home?: () => string | undefined): PartyMention[] {
  const orgs = [...known, ...found].filter((o) => o.kind === 'organization');
  const isKnown = new Set(known);
  const aliases = new Map<string, Alias>();
  const body = text.slice(0, bodyEnd);
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(body); m; m = BRACKET.exec(body)) {
    const sf = shortForm(lex, m[1]!);
    if (!sf || aliases.has(sf.form)) continue;
    const xs = m.index + 1 + m[1]!.indexOf(sf.form, sf.offset);
    const span = { start: xs, end: xs + sf.form.length };
    if (blocked.some((b) => overlaps(b, span))) continue;
    // The name right before the bracket, nothing but spaces between.
    let p = orgs.filter((o) => o.end <= m!.index && /^[ \t]*$/u.test(body.slice(o.end, m!.index))).sort((a, b) => b.end - a.end)[0];
    // "(National Intelligence Service, NIS)": the glossing name inside the bracket, where a state owns it, names the short form.
    if (sf.name) {
      const [ns, ne] = [m.index + 1 + sf.name.start, m.index + 1 + sf.name.end];
      const inner = orgs.find((o) => o.start >= ns && o.end <= ne && o.country && !o.victim);
      if (inner) p = inner;
    }
    const b = orgs.find((o) => o.start <= span.start && span.end <= o.end);
    let alias: Alias | null = null;
    if (p && p !== b) {
      if (CAPITALISED.test(sf.form) && !initialsOf(sf.form, body.slice(p.start, p.end))) continue;
      if (b && isKnown.has(b)) {
        // Two readings of the knowledge base: the same body, its state as the text's name gives it; two bodies: no reading wins.
        if (b.value === p.value) alias = { value: b.value, ...(p.country ?? b.country ? { country: p.country ?? b.country } : {}) };
        else if (!isKnown.has(p) && p.country && p.country !== b.country) alias = { value: b.value, country: p.country };
      } else {
        // "the Velmar Office (VO) of Estonia": a state the bracket's own mention took owns the name before it too.
        // "la Caja Hondureña de Seguridad Social (CAHSS)": a name of a national body's kind no state owns yet is the body of
        // the state in its name, else of the article's home state (claims/national-body.ts).
        const country = p.country ?? b?.country ?? (home && !isKnown.has(p) ? nationalBodyState(body, lex, countries, m.index, home) : undefined);
        if (country && !p.country && !isKnown.has(p)) p.country = country;
        // "la Fundación para la Defensa Digital (FDD)": the name found before the bracket is the tail of a longer one
        // whose head the short form's first letter names; the short form, not the tail, is the body's name.
        const value = ACRONYM.test(sf.form) && cutFromHead(body, lex, p, sf.form) ? sf.form : p.value;
        if (!isKnown.has(p)) p.value = value;
        alias = { value, ...(country ? { country } : {}), ...(p.victim ? { victim: true } : {}) };
      }
    } else if (!p) {
      // "Trung tâm An ninh mạng Velmar Thụy Sĩ (NCSC)", "Centro … de Suiza (en adelante, el CNCS)": a state right before the
      // bracket owns the body of that short form.
      // A state that is a word of a company's own name ("Petróleos Velmeños (Pevel)") owns nothing (organ-state.ts).
      const c = countries.find((x) => x.kind === 'country' && x.end <= m!.index && /^[ \t]*$/u.test(body.slice(x.end, m!.index))) ?? stateInName(body, lex, countries, m.index);
      if (c && !stateInCompanyName(text, lex, c, m.index)) alias = { value: b?.value ?? sf.form, country: c.value };
      // "the Commission on Elections (Velcom)", "el Instituto de Seguridad Social (ISSV)": a national body's kind
      // names a state's body, of the state in its name, else of the article's home state (claims/national-body.ts).
      else if (home && !(b && isKnown.has(b))) {
        const state = nationalBodyState(body, lex, countries, m.index, home);
        if (state) alias = { value: b?.value ?? sf.form, country: state };
      }
    }
    if (!alias) continue;
    aliases.set(sf.form, alias);
  }
  if (!aliases.size) return [];
  const added: PartyMention[] = [];
  for (const o of orgs) {
    const a = aliases.get(text.slice(o.start, o.end));
    if (!a) continue;
    o.value = a.value;
    if (a.country) o.country = a.country;
    else delete o.country;
    if (a.victim) o.victim = true;
  }
  for (const [form, a] of aliases) {
    const han = HAN_SHORT.test(form);
    const [before, tail] = han ? [] : [NO_WORD_BEFORE, NO_WORD_AFTER];
    for (let m = literalFrom(body, form, 0, before, tail); m; m = literalFrom(body, form, m.end, before, tail)) {
      const span = { start: m.start, end: m.start + form.length };
      if ([...orgs, ...added, ...blocked].some((x) => overlaps(x, span)) || countries.some((x) => overlaps(x, span))) continue;
      added.push({ ...span, kind: 'organization', value: a.value, ...(a.country ? { country: a.country } : {}), ...(a.victim ? { victim: true } : {}) });
    }
  }
  return added;
}
