/**
 * Which linked countries and sectors an article is about, as analysts code them: a country that
 * takes part (claims, accuses, is accused, is named in the title, or recurs), not one named in
 * passing; a sector that is targeted (named where a hostile act is told), not one that only
 * describes a speaker ("financial intelligence" in a title), a source ("according to media") or
 * sits inside an organisation's proper name ("Lumen Technologies").
 */
import { execAfter, execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { tokenIndex } from './tokens.ts';
import { sectorTargetsFor } from './lexicons/entity/sector-targets.ts';
import { sectorHypotheticalFor } from './lexicons/entity/sector-hypothetical.ts';
import { sectorGuisesFor } from './lexicons/entity/sector-guises.ts';
import { sectorSponsorFillersFor, sectorSponsorsFor } from './lexicons/entity/sector-sponsors.ts';
import { sectorInfrastructureMeansFor, sectorStateInfrastructureFor } from './lexicons/entity/sector-state-infrastructure.ts';
import { sectorPassiveVictimsFor } from './lexicons/entity/sector-passive-victims.ts';
import { stateBlocsFor } from './lexicons/entity/state-blocs.ts';
import { sectorGenericFor } from './lexicons/entity/sector-generic.ts';
import { sectorVendorUnitsFor } from './lexicons/entity/sector-vendor-units.ts';
import { sectorStatementAuthorsFor } from './lexicons/entity/sector-statement-authors.ts';
import { BODY_OWN_SECTORS, sectorVictimBodiesFor } from './lexicons/entity/sector-victim-bodies.ts';
import { sectorEntityId } from '../knowledge/index.ts';
import type { Sentence } from './segment.ts';
import type { SectorVia } from './entities.ts';
import type { ClaimCandidate, CountryHit, SectorHit, Span } from './types.ts';

/** The sector slugs of the extraction contract (../shared/eval/README.md). */
export const SECTOR_SLUGS = new Set([
  'telecommunications', 'government', 'finance', 'transportation', 'energy', 'defense', 'healthcare', 'technology',
  'education', 'media', 'water', 'manufacturing', 'elections', 'critical-infrastructure',
]);

export function salientCountries(countries: CountryHit[], claims: ClaimCandidate[], title: Span | null): CountryHit[] {
  const parties = new Set<string>();
  for (const c of claims) {
    parties.add(c.claimant);
    if (c.target) parties.add(c.target);
  }
  const inTitle = (m: Span) => !!title && m.start >= title.start && m.end <= title.end;
  return countries.filter((c) => c.mentions.length >= 2 || parties.has(c.code) || c.mentions.some(inTitle));
}

export interface SectorContext {
  text: string;
  lang: string;
  sentences: Sentence[];
  lex: CompiledLexicon | null;
  /** Role phrases of people: sectors there describe a post, not a target. */
  roleSpans: Span[];
  /** Country mentions (any form, demonyms included). */
  countries: Span[];
  /** How a sector mention (by start) names its sector when not by a sector word (see linkEntities). */
  sectorVia?: Map<number, SectorVia>;
}

/** Sectors that, next to a state's name, are that state acting ("the Chinese government", "Russian military"). */
const STATE_SECTORS = new Set(['government', 'defense']);
/** Sectors that are the audience or forum of a statement after an audience preposition ("before Congress", "devant la presse"). */
const AUDIENCE_SECTORS = new Set(['media', 'government']);
/** Languages whose modifiers follow the noun ("chính phủ Mỹ", "gouvernement chinois"). */
const HEAD_FIRST = new Set(['vi', 'fr', 'es', 'it', 'pt']);

export function targetedSectors(linked: SectorHit[], ctx: SectorContext): SectorHit[] {
  const out: SectorHit[] = [];
  const sectors = withStateInfrastructure(ctx, linked);
  const hostile = ctx.lex?.hostile;
  const threat = ctx.lex?.threat;
  const targets = sectorTargetsFor(ctx.lang);
  // A transitive hostile verb ("hackte", "взломала") tells the act even where the hostile words do not.
  const verbs = ctx.lex?.hostileVerbs;
  const hostileSentences = hostile ? ctx.sentences.filter((s) => [hostile, threat, targets, verbs].some((re) => !!re && test(re, s.text))) : ctx.sentences;
  for (const sector of sectors) {
    if (!SECTOR_SLUGS.has(sector.name)) continue;
    const kept = sector.mentions.filter((m) => {
      const via = ctx.sectorVia?.get(m.start);
      const company = via === 'company';
      const sentence = hostileSentences.find((s) => m.start >= s.start && m.end <= s.end);
      if (!sentence) return false;
      if (ctx.lang === 'zh' && !hostileNearbyClause(ctx, sentence, m)) return false;
      if (ctx.roleSpans.some((r) => m.start >= r.start && m.end <= r.end)) return false;
      // A name that carries its sector's word names the sector where it is the act's object
      // ("ciberataque contra los Ferrocarriles Rusos", "an attack on Velmora General Hospital").
      if (!company && insideProperName(ctx, m) && !objectOfAct(ctx, m)) return false;
      if (via === 'member' && !victimPosition(ctx, sentence, m)) return false;
      if (via === 'adjective' && !beforeSectorHead(ctx, m)) return false;
      if (accusedObject(ctx, m)) return false;
      if (afterSourceCue(ctx, m)) return false;
      if (invertedSpeaker(ctx, sentence, m)) return false;
      if ((sector.name === 'media' || company) && asSource(ctx, m)) return false;
      if (company && vendorUnit(ctx, m)) return false;
      // "Comunicado del Gobierno de ...", "statement by the ministry": the statement's author.
      if (cueBefore(ctx, sectorStatementAuthorsFor(ctx.lang), m, 0)) return false;
      if (AUDIENCE_SECTORS.has(sector.name) && cueBefore(ctx, ctx.lex?.audienceBefore, m, 2)) return false;
      if (STATE_SECTORS.has(sector.name) && (stateActing(ctx, m, sectors) || statesAsPair(ctx, m))) return false;
      if (hypothetical(ctx, sentence, m)) return false;
      if (cueBefore(ctx, sectorGuisesFor(ctx.lang), m, GUISE_WORDS)) return false;
      if (sponsorOfActor(ctx, m)) return false;
      if (insideGenericPhrase(ctx, m)) return false;
      return true;
    });
    if (kept.length) out.push({ ...sector, mentions: kept });
  }
  const bodies = victimBodies(ctx, sectors, hostileSentences);
  // The sector words inside those bodies' names are the bodies' modifiers, not sectors hit ("the
  // finance ministry" is government, not finance), except where the body is that sector's own
  // infrastructure (an electoral commission is elections as well as government).
  for (const hit of out) {
    if (BODY_OWN_SECTORS.has(hit.name)) continue;
    hit.mentions = hit.mentions.filter((o) => !bodies.some(([, m]) => modifierOf(ctx, o, m)));
  }
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.mentions.length === 0) out.splice(i, 1);
  for (const [slug, m] of bodies) {
    let hit = out.find((s) => s.name === slug);
    if (!hit) out.push((hit = { name: slug, id: sectorEntityId(slug), mentions: [] }));
    hit.mentions.push(m);
  }
  return out;
}

