/**
 * Entity linking through the knowledge base's alias resolver: intrusion sets (ATT&CK name,
 * aliases, id), countries (alpha-2), sectors (slug), state organisations and software, each with
 * every mention's offsets. Mentions are looked for in the body only (never the Source line), and
 * a match may not run across a line or sentence break.
 */
import { COMPANY_NAME_INNER, COMPANY_NAME_TAILS } from './lexicons/entity/company-names.ts';
import { SECTOR_COMPOUND_STEMS, sectorEntityId } from '../knowledge/index.ts';
import type { KnownEntity, Mention } from '../knowledge/types.ts';
import { entityLexiconFor } from './lexicons/entity/index.ts';
import type { CountryHit, IntrusionSetHit, LinkedEntityHit, MentionFinder, SectorHit, Span } from './types.ts';
import { execAt } from './lexicons/index.ts';
import { relatedLinkSpans } from './related-links.ts';
import { abbreviatedStates } from './state-abbreviations.ts';
import { aliasOfKnown, schemeGroups } from './group-schemes.ts';
import { outsideGroupNames } from './group-name-checks.ts';
import type { Sentence } from './segment.ts';

export interface LinkedEntities {
  mentions: Mention[];
  intrusion_sets: IntrusionSetHit[];
  countries: CountryHit[];
  sectors: SectorHit[];
  /**
   * How a sector mention (by start offset) names its sector when it is not a plain sector word: a
   * company's name ("AT&T"), the sector's people ("officials"), or an adjective ("financial").
   */
  sectorVia: Map<number, SectorVia>;
  entities: LinkedEntityHit[];
}

/** How a sector mention was found, when not by one of the sector's own terms; `compound`: a stem opening a compound word. */
export type SectorVia = 'company' | 'member' | 'adjective' | 'compound';

/** A plural abbreviation that doubles its initials, its parts spaced ("EE. UU.", "FF. AA."): its ". " ends no sentence. */
const SPACED_PLURAL_ABBREVIATION = /^(\p{Lu})\1\.(?:[ \t]?(\p{Lu})\2\.?)+$/u;

