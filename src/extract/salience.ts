/**
 * Which linked countries and sectors an article is about, as analysts code them: a country that
 * takes part (claims, accuses, is accused, is named in the title, or recurs), not one named in
 * passing; a sector that is targeted (named where a hostile act is told), not one that only
 * describes a speaker ("financial intelligence" in a title), a source ("according to media") or
 * sits inside an organisation's proper name ("Lumen Technologies").
 */
import type { CompiledLexicon } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';
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
}

/** Sectors that, next to a state's name, are that state acting ("the Chinese government", "Russian military"). */
const STATE_SECTORS = new Set(['government', 'defense']);
/** Languages whose modifiers follow the noun ("chính phủ Mỹ", "gouvernement chinois"). */
const HEAD_FIRST = new Set(['vi', 'fr', 'es', 'it', 'pt']);

export function targetedSectors(sectors: SectorHit[], ctx: SectorContext): SectorHit[] {
  const out: SectorHit[] = [];
  const hostileSentences = ctx.lex?.hostile ? ctx.sentences.filter((s) => test(ctx.lex!.hostile!, s.text)) : ctx.sentences;
  for (const sector of sectors) {
    if (!SECTOR_SLUGS.has(sector.name)) continue;
    const kept = sector.mentions.filter((m) => {
      if (!hostileSentences.some((s) => m.start >= s.start && m.end <= s.end)) return false;
      if (ctx.roleSpans.some((r) => m.start >= r.start && m.end <= r.end)) return false;
      if (insideProperName(ctx, m)) return false;
      if (afterSourceCue(ctx, m)) return false;
      if (STATE_SECTORS.has(sector.name) && stateActing(ctx, m, sectors)) return false;
      return true;
    });
    if (kept.length) out.push({ ...sector, mentions: kept });
  }
  return out;
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
  if (!adjacent) return false;
  const listed = sectors.some((s) => s.mentions.some((o) => o !== m && o.start !== m.start && Math.abs(o.start - m.start) <= 45 && !/[.;:!?。；]/u.test(ctx.text.slice(Math.min(o.end, m.end), Math.max(o.start, m.start)))));
  return !listed;
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** "Verizon Communications", "Qihoo 360 Technology Co.": a capitalised word inside a name. */
function insideProperName(ctx: SectorContext, m: Span): boolean {
  const surface = ctx.text.slice(m.start, m.end);
  // "Cơ quan An ninh mạng và An ninh hạ tầng (CISA)": a name its acronym closes.
  if (/^[^,.;:()]{0,25}\(\p{Lu}{2,8}\)/u.test(ctx.text.slice(m.end, m.end + 40))) return true;
  if (ctx.lang === 'vi' || ctx.lang === 'zh' || ctx.lang === 'de') return false;
  if (!/^\p{Lu}/u.test(surface)) return false;
  const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
  const after = ctx.text.slice(m.end, m.end + 40);
  // The previous word is capitalised and does not itself open the sentence.
  const prev = /(^|[.!?:;]\s+|\n|\s)(\p{Lu}[\p{L}\d&.\-]*|\d+)\s+$/u.exec(before);
  const capBefore = !!prev && !/[.!?:;\n]/u.test(prev[1]) && prev.index + prev[1].length > 0;
  const capAfter = /^\s+(?:\p{Lu}[\p{L}]*|Co\.|Inc\.?|Corp\.?|Ltd\.?)/u.test(after);
  return capBefore || capAfter;
}

/**
 * "according to international media", "theo truyền thông quốc tế", "有记者...提到": the sector
 * names a source or a speaker, not a target.
 */
function afterSourceCue(ctx: SectorContext, m: Span): boolean {
  const say = ctx.lex?.say;
  if (say) {
    const after = ctx.text.slice(m.end, m.end + 8);
    say.lastIndex = 0;
    const x = say.exec(after);
    if (x && x.index <= 6 && !/[,.;:，。]/u.test(after.slice(0, x.index))) return true;
  }
  const re = ctx.lex?.sourceBefore;
  if (!re) return false;
  const before = ctx.text.slice(Math.max(0, m.start - 20), m.start);
  re.lastIndex = 0;
  for (let x = re.exec(before); x; x = re.exec(before)) {
    if (/^\s*(?:the\s+|les?\s+|la\s+|l['’])?$/iu.test(before.slice(x.index + x[0].length))) return true;
  }
  return false;
}