/**
 * "US infrastructure", "amerikanische Infrastruktur", "la infraestructura de Estados Unidos",
 * "инфраструктуру США", "美国基础设施": bare infrastructure right next to a state's name is that
 * state's critical infrastructure (sector-state-infrastructure.ts). These mentions join the linked
 * ones and go through the same tests (a hostile sentence, not a source, not hypothetical, ...). A
 * word inside a longer sector term ("critical infrastructure", "infraestructura electoral") is that term's;
 * infrastructure after a word of the attackers' means ("used Chinese infrastructure") is theirs.
 */
/** Words between a word of the attackers' means and their infrastructure ("used the Chinese infrastructure"). */
const MEANS_WORDS = 2;

function withStateInfrastructure(ctx: SectorContext, sectors: SectorHit[]): SectorHit[] {
  const cues = sectorStateInfrastructureFor(ctx.lang);
  if (!cues) return sectors;
  const found: Span[] = [];
  for (let x = execFrom(cues.word, ctx.text); x; x = execAfter(cues.word, ctx.text, x)) {
    const w: Span = { start: x.index, end: x.index + x[0].length };
    if (sectors.some((s) => s.mentions.some((o) => o.start < w.end && w.start < o.end))) continue;
    const named = ctx.countries.some((c) =>
      (!!cues.before && c.end <= w.start && w.start - c.end <= 4 && cues.before.test(ctx.text.slice(c.end, w.start))) ||
      (!!cues.after && c.start >= w.end && c.start - w.end <= 12 && cues.after.test(ctx.text.slice(w.end, c.start))));
    if (named && !cueBefore(ctx, sectorInfrastructureMeansFor(ctx.lang), w, MEANS_WORDS)) found.push(w);
  }
  if (!found.length) return sectors;
  const slug = 'critical-infrastructure';
  const hit = sectors.find((s) => s.name === slug);
  const rest = sectors.filter((s) => s !== hit);
  const mentions = [...(hit?.mentions ?? []), ...found].sort((a, b) => a.start - b.start);
  return [...rest, { ...(hit ?? { name: slug, id: sectorEntityId(slug) }), mentions }];
}

/**
 * Whether sector mention `o` is a modifier of body `m`: a shorter span inside it ("finance" in "the
 * finance ministry"), or a compound's stem whose word is the body ("Finanzministerium"). A sector
 * term as long as the body is the knowledge's own name for the sector ("defence ministry").
 */
function modifierOf(ctx: SectorContext, o: Span, m: Span): boolean {
  if (o.start < m.start || o.end > m.end) return false;
  return o.end - o.start < m.end - m.start || ctx.sectorVia?.get(o.start) === 'compound';
}

/**
 * "the compromise of the electoral commission", "Angriffe auf das Außenministerium", "对捷克外交部
 * ... 实施了恶意网络活动": a state body (sector-victim-bodies.ts) names its sector without a sector
 * word, but only as the victim: after the hostile act in its sentence (or between 对 and the act)
 * and not the subject of a later speech or stance verb ("the ministry said").
 */
function victimBodies(ctx: SectorContext, sectors: SectorHit[], hostileSentences: Sentence[]): [string, Span][] {
  const found: [string, Span][] = [];
  const bodies = sectorVictimBodiesFor(ctx.lang);
  if (!bodies.length || !ctx.lex?.hostile) return found;
  for (const [slug, re] of bodies) {
    for (let x = execFrom(re, ctx.text); x; x = execAfter(re, ctx.text, x)) {
      const m: Span = { start: x.index, end: x.index + x[0].length };
      // A body inside a longer sector term is that term's. A sector word inside the body's name ("the
      // finance ministry", "Bộ Tài chính") leaves the body standing (see modifierOf for which words
      // it takes from the sectors); so does a sector term that is the body's own name ("defence
      // ministry" is the knowledge's defense term, and the body is government as well).
      if (sectors.some((s) => s.mentions.some((o) => o.start < m.end && m.start < o.end && (o.start < m.start || o.end > m.end)))) continue;
      const sentence = hostileSentences.find((s) => m.start >= s.start && m.end <= s.end);
      if (!sentence) continue;
      if (ctx.lang === 'zh' && !hostileNearbyClause(ctx, sentence, m)) continue;
      if (ctx.roleSpans.some((r) => m.start < r.end && r.start < m.end)) continue;
      // "erklärte das Außenministerium", "a déclaré le ministère": the speaker after its verb.
      if (cueBefore(ctx, ctx.lex?.say, m, 2)) continue;
      if (!victimPosition(ctx, sentence, m) || accusedObject(ctx, m) || afterSourceCue(ctx, m) || hypothetical(ctx, sentence, m)) continue;
      if (sponsorOfActor(ctx, m)) continue;
      found.push([slug, m]);
    }
  }
  return found;
}