/** A common word spelled like a name, capitalised only because it opens a sentence, a line or the title. */
function commonWordAtStart(text: string, m: Mention, lang: string): boolean {
  const common = entityLexiconFor(lang)?.commonWords;
  if (!common) return false;
  // Where the mention stands first (a few characters): most mentions open no sentence, and the word list is not read for them.
  if (!AT_START.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const w = execAt(common, m.surface.toLowerCase(), 0);
  return !!w && w[0].length === m.surface.length;
}

/** What may stand right before a word that opens the text, a line or a sentence, or follows an opening quote. */
const AT_START = /(?:^|[\n\r]|[.!?:]\s+|["“«¿¡]\s*)$/u;

const COMPANY_TAIL = new RegExp(String.raw`^[ \u00a0](?:(?:\p{Lu}[\p{L}'’-]*|&)[ \u00a0]){0,${COMPANY_NAME_INNER}}(?:${COMPANY_NAME_TAILS.join('|')})(?![\p{L}\p{N}])(?![ \u00a0]\p{Lu})`, 'u');

/** Does the mention open a capitalised run that ends in a company's name word ("Vietnam Airlines")? */
function opensCompanyName(body: string, m: { start: number; end: number; surface: string }): boolean {
  return /^\p{Lu}/u.test(m.surface) && COMPANY_TAIL.test(body.slice(m.end, m.end + 60));
}

export function linkEntities(resolver: MentionFinder, text: string, bodyEnd: number, lang: string, sentences: Sentence[] = []): LinkedEntities {
  const body = bodyEnd < text.length ? text.slice(0, bodyEnd) : text;
  const related = relatedLinkSpans(body);
  const mentions = resolver
    .findMentions(body, lang === 'und' ? {} : { lang })
    .filter((m) => (!/[\n\r]|[.!?。]\s/u.test(m.surface) || SPACED_PLURAL_ABBREVIATION.test(m.surface)) && !commonWordAtStart(body, m, lang));
  // "Vietnam Airlines", "Korea Hydro & Nuclear Power": a country's name opening a company's is no mention of the country.
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.entity.kind === 'country' && opensCompanyName(body, mentions[i]!)) mentions.splice(i, 1);
  // "美英两国": one-character abbreviations of states before a count of them.
  const abbreviated = abbreviatedStates(resolver, body, lang, mentions);
  if (abbreviated.length) mentions.push(...abbreviated), mentions.sort((a, b) => a.start - b.start);

  const groups = new Map<string, IntrusionSetHit>();
  const countries = new Map<string, CountryHit>();
  const sectors = new Map<string, SectorHit>();
  const others = new Map<string, LinkedEntityHit>();
  const sectorVia = new Map<number, SectorVia>();
  /** Per known group id: the names of the clusters the knowledge says overlap with it. */
  const overlaps = new Map<string, string[]>();
  const addSector = (slug: string, id: string, span: Span) => {
    let hit = sectors.get(slug);
    if (!hit) sectors.set(slug, (hit = { name: slug, id, mentions: [] }));
    hit.mentions.push(span);
  };
  for (const m of mentions) {
    const e = m.entity;
    const span: Span = { start: m.start, end: m.end };
    switch (e.kind) {
      case 'group': {
        // A group named only in a block of links to other stories is those stories' (related-links.ts).
        if (related.some((r) => m.start >= r.start && m.end <= r.end)) break;
        let hit = groups.get(e.id);
        if (!hit) {
          groups.set(e.id, (hit = { name: e.name, aliases: groupAliases(e), id: e.id, ...(e.attackId ? { attack_id: e.attackId } : {}), mentions: [] }));
          overlaps.set(e.id, e.aliases.filter((a) => a.relation === 'overlap').map((a) => a.name.toLowerCase()));
        }
        hit.mentions.push(span);
        break;
      }
      case 'country': {
        if (!e.code) break;
        let hit = countries.get(e.code);
        if (!hit) countries.set(e.code, (hit = { code: e.code, name: e.name, id: e.id, mentions: [] }));
        hit.mentions.push(span);
        break;
      }
      case 'sector':
        addSector(e.sector ?? e.name, e.id, span);
        if (m.form === 'member' || m.form === 'adjective') sectorVia.set(span.start, m.form);
        break;
      case 'organization':
      case 'software': {
        if (e.sector) {
          addSector(e.sector, sectorEntityId(e.sector), span);
          sectorVia.set(span.start, 'company');
        }
        let hit = others.get(e.id);
        if (!hit) others.set(e.id, (hit = { kind: e.kind, name: e.name, id: e.id, type: e.type, mentions: [] }));
        hit.mentions.push(span);
        break;
      }
    }
  }
  for (const c of compoundSectors(body, lang, mentions)) {
    addSector(c.slug, sectorEntityId(c.slug), c);
    sectorVia.set(c.start, 'compound');
  }
  // Groups the knowledge does not know, named by a vendor's naming scheme ("UNC5812", "Lapis Typhoon").
  const knownGroups = [...groups.values()];
  const groupSpans = knownGroups.flatMap((k) => k.mentions);
  // Unknown groups named before, in text order: a later code name given as theirs ("UAT4356 (Microsoft tracks it
  // as Storm-1849)", "UAT4356, also known as Storm-1849") is another name of the same group.
  const unknown: IntrusionSetHit[] = [];
  const found = schemeGroups(body, outsideGroupNames(body, mentions), lang, sentences, groupSpans).sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
  for (const g of found) {
    g.mentions = g.mentions.filter((m) => !related.some((r) => m.start >= r.start && m.end <= r.end));
    if (!g.mentions.length) continue;
    const same = (n: string) => n.toLowerCase() === g.name.toLowerCase();
    if (knownGroups.some((k) => same(k.name) || k.aliases.some(same))) continue;
    // "Sandworm (UAC-0082)", "RomCom, also known as UNC2596": another name of a known group.
    const of = g.mentions.map((m) => aliasOfKnown(body, sentences, m, groupSpans, lang)).find(Boolean);
    const unknownSpans = unknown.flatMap((u) => u.mentions);
    const ofUnknown = of ? undefined : g.mentions.map((m) => aliasOfKnown(body, sentences, m, unknownSpans, lang, true)).find(Boolean);
    const owner = (of && knownGroups.find((k) => k.mentions.includes(of))) || (ofUnknown && unknown.find((u) => u.mentions.includes(ofUnknown)));
    if (owner) {
      if (!owner.aliases.includes(g.name)) owner.aliases.push(g.name);
      owner.mentions.push(...g.mentions);
      owner.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    groups.set(`scheme:${g.name.toLowerCase()}`, g);
    unknown.push(g);
  }
  foldNamedAliases(groups, overlaps, body);
  return {
    mentions,
    intrusion_sets: [...groups.values()],
    countries: [...countries.values()],
    sectors: [...sectors.values()],
    sectorVia,
    entities: [...others.values()],
  };
}

/**
 * "Mint Sandstorm (also known as APT42 or Charming Kitten)", "APT35 (APT42)": a known group that the
 * knowledge keeps apart as an overlapping vendor cluster of a group with an ATT&CK id, given in
 * brackets right after that group as another name of it, is that group in this text. Two groups
 * that both have an ATT&CK id are never folded, nor groups the knowledge does not relate.
 */
function foldNamedAliases(groups: Map<string, IntrusionSetHit>, overlaps: Map<string, string[]>, body: string): void {
  const withId = [...groups.values()].filter((g) => g.attack_id);
  if (!withId.length) return;
  for (const [key, g] of groups) {
    if (g.attack_id) continue;
    const related = overlaps.get(key) ?? [];
    const owner = withId.find((k) => [k.name, ...k.aliases].some((n) => related.includes(n.toLowerCase())) && g.mentions.some((m) => k.mentions.some((km) => inBracketAfter(body, km, m))));
    if (!owner) continue;
    for (const n of [g.name, ...g.aliases]) if (n !== owner.name && !owner.aliases.includes(n)) owner.aliases.push(n);
    owner.mentions.push(...g.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
    groups.delete(key);
  }
}

/** `m` inside a bracket that opens right after `k` ("Sandworm (UAC-0082)", "X (also known as Y or Z)"). */
function inBracketAfter(body: string, k: Span, m: Span): boolean {
  if (k.end > m.start) return false;
  return /^\s*[(（][^()（）]{0,60}$/u.test(body.slice(k.end, m.start)) && /^[^()（）]{0,60}[)）]/u.test(body.slice(m.end, m.end + 62));
}

/** Names that are the same group (vendor overlaps are different clusters and stay out). */
function groupAliases(e: KnownEntity): string[] {
  const out: string[] = [];
  for (const a of e.aliases) if ((a.relation ?? 'same') === 'same' && a.name !== e.name && !out.includes(a.name)) out.push(a.name);
  return out;
}

/** The state an organisation belongs to or a group is attributed to, when the knowledge base says. */
export function entityCountries(e: KnownEntity): string[] {
  const out: string[] = [];
  for (const a of e.attributedTo ?? []) if (a.country && !out.includes(a.country)) out.push(a.country);
  const own = (e as KnownEntity & { country?: string }).country;
  if (own && !out.includes(own)) out.unshift(own);
  return out;
}

/** Compile once per language: a capitalised word that starts with a sector stem and goes on. */
const compoundPatterns = new Map<string, { re: RegExp; slugs: Map<string, string> } | null>();

/**
 * Sectors named as the first part of a compound word (German: "Stromnetz", "Krankenhausbetreiber"),
 * where no known name was found; see knowledge/data/sector-compounds.ts.
 */
function compoundSectors(body: string, lang: string, known: Mention[]): (Span & { slug: string })[] {
  let p = compoundPatterns.get(lang);
  if (p === undefined) {
    const stems = SECTOR_COMPOUND_STEMS[lang];
    if (!stems) p = null;
    else {
      const slugs = new Map<string, string>();
      for (const [slug, list] of Object.entries(stems)) for (const st of list) slugs.set(st.toLowerCase(), slug);
      const alt = [...slugs.keys()].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      p = { re: new RegExp(`(?<![\\p{L}\\-])(${alt})[\\p{L}\\-]{3,}`, 'giu'), slugs };
    }
    compoundPatterns.set(lang, p);
  }
  if (!p) return [];
  const out: (Span & { slug: string })[] = [];
  p.re.lastIndex = 0;
  for (let m = p.re.exec(body); m; m = p.re.exec(body)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    const slug = p.slugs.get(m[1]!.toLowerCase());
    if (slug) out.push({ start, end, slug });
  }
  return out;
}