/**
 * "the U.S. government", "chính phủ Mỹ", "renseignement militaire de Moscou": the state itself, not a
 * targeted sector, unless listed with other sectors ("telecoms firms and government agencies").
 */
function stateActing(ctx: SectorContext, m: Span, sectors: SectorHit[]): boolean {
  const headFirst = HEAD_FIRST.has(ctx.lang);
  const adjacent = ctx.countries.some((c) => {
    const gap = headFirst ? ctx.text.slice(m.end, c.start) : ctx.text.slice(c.end, m.start);
    if (headFirst ? c.start < m.end : c.end > m.start) return false;
    // "U.S. government": the abbreviation's dot is not a break.
    const g = headFirst ? gap : gap.replace(/^\./u, '');
    return g.length <= 12 && /^[\s'’]*(?:s\s+|de\s+|du\s+|d['’]\s*|\p{L}{1,10}\s+)?$/u.test(g) && !/[,.;:]/u.test(g);
  });
  if (!adjacent && !nextToBloc(ctx, m)) return false;
  if (objectOfAct(ctx, m)) return false;
  // A sector's people or a bare adjective ("the Russian government, specifically the Russian
  // military") is no item of a list of sectors.
  const listed = sectors.some((s) => s.mentions.some((o) => o !== m && o.start !== m.start && !LIST_LESS_VIA.has(ctx.sectorVia?.get(o.start) ?? '') && listedWith(ctx, o, m)));
  return !listed;
}

/**
 * "Western governments", "gouvernements occidentaux", "западные правительства", "西方政府": a word
 * for a group of states (state-blocs.ts) right next to the mention, before it or, where the
 * adjective follows its noun, after it, is those states acting, as a state's name is.
 */
function nextToBloc(ctx: SectorContext, m: Span): boolean {
  const re = stateBlocsFor(ctx.lang);
  if (!re) return false;
  if (HEAD_FIRST.has(ctx.lang)) {
    const after = ctx.text.slice(m.end, m.end + 24);
    const x = execFrom(re, after);
    return !!x && /^[\s]*$/u.test(after.slice(0, x.index));
  }
  const before = ctx.text.slice(Math.max(0, m.start - 24), m.start);
  for (let x = execFrom(re, before); x; x = execAfter(re, before, x)) {
    if (/^[\s]*$/u.test(before.slice(x.index + x[0].length))) return true;
  }
  return false;
}

/** Words a sponsor's noun phrase may hold before the sector word ("controlled by the General Staff of the Armed Forces"). */
const SPONSOR_WORDS = 6;

/**
 * "hackers tied to the Defence Ministry of Russia", "pirates rattachés au ministère russe de la
 * Défense", "piratas vinculados a las fuerzas armadas", "хакеры, связанные с Министерством обороны":
 * a sector a few words after a sponsor link (sector-sponsors.ts) is the side behind the act. A
 * hostile act or threat between ends the sponsor's phrase ("linked to Beijing breached ministries").
 */
function sponsorOfActor(ctx: SectorContext, m: Span): boolean {
  const re = sectorSponsorsFor(ctx.lang);
  if (!re) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = ix.before(m.start, SPONSOR_WORDS + CUE_WORDS);
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(re, before); x; x = execAfter(re, before, x)) {
    const gap = before.slice(x.index + x[0].length);
    if (CLAUSE_BREAK.test(gap)) continue;
    if ([ctx.lex?.hostile, ctx.lex?.hostileVerbs, ctx.lex?.threat].some((c) => c && test(c, gap))) continue;
    if (ix.count(from + x.index + x[0].length, m.start) > SPONSOR_WORDS) continue;
    if (nounPhraseRest(ctx, gap, m.start - gap.length)) return true;
  }
  return false;
}

/**
 * Whether the words between a sector word and a cue (a sponsor link before it, a passive after it) can
 * all belong to the same noun phrase:
 * names (capitalised), states (a country mention, demonyms included), a state body's word and the
 * language's filler words.
 */
function nounPhraseRest(ctx: SectorContext, gap: string, at: number): boolean {
  const fillers = sectorSponsorFillersFor(ctx.lang);
  // A state body's own word ("au ministère russe de la Défense") is part of the sponsor's name.
  const bodies: Span[] = [];
  for (const [, re] of sectorVictimBodiesFor(ctx.lang)) {
    for (let x = execFrom(re, gap); x; x = execAfter(re, gap, x)) bodies.push({ start: x.index, end: x.index + x[0].length });
  }
  for (const w of gap.matchAll(/[^\s’']+[’']?/gu)) {
    const start = at + w.index!;
    if (/^\p{Lu}/u.test(w[0]) || fillers?.test(w[0])) continue;
    if (bodies.some((b) => w.index! >= b.start && w.index! < b.end)) continue;
    if (ctx.countries.some((c) => start >= c.start && start < c.end)) continue;
    return false;
  }
  return true;
}

/** Words a disguise's noun phrase may hold before the sector word ("posing as reporters of news outlets"). */
const GUISE_WORDS = 3;

/** Sector mentions that cannot be an item of a list of sectors (see stateActing). */
const LIST_LESS_VIA = new Set(['member', 'adjective']);

/** Words at most between two items of a list, besides the joiner ("telecoms firms and government agencies"). */
const LIST_GAP_WORDS = 3;

/**
 * Whether two sector mentions are items of one list: a comma or a coordinator between them and at
 * most a few words ("telecoms firms and government agencies", "les télécoms, les administrations"),
 * not two mentions of one sentence that a verb separates ("hackers linked to the Chinese government
 * and prepositioned in US critical infrastructure").
 */
function listedWith(ctx: SectorContext, o: Span, m: Span): boolean {
  const [a, b] = o.start < m.start ? [o, m] : [m, o];
  if (b.start < a.end) return false;
  const gap = ctx.text.slice(a.end, b.start);
  if (/[.;:!?。；]/u.test(gap)) return false;
  // "the Dutch government assesses that the Russian government": a speech or stance verb between is a clause, not a list.
  if ([ctx.lex?.say, ctx.lex?.accuse].some((re) => re && test(re, gap))) return false;
  const joined = /[,，、]/u.test(gap) || test(ctx.lex?.coordinators ?? /(?!)/u, gap);
  return joined && tokenIndex(ctx.text, ctx.lang).count(a.end, b.start) <= LIST_GAP_WORDS + 1;
}

/** Words a victim's noun phrase may hold before its sector noun ("at least six U.S.", "several Estonian"). */
const OBJECT_WORDS = 4;

/**
 * "hacking Estonian government agencies", "cyberattacks on several Estonian ministries",
 * "ciberataques contra el Gobierno de Ucrania", "атаки на правительство Молдовы": the state's
 * government is the object of the hostile act, a victim, not the state acting. The act (a hostile
 * cue, with or without a victim marker after it) ends a few words before the mention, with no
 * clause break, agent marker or link to a sponsor between ("hackers linked to the Chinese
 * government", "attacks by the Russian government").
 */
function objectOfAct(ctx: SectorContext, m: Span): boolean {
  const hostile = ctx.lex?.hostile;
  if (!hostile) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = ix.before(m.start, OBJECT_WORDS + 3);
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(hostile, before); x; x = execAfter(hostile, before, x)) {
    let gap = before.slice(x.index + x[0].length);
    if (CLAUSE_BREAK.test(gap)) continue;
    if ([ctx.lex?.agentMarkers, ctx.lex?.linkedTo, ctx.lex?.doneBy, ctx.lex?.actorNouns].some((re) => re && test(re, gap))) continue;
    // The marker right after the act: bare "ataques del Gobierno ruso", "атаки российского правительства" are its agent's.
    const victim = ctx.lex?.victim;
    if (!victim) return false;
    const v = execFrom(victim, gap);
    if (!v || ix.count(m.start - gap.length, m.start - gap.length + v.index) > 0) continue;
    gap = gap.slice(v.index + v[0].length);
    if (ctx.lex?.possessive && test(ctx.lex.possessive, gap)) continue;
    if (ix.count(m.start - gap.length, m.start) <= OBJECT_WORDS) return true;
  }
  if (directObject(ctx, m)) return true;
  return VICTIM_BEFORE_ACT.has(ctx.lang) && victimBeforeAct(ctx, m);
}

/**
 * "the hackers breached the Latvian government", "ont piraté le gouvernement letton", "взломали
 * правительство Латвии", "Hacker attackierten Velmora General Hospital": the direct object of a
 * transitive hostile verb (the profile's hostileVerbs) is the act's victim with no marker between.
 * A few words at most and no break, quote, agent marker or sponsor link between the verb and the
 * mention: "attacked by the Latvian government", "hacked on behalf of the Latvian government" are
 * the act's agent and sponsor.
 */
function directObject(ctx: SectorContext, m: Span): boolean {
  const verbs = ctx.lex?.hostileVerbs;
  if (!verbs) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = ix.before(m.start, OBJECT_WORDS + 1);
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(verbs, before); x; x = execAfter(verbs, before, x)) {
    const gap = before.slice(x.index + x[0].length);
    if (CLAUSE_BREAK.test(gap) || OBJECT_BREAK.test(gap)) continue;
    if ([ctx.lex?.agentMarkers, ctx.lex?.linkedTo, ctx.lex?.doneBy, ctx.lex?.actorNouns].some((re) => re && test(re, gap))) continue;
    if (ix.count(m.start - gap.length, m.start) <= OBJECT_WORDS) return true;
  }
  return false;
}

/** Brackets and quotes: a verb before one of them has no direct object after it. */
const OBJECT_BREAK = /[()\[\]"«»“”„（）「」]/u;

/** Languages whose victim marker opens a phrase that the act follows ("对英国议员实施了网络攻击"). */
const VICTIM_BEFORE_ACT = new Set(['zh']);

/**
 * "对英国议员实施了网络攻击", "针对美国政府机构发动攻击": a victim marker a few words before the
 * mention and the hostile act after it in the same clause make the mention the act's object.
 */
function victimBeforeAct(ctx: SectorContext, m: Span): boolean {
  const victim = ctx.lex?.victim;
  const hostile = ctx.lex?.hostile;
  if (!victim || !hostile) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = ix.before(m.start, OBJECT_WORDS + 1);
  const before = ctx.text.slice(from, m.start);
  let marked = false;
  for (let v = execFrom(victim, before); v; v = execAfter(victim, before, v)) {
    const gap = before.slice(v.index + v[0].length);
    if (!CLAUSE_BREAK.test(gap) && ix.count(m.start - gap.length, m.start) <= OBJECT_WORDS) marked = true;
  }
  if (!marked) return false;
  const rest = ctx.text.slice(m.end, ix.after(m.end, 12));
  const clause = rest.slice(0, rest.search(CLAUSE_BREAK) < 0 ? rest.length : rest.search(CLAUSE_BREAK));
  return test(hostile, clause);
}

/**
 * "a disruption could hit banks and power supply", "могло бы нарушить работу банков и операторов связи":
 * a sector named after a word of what could happen, in the same sentence, is not one that was hit.
 */
function hypothetical(ctx: SectorContext, sentence: Sentence, m: Span): boolean {
  const re = sectorHypotheticalFor(ctx.lang);
  if (!re) return false;
  return test(re, ctx.text.slice(sentence.start, m.start));
}

/**
 * Chinese chains many clauses into one sentence with commas (一逗到底), so a hostile word anywhere
 * in it says little: the sector's own clause or the one next to it must tell the hostile act, a
 * threat or effect ("停电或系“网络破坏”"), or a target, as the sentence test reads them.
 */
function hostileNearbyClause(ctx: SectorContext, sentence: Sentence, m: Span): boolean {
  const cues = [ctx.lex?.hostile, ctx.lex?.threat, sectorTargetsFor(ctx.lang)].filter((re): re is RegExp => !!re);
  if (!ctx.lex?.hostile) return true;
  const clauses: Span[] = [];
  let from = sentence.start;
  for (const x of sentence.text.matchAll(/[，,；;：:]/gu)) {
    const end = sentence.start + x.index! + 1;
    clauses.push({ start: from, end });
    from = end;
  }
  clauses.push({ start: from, end: sentence.end });
  const i = clauses.findIndex((c) => m.start >= c.start && m.start < c.end);
  const near = clauses.slice(Math.max(0, i - 1), i + 2);
  return near.some((c) => cues.some((re) => test(re, ctx.text.slice(c.start, c.end))));
}

/**
 * "the intruders read the mailboxes of ministry officials": people of a sector count as its
 * victims only after the hostile act is told, and not when they go on to speak or accuse
 * ("officials said", "officials blamed Beijing").
 */
function victimPosition(ctx: SectorContext, sentence: Sentence, m: Span): boolean {
  const hostile = ctx.lex?.hostile;
  if (!hostile) return false;
  if (VICTIM_BEFORE_ACT.has(ctx.lang) && victimBeforeAct(ctx, m)) return true;
  // "one of the MPs targeted", "дипломаты, атакованные хакерами", "des diplomates piratés": the
  // act's participle right after the people makes them its victims.
  if (participleAfter(ctx, hostile, m)) return true;
  // "the foreign ministry (of Latvia) was hacked", "外交部遭到黑客攻击": the subject of the act's passive.
  if (passiveAfter(ctx, sentence, m)) return true;
  if (!test(hostile, ctx.text.slice(sentence.start, m.start))) return false;
  // A speech or stance verb later in the sentence, with no new hostile act before it, is theirs
  // ("..., officials familiar with the matter said").
  const after = ctx.text.slice(m.end, sentence.end);
  for (const re of [ctx.lex?.say, ctx.lex?.accuse, ctx.lex?.deny, ctx.lex?.warn, ctx.lex?.confirm, ctx.lex?.callFor]) {
    if (!re) continue;
    const x = execFrom(re, after);
    // "..., the researchers said", "..., приписав её ...": after a clause break the verb is another
    // subject's (a trailing attribution) or the main clause's participle, not the victims'.
    if (x && !test(hostile, after.slice(0, x.index)) && !CLAUSE_BREAK.test(after.slice(0, x.index))) return false;
  }
  return true;
}

/**
 * How a participle follows the noun it qualifies: bare in English, French and Spanish ("the MPs
 * targeted"), set off by a comma in Russian and German ("дипломаты, атакованные ..."), where a bare
 * verb after the noun is its own finite verb ("дипломаты атаковали"); Chinese and Vietnamese put the
 * finite verb there, so none.
 */
const PARTICIPLE_AFTER: Record<string, RegExp> = { en: /^\s+,?\s*/u, fr: /^\s+,?\s*/u, es: /^\s+,?\s*/u, ru: /^\s*,\s*/u, de: /^\s*,\s*/u };

/** A hostile cue that is the next word after the mention, as the language sets a participle after its noun. */
function participleAfter(ctx: SectorContext, hostile: RegExp, m: Span): boolean {
  const lead = PARTICIPLE_AFTER[ctx.lang];
  if (!lead) return false;
  const after = ctx.text.slice(m.end, m.end + 40);
  const l = lead.exec(after);
  if (!l) return false;
  const x = execFrom(hostile, after);
  return !!x && x.index === l[0].length;
}

/** Words of the noun phrase between the mention and its passive ("the ministry of Latvia was hacked"). */
const PASSIVE_SUBJECT_WORDS = 3;

/**
 * Whether the passive of a hostile act (sector-passive-victims.ts) follows the mention, after at most
 * a few words that can only continue its noun phrase (names, states, a state body's word, filler words;
 * see nounPhraseRest), within its sentence.
 */
function passiveAfter(ctx: SectorContext, sentence: Sentence, m: Span): boolean {
  const re = sectorPassiveVictimsFor(ctx.lang);
  if (!re) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const after = ctx.text.slice(m.end, Math.min(sentence.end, ix.after(m.end, PASSIVE_SUBJECT_WORDS + 12)));
  const x = execFrom(re, after);
  if (!x) return false;
  const gap = after.slice(0, x.index);
  if (CLAUSE_BREAK.test(gap) || ix.count(m.end, m.end + x.index) > PASSIVE_SUBJECT_WORDS) return false;
  return nounPhraseRest(ctx, gap, m.end);
}

function test(re: RegExp, s: string): boolean {
  return !!execFrom(re, s);
}

/** "Verizon Communications", "Qihoo 360 Technology Co.": a capitalised word inside a name. */
function insideProperName(ctx: SectorContext, m: Span): boolean {
  const surface = ctx.text.slice(m.start, m.end);
  // "Trung tâm Phòng chống Tấn công Mạng (TPCM)", "政府通信安全局（GCSB）": a name its acronym
  // closes; "Information, Communications and Electronic Force Command (ICEFCOM)": capitalised words
  // of the same name may run on to it.
  const ahead = ctx.text.slice(m.end, m.end + 80);
  if (/^[^,.;:()（），。；：、]{0,25}[(（]\p{Lu}{2,8}[)）]/u.test(ahead)) return true;
  if (/^\p{Lu}/u.test(surface) && /^(?:\s+(?:\p{Lu}[\p{L}\-]*|and|of|for|the|de|des|du|la|le|les|et|y|del|und|für|der))*\s*[(（]\p{Lu}{2,10}[)）]/u.test(ahead)) return true;
  if (ctx.lang === 'vi') return insideVietnameseName(ctx, m, surface);
  if (ctx.lang === 'zh' || ctx.lang === 'de') return false;
  if (!/^\p{Lu}/u.test(surface)) return false;
  // "Technology Company" inside "Wuhan ... Science and Technology Company": every word of a
  // multi-word sector term capitalised is a name's spelling, not a common noun's.
  if (/^\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)+$/u.test(surface) && !sentenceOpener(ctx, m)) return true;
  const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
  const after = ctx.text.slice(m.end, m.end + 40);
  // The previous word is capitalised and does not itself open the sentence.
  const prev = /(^|[.!?:;]\s+|\n|\s)(\p{Lu}[\p{L}\d&.\-]*|\d+)\s+$/u.exec(before);
  const opener = prev?.[1] ?? '';
  const capBefore = !!prev && !/[.!?:;\n]/u.test(opener) && prev.index + opener.length > 0;
  const capAfter = /^\s+(?:\p{Lu}[\p{L}]*|Co\.|Inc\.?|Corp\.?|Ltd\.?)/u.test(after);
  return capBefore || capAfter;
}

/** "social media", "its IT infrastructure", "社交媒体": a sector word inside a phrase of sector-generic.ts. */
function insideGenericPhrase(ctx: SectorContext, m: Span): boolean {
  const re = sectorGenericFor(ctx.lang);
  if (!re) return false;
  const from = Math.max(0, m.start - 40);
  const window = ctx.text.slice(from, Math.min(ctx.text.length, m.end + 40));
  for (let x = execFrom(re, window); x; x = execAfter(re, window, x)) {
    if (from + x.index <= m.start && from + x.index + x[0].length >= m.end) return true;
  }
  return false;
}

/** Whether a mention opens its sentence (or a line). */
function sentenceOpener(ctx: SectorContext, m: Span): boolean {
  return ctx.sentences.some((s) => s.start === m.start) || /(?:^|[\n\r]|[.!?:]\s+|["“«¿¡]\s*)$/u.test(ctx.text.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * Vietnamese writes sector words in lower case ("viễn thông") and capitalises each word of a name
 * ("Đại học Bách khoa Hà Nội", "Tập đoàn Viễn thông Quân đội"): a capitalised sector word after a
 * capitalised word of the same phrase, away from the sentence start, is part of a name.
 */
function insideVietnameseName(ctx: SectorContext, m: Span, surface: string): boolean {
  if (!/^\p{Lu}/u.test(surface)) return false;
  const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
  // Up to two preceding syllables of the same phrase (no punctuation between).
  const words = /(?:^|[\s“"(])((?:\p{L}+\s+){1,2})$/u.exec(before);
  if (!words) return false;
  const [, lead = ''] = words;
  const start = m.start - lead.length;
  // A capital that only opens the sentence says nothing, but a capitalised sector word after it does
  // ("Bộ Tài chính Úc hôm thứ Hai cảnh báo": Vietnamese writes the sector word in lower case).
  if (ctx.sentences.some((s) => s.start >= start && s.start < m.start)) return /^\p{Lu}/u.test(surface) && !sentenceOpener(ctx, m);
  return lead.trim().split(/\s+/u).some((w) => /^\p{Lu}/u.test(w));
}

/**
 * "в СМИ появились сообщения", "media reports say", "told the BBC", "接受CNN采访", "AT&T said": the media
 * (or a company) are where the story comes from or who heard it, not a victim.
 */
function asSource(ctx: SectorContext, m: Span): boolean {
  const report = ctx.lex?.reportWords;
  if (cueAfter(ctx, report, m, 5) !== null) return true;
  // At most two words between ("told the BBC", "trả lời phỏng vấn đài CNN").
  if ([ctx.lex?.interview, ctx.lex?.say, report].some((re) => cueBefore(ctx, re, m, 2))) return true;
  return speakerLabel(ctx, m);
}

/**
 * "Question (CNN): ...", "Вопрос (Би-би-си): ...", "Frage (Reuters): ...": in a transcript, an outlet
 * in brackets right before the colon of a turn is who asks, not a victim.
 */
function speakerLabel(ctx: SectorContext, m: Span): boolean {
  return /[(（]\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*[)）]\s*[:：]/u.test(ctx.text.slice(m.end, m.end + 4));
}

/**
 * "Viettel Threat Intelligence", "Viettel Cyber Security": a company's name that opens the name of its
 * security unit (sector-vendor-units.ts) names the analyst, not the company's sector hit.
 */
function vendorUnit(ctx: SectorContext, m: Span): boolean {
  const re = sectorVendorUnitsFor(ctx.lang);
  if (!re) return false;
  const after = ctx.text.slice(m.end, m.end + 30);
  const lead = /^[\s-]*/u.exec(after)![0];
  if (!lead.length && ctx.lang !== 'zh') return false;
  const x = execFrom(re, after);
  return !!x && x.index === lead.length;
}

/** Where a cue starts in the `words` words after a mention, with no clause punctuation before it. */
function cueAfter(ctx: SectorContext, re: RegExp | null | undefined, m: Span, words: number): number | null {
  if (!re) return null;
  const after = ctx.text.slice(m.end, tokenIndex(ctx.text, ctx.lang).after(m.end, words));
  const x = execFrom(re, after);
  return x && !CLAUSE_BREAK.test(after.slice(0, x.index)) ? x.index : null;
}

/**
 * Whether a cue ends at most `maxWords` words before a mention (a few characters in Chinese), with no
 * clause punctuation between and no gap that `skip` rejects.
 */
function cueBefore(ctx: SectorContext, re: RegExp | null | undefined, m: Span, maxWords: number, skip?: RegExp): boolean {
  if (!re) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = ix.before(m.start, maxWords + CUE_WORDS);
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(re, before); x; x = execAfter(re, before, x)) {
    const gap = before.slice(x.index + x[0].length);
    if (skip?.test(gap) || CLAUSE_BREAK.test(gap)) continue;
    if (ix.count(from + x.index + x[0].length, m.start) <= maxWords) return true;
  }
  return false;
}

const CLAUSE_BREAK = /[,.;:!?，。；：]/u;
/** Words a cue phrase may take ("in an interview with"). */
const CUE_WORDS = 4;

/** "the two governments", "les deux gouvernements", "两国政府", "chính phủ hai nước": the states as parties. */
function statesAsPair(ctx: SectorContext, m: Span): boolean {
  const pairBefore = ctx.lex?.pairBefore;
  if (pairBefore) {
    const before = ctx.text.slice(Math.max(0, m.start - 16), m.start);
    for (let x = execFrom(pairBefore, before); x; x = execAfter(pairBefore, before, x)) {
      if (/^\s*$/u.test(before.slice(x.index + x[0].length))) return true;
    }
  }
  const pairAfter = ctx.lex?.pairAfter;
  if (pairAfter) {
    const after = ctx.text.slice(m.end, m.end + 30);
    const x = execFrom(pairAfter, after);
    if (x && /^\s*$/u.test(after.slice(0, x.index))) return true;
  }
  return false;
}

/** "financial, energy and government sectors", "secteurs énergétique et financier": an adjective in a list the sector noun heads. */
function beforeSectorHead(ctx: SectorContext, m: Span): boolean {
  const re = sectorHeadPattern(ctx);
  if (!re) return false;
  return HEAD_FIRST.has(ctx.lang) ? re.test(ctx.text.slice(Math.max(0, m.start - 80), m.start)) : re.test(ctx.text.slice(m.end, m.end + 80));
}

/** Compiled once per language: a list of up to four words ending (or, head-first, starting) at a sector noun. */
const sectorHeadPatterns = new Map<string, RegExp | null>();
function sectorHeadPattern(ctx: SectorContext): RegExp | null {
  let re = sectorHeadPatterns.get(ctx.lang);
  if (re !== undefined) return re;
  const heads = ctx.lex?.sectorHeads;
  const list = `(?:\\s*(?:,|\\band\\b|\\bor\\b|\\bet\\b|\\bou\\b)?\\s*[\\p{L}\\-’']+){0,4}?`;
  re = !heads ? null : HEAD_FIRST.has(ctx.lang)
    ? new RegExp(`(?:${heads.source})${list}\\s*(?:,|\\bet\\b|\\bou\\b)?\\s*$`, 'iu')
    : new RegExp(`^${list}\\s+(?:${heads.source})`, 'iu');
  sectorHeadPatterns.set(ctx.lang, re);
  return re;
}

/** "accusing three Chinese technology companies of ...": the accused, not a targeted sector. */
function accusedObject(ctx: SectorContext, m: Span): boolean {
  // "accused of causing the outages", "accusés d'avoir provoqué": what follows is the act, not the accused.
  return cueBefore(ctx, ctx.lex?.accuse, m, 3, /(?:^|\s)(?:of|for|over|de|d['’]\S*|pour|về|vì|в|за)(?:\s|$)/iu);
}

/**
 * "according to international media", "theo truyền thông quốc tế", "有记者...提到": the sector
 * names a source or a speaker, not a target.
 */
function afterSourceCue(ctx: SectorContext, m: Span): boolean {
  if (cueAfter(ctx, ctx.lex?.say, m, 2) !== null) return true;
  // "El Gobierno de la República de Velmoria informa", "the Ministry of Velmoria said": the speaker's
  // name runs on (names, states, filler words) up to its speech verb.
  const far = cueAfter(ctx, ctx.lex?.say, m, SPEAKER_NAME_WORDS);
  if (far !== null && far > 0 && nounPhraseRest(ctx, ctx.text.slice(m.end, m.end + far), m.end)) return true;
  const re = ctx.lex?.sourceBefore;
  if (!re) return false;
  const from = tokenIndex(ctx.text, ctx.lang).before(m.start, 4 + SOURCE_QUALIFIERS);
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(re, before); x; x = execAfter(re, before, x)) {
    const gap = before.slice(x.index + x[0].length);
    if (/^\s*(?:the\s+|les?\s+|la\s+|l['’])?$/iu.test(gap) || onlyDeterminer(ctx, gap)) return true;
    if (sourceQualifiers(ctx, gap, m.start - gap.length)) return true;
  }
  return false;
}

/** Words of a speaker's name after its sector word, before its speech verb ("de la República Bolivariana de Velmoria"). */
const SPEAKER_NAME_WORDS = 8;

/** Words of the source's qualifiers between the cue and the sector word ("по данным израильских и западных СМИ"). */
const SOURCE_QUALIFIERS = 4;

/**
 * "по данным израильских и западных СМИ", "nach Angaben beider Medien", "according to some US and
 * British media": the gap between a source cue and the sector word holds only the source's
 * qualifiers: states (a country mention, demonyms included), words for a group of states, the
 * language's source determiners, articles and coordinators, at most a few of them.
 */
function sourceQualifiers(ctx: SectorContext, gap: string, at: number): boolean {
  if (!gap.trim() || CLAUSE_BREAK.test(gap)) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  if (ix.count(at, at + gap.length) > SOURCE_QUALIFIERS) return false;
  const bloc = stateBlocsFor(ctx.lang);
  for (const w of gap.matchAll(/[^\s]+/gu)) {
    const start = at + w.index!;
    if (ctx.countries.some((c) => start >= c.start && start < c.end)) continue;
    if ([ctx.lex?.sourceDeterminers, ctx.lex?.articles, ctx.lex?.coordinators, bloc].some((re) => wholly(re, w[0]))) continue;
    return false;
  }
  return true;
}

/**
 * "..., said the bank.", "..., a indiqué la banque.", "..., dijo el banco.", "..., сообщил банк.",
 * "..., erklärte die Bank.": reported speech whose speaker follows its verb (inversion). The speech
 * verb opens its clause (at most SPEAKER_LEAD words after a comma, colon or quotation mark: "a" of
 * "a indiqué"), the sector word follows it with at most an article between, and the clause ends a
 * few words later.
 * "Officials said banks were hit" keeps "banks": the verb does not open its clause there.
 */
function invertedSpeaker(ctx: SectorContext, sentence: Sentence, m: Span): boolean {
  const say = ctx.lex?.say;
  if (!say || !SPEAKER_INVERSION.has(ctx.lang)) return false;
  const ix = tokenIndex(ctx.text, ctx.lang);
  const from = Math.max(sentence.start, ix.before(m.start, 2 + CUE_WORDS));
  const before = ctx.text.slice(from, m.start);
  for (let x = execFrom(say, before); x; x = execAfter(say, before, x)) {
    const verbStart = from + x.index;
    const verbEnd = verbStart + x[0].length;
    // Only an article between ("said the bank"): "adding that hospitals ...", "dijo que los bancos ..." is what is said.
    const gap = ctx.text.slice(verbEnd, m.start).trim();
    if (gap && !wholly(ctx.lex?.articles, gap)) continue;
    const lead = ctx.text.slice(sentence.start, verbStart);
    const open = Math.max(...SPEECH_OPENERS.map((c) => lead.lastIndexOf(c)));
    if (open < 0) continue;
    // "..., and said hospitals were hit": a verb joined to an earlier one keeps that one's subject.
    const leadWords = ctx.text.slice(sentence.start + open + 1, verbStart).trim();
    if (ix.count(sentence.start + open + 1, verbStart) > SPEAKER_LEAD || wholly(ctx.lex?.verbJoin, leadWords)) continue;
    const rest = ctx.text.slice(m.end, sentence.end);
    const end = rest.search(/[,.;:!?，。；：»"”]/u);
    if (ix.count(m.end, end < 0 ? sentence.end : m.end + end) <= SPEAKER_TAIL) return true;
  }
  return false;
}

/** Whether a cue list matches all of `s`. */
function wholly(re: RegExp | null | undefined, s: string): boolean {
  if (!re || !s) return false;
  const x = execFrom(re, s);
  return !!x && x.index === 0 && x[0].length === s.length;
}

/** Languages that put a speaker after its speech verb ("said the bank", "a indiqué la banque", "сообщил банк"); Chinese and Vietnamese do not. */
const SPEAKER_INVERSION = new Set(['en', 'fr', 'es', 'de', 'ru']);
/** What may open the clause of an inverted speech verb: a comma, colon, dash or quotation mark. */
const SPEECH_OPENERS = [',', ':', ';', '—', '–', '"', '”', '»', '，', '：'];
/** Words before the speech verb in its clause ("a" of "a indiqué", "hat" of "hat ... mitgeteilt"). */
const SPEAKER_LEAD = 1;
/** Words after the speaker before its clause ends ("said the bank on Tuesday", "teilte die Bank mit"). */
const SPEAKER_TAIL = 3;

/** "selon ces médias", "según los periodistas": the gap is one determiner of the language's list. */
function onlyDeterminer(ctx: SectorContext, gap: string): boolean {
  const re = ctx.lex?.sourceDeterminers;
  const g = gap.trim();
  if (!re || !g) return false;
  const x = execFrom(re, g);
  return !!x && x.index === 0 && x[0].length === g.length;
}
