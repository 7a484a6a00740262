/**
 * Alias resolution over known entities: `resolve(name)` answers which entities a name stands for,
 * best first, and `findMentions(text)` finds every known name in running text with offsets into the
 * original string. Built once (maps + a trie keyed by normalised tokens), then each scan is linear in
 * the number of tokens times the depth of the longest name.
 *
 * @example
 * const r = new AliasResolver(loadDefaultKnowledge());
 * r.resolve('volt-typhoon')[0].entity.name; // 'Volt Typhoon'
 * r.findMentions('Bắc Kinh bác bỏ cáo buộc của Mỹ', { lang: 'vi' }); // Bắc Kinh -> China, Mỹ -> United States
 */
import { compactName, hasCjk, isCaseSensitiveName, normalizeName, tokenize, type Token } from './normalize.ts';
import type {
  AliasRelation,
  FindMentionsOptions,
  KnownAlias,
  KnownEntity,
  Match,
  MatchHow,
  Mention,
} from './types.ts';

interface NameEntry {
  entity: KnownEntity;
  name: string;
  canonical: boolean;
  relation: AliasRelation;
  lang?: string;
  source?: string;
  form?: KnownAlias['form'];
  /** Raw (NFKC, cased) tokens when the name must match case- and diacritic-exactly. */
  exactTokens?: string[];
  /** Lower-cased raw tokens when the name has diacritics that must match ("Anh" is not "Ảnh"). */
  accentTokens?: string[];
  /** Index of the entity in the input (stable tie-break). */
  order: number;
  /** A place's proper name written with a capital: it must not match the same word in lower case (see caseFits). */
  capitalOnly?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: NameEntry[];
}

const SCORES: Record<MatchHow, number> = { canonical: 100, alias: 90, normalized: 80, compact: 60 };
/** An overlap is a different cluster: it always ranks below any match naming the entity itself. */
const OVERLAP_PENALTY = 45;
/**
 * Allowed text between two tokens of one name: spacing (not line breaks), hyphens, dots, apostrophes,
 * middle dots, ampersands (AT&T), brackets ("NoName057(16)") and a closing quote inside a Chinese name
 * (“方程式”组织).
 */
const GAP_RE = /^[ \t\u00a0\u2009\u202f\-‐‑–—.'’`·・_&()”」]{0,3}$/u;
const MARKS_RE = /\p{M}/u;
const MAX_NAME_TOKENS = 12;
/** Chinese and Japanese names count a token per character: "国家计算机网络应急技术处理协调中心" has seventeen. */
const MAX_CJK_NAME_TOKENS = 24;
const LEADING_ARTICLE_RE = /^(?:the|la|le|les|el|los|las|die|der|das)\s+|^l['’]/iu;

export function overlapCaveat(entry: { name: string; source?: string }, entity: KnownEntity): string {
  return `"${entry.name}" names a cluster that ${entry.source && entry.source !== 'common usage' ? entry.source : 'some reporting'} links to ${entity.name} as an overlap, not as the same group`;
}

export class AliasResolver {
  readonly entities: readonly KnownEntity[];
  readonly #byId = new Map<string, KnownEntity>();
  readonly #exact = new Map<string, NameEntry[]>();
  readonly #norm = new Map<string, NameEntry[]>();
  readonly #compact = new Map<string, NameEntry[]>();
  readonly #trie: TrieNode = { next: new Map() };
  readonly #order = new Map<string, number>();
  readonly #codes = new Map<string, KnownEntity>();

  constructor(entities: readonly KnownEntity[]) {
    this.entities = [];
    for (const entity of entities) this.addEntity(entity);
  }

  /** Index one more entity (importers grow the index as they create entities). */
  addEntity(entity: KnownEntity): void {
    const order = this.entities.length;
    (this.entities as KnownEntity[]).push(entity);
    this.#byId.set(entity.id, entity);
    this.#order.set(entity.id, order);
    if (entity.code) this.#codes.set(entity.code.toUpperCase(), entity);
    this.#add({ entity, name: entity.name, canonical: true, relation: 'same', order });
    for (const a of entity.aliases) {
      this.#add({ entity, name: a.name, canonical: false, relation: a.relation ?? 'same', lang: a.lang, source: a.source, form: a.form, order });
    }
  }

  /** Index more names of an already indexed entity. */
  addAliases(entity: KnownEntity, aliases: readonly KnownAlias[]): void {
    const order = this.#order.get(entity.id);
    if (order === undefined) throw new Error(`addAliases: ${entity.id} is not indexed`);
    for (const a of aliases) {
      this.#add({ entity, name: a.name, canonical: false, relation: a.relation ?? 'same', lang: a.lang, source: a.source, form: a.form, order });
    }
  }

  get(id: string): KnownEntity | undefined {
    return this.#byId.get(id);
  }

  #add(entry: NameEntry): void {
    const name = entry.name.normalize('NFKC').trim();
    if (!name) return;
    push(this.#exact, name, entry);
    const tokens = tokenize(name);
    if (!tokens.length) return;
    const norms = tokens.map((t) => t.norm);
    push(this.#norm, norms.join(' '), entry);
    push(this.#compact, norms.join(''), entry);

    if (tokens.length > (tokens.every((t) => t.cjk) ? MAX_CJK_NAME_TOKENS : MAX_NAME_TOKENS)) return;
    // One Han/Kana character ("美", "中") is far too ambiguous in running text: resolve() only.
    if (tokens.length === 1 && tokens[0]?.cjk) return;
    const caseSensitive = isCaseSensitiveName(name);
    const accented = !caseSensitive && !hasCjk(name) && (MARKS_RE.test(name.normalize('NFD')) || /[đĐ]/.test(name));
    const capitalOnly = properCapital(entry);
    const mentionEntry: NameEntry = caseSensitive
      ? { ...entry, exactTokens: tokens.map((t) => t.raw), capitalOnly }
      : accented
        ? { ...entry, accentTokens: tokens.map((t) => t.raw.toLowerCase()), capitalOnly }
        : { ...entry, capitalOnly };
    this.#insert(norms, mentionEntry);
    // "Ghost Emperor" also as "GhostEmperor"; only for long-enough unaccented Latin words, never short names.
    if (!caseSensitive && !accented && tokens.length > 1 && !hasCjk(name) && norms.every((n) => n.length >= 3)) {
      this.#insert([norms.join('')], { ...entry, capitalOnly });
    }
  }

  #insert(keys: string[], entry: NameEntry): void {
    let node = this.#trie;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    const list = (node.entries ??= []);
    if (!list.some((e) => e.entity === entry.entity && e.name === entry.name && e.relation === entry.relation)) list.push(entry);
  }

  /**
   * Entities a name stands for, best first: exact canonical > exact alias > normalised (case,
   * diacritics, punctuation) > compact (spacing). One match per entity. Overlap aliases come back
   * with `relation: 'overlap'` and a caveat, ranked below every same-entity match.
   */
  resolve(name: string): Match[] {
    const raw = name.normalize('NFKC').trim();
    if (!raw) return [];
    const best = new Map<string, Match>();
    const consider = (entries: NameEntry[] | undefined, how: (e: NameEntry) => MatchHow) => {
      for (const e of entries ?? []) {
        const h = how(e);
        const score = SCORES[h] - (e.relation === 'overlap' ? OVERLAP_PENALTY : 0) + (e.canonical && h !== 'canonical' ? 5 : 0);
        const prev = best.get(e.entity.id);
        if (prev && prev.score >= score) continue;
        best.set(e.entity.id, toMatch(e, h, score));
      }
    };
    consider(this.#exact.get(raw), (e) => (e.canonical ? 'canonical' : 'alias'));
    const key = normalizeName(raw);
    if (key) consider(this.#norm.get(key), () => 'normalized');
    const compact = compactName(raw);
    if (compact) consider(this.#compact.get(compact), () => 'compact');
    // An ISO 3166-1 alpha-2 code as typed in a search box ("CN", "ru"): resolve only, never in running text.
    const byCode = /^[A-Za-z]{2}$/.test(raw) ? this.#codes.get(raw.toUpperCase()) : undefined;
    if (byCode && !best.has(byCode.id)) best.set(byCode.id, { entity: byCode, matched: byCode.code!, relation: 'same', how: 'alias', score: SCORES.alias - 1, source: 'ISO 3166-1' });
    if (!best.size) {
      // "the Kremlin", "la Maison-Blanche", "l'Élysée": retry without a leading article.
      const bare = raw.replace(LEADING_ARTICLE_RE, '');
      if (bare !== raw && bare) return this.resolve(bare).map((m) => ({ ...m, score: m.score - 1 }));
      return [];
    }
    return [...best.values()].sort((a, b) => b.score - a.score || this.#order.get(a.entity.id)! - this.#order.get(b.entity.id)!);
  }

  /** Best match and whether the name is ambiguous (another entity matched at the same rank or as an overlap). */
  resolveOne(name: string): { match?: Match; ambiguous: boolean; matches: Match[] } {
    const matches = this.resolve(name);
    return { match: matches[0], ambiguous: matches.length > 1, matches };
  }

  /**
   * Every mention of a known name in running text, in text order, longest match first where names
   * overlap. Word-boundary aware for space-separated scripts (no "US" in "USB"), substring-based for
   * Chinese/Japanese. Short names and acronyms must match case and diacritics exactly (see
   * isCaseSensitiveName); with `lang`, short names tagged with another language are skipped
   * (Vietnamese "Anh" is not the UK in English text).
   */
  findMentions(text: string, opts: FindMentionsOptions = {}): Mention[] {
    const tokens = tokenize(text);
    const kinds = opts.kinds ? new Set(opts.kinds) : undefined;
    /** Tokens i..j (inclusive) spanning text[start, end). */
    interface Candidate { i: number; j: number; start: number; end: number; entries: NameEntry[] }
    const candidates: Candidate[] = [];
    const root = this.#trie;
    const base = opts.lang ? baseLang(opts.lang) : undefined;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (first.glued) continue;
      let node: TrieNode | undefined = root;
      let prev = first;
      const last = Math.min(tokens.length, i + (first.cjk ? MAX_CJK_NAME_TOKENS : MAX_NAME_TOKENS));
      for (let j = i; j < last; j++) {
        const tok = tokens[j]!;
        node = node.next.get(tok.norm);
        if (!node) break;
        if (j > i && tok.start > prev.end && !joinable(text, prev, tok)) break;
        prev = tok;
        if (!node.entries || tokens[j + 1]?.glued) continue;
        let ok: NameEntry[] | undefined;
        for (const e of node.entries) if (accept(e, tokens, i, base, kinds)) (ok ??= []).push(e);
        if (ok) candidates.push({ i, j, start: first.start, end: tok.end, entries: ok });
      }
    }
    // Longest (in characters) first, then leftmost; a token belongs to at most one mention.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.i - b.i);
    const taken: boolean[] = new Array<boolean>(tokens.length).fill(false);
    const mentions: Mention[] = [];
    for (const c of candidates) {
      let free = true;
      for (let k = c.i; k <= c.j && free; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(true, c.i, c.j + 1);
      const ranked = c.entries.length > 1 ? rankEntries(c.entries, base) : c.entries;
      const top = ranked[0];
      if (!top) continue;
      const { start, end } = c;
      const others = ranked.length > 1 ? [...new Set(ranked.slice(1).map((e) => e.entity))].filter((e) => e !== top.entity) : [];
      mentions.push({
        start,
        end,
        surface: text.slice(start, end),
        entity: top.entity,
        matched: top.name,
        relation: top.relation,
        ...(top.lang ? { lang: top.lang } : {}),
        ...(top.form ? { form: top.form } : {}),
        ...(top.relation === 'overlap' ? { caveat: overlapCaveat(top, top.entity) } : {}),
        ...(others.length ? { alternatives: others } : {}),
      });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }
}

function push(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function toMatch(e: NameEntry, how: MatchHow, score: number): Match {
  return {
    entity: e.entity,
    matched: e.name,
    relation: e.relation,
    how,
    score,
    ...(e.lang ? { lang: e.lang } : {}),
    ...(e.source ? { source: e.source } : {}),
    ...(e.relation === 'overlap' ? { caveat: overlapCaveat(e, e.entity) } : {}),
  };
}

/** Whether the text between two tokens lets them belong to one name: no line break, and a dot only after an initial ("U.S."). */
function joinable(text: string, prev: Token, next: Token): boolean {
  // No gap character is astral: more than three UTF-16 units are more than GAP_RE allows.
  if (next.start - prev.end > 3) return false;
  const gap = text.slice(prev.end, next.start);
  if (!GAP_RE.test(gap)) return false;
  return !gap.includes('.') || prev.end - prev.start <= 2;
}

/** Alias forms that are proper names, written with a capital in the alphabets that have one. */
const PLACE_KINDS = new Set(['country', 'region']);
const PROPER_FORMS = new Set<NameEntry['form']>([undefined, 'name', 'short', 'metonym', 'inflection']);

/**
 * A proper name written with a capital is not the same word in lower case: Spanish "reunión" is not
 * Réunion, Vietnamese "mỹ" (beautiful) is not Mỹ. Only places: adjectives, demonyms and terms may be
 * lower case, and so may groups ("les cyberpartisans").
 */
function caseFits(e: NameEntry, token: Token | undefined): boolean {
  if (!e.capitalOnly || !token) return true;
  return !LATIN_OR_CYRILLIC_START.test(token.raw) || !LOWER_START.test(token.raw);
}

/** Whether caseFits must look at the text's case for this entry: a place's proper name written with a capital. */
function properCapital(e: NameEntry): boolean {
  return PLACE_KINDS.has(e.entity.kind) && PROPER_FORMS.has(e.form) && /^\p{Lu}/u.test(e.name);
}
const LATIN_OR_CYRILLIC_START = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const LOWER_START = /^\p{Ll}/u;


/** `base`: the base language of the text (baseLang), when given. */
function accept(e: NameEntry, tokens: Token[], i: number, base: string | undefined, kinds?: Set<string>): boolean {
  if (kinds && !kinds.has(e.entity.kind)) return false;
  if (!caseFits(e, tokens[i])) return false;
  if (e.accentTokens) {
    const want = e.accentTokens;
    for (let k = 0; k < want.length; k++) if (tokens[i + k]?.raw.toLowerCase() !== want[k]) return false;
    return true;
  }
  if (!e.exactTokens) return true;
  if (base !== undefined && e.lang && baseLang(e.lang) !== base) return false;
  const want = e.exactTokens;
  for (let k = 0; k < want.length; k++) if (tokens[i + k]?.raw !== want[k]) return false;
  return true;
}

/** Base languages by tag, worked out once per tag. */
const BASE_LANGS = new Map<string, string>();

function baseLang(lang: string): string {
  let base = BASE_LANGS.get(lang);
  if (base === undefined) {
    [base = ''] = lang.toLowerCase().split(/[-_]/);
    BASE_LANGS.set(lang, base);
  }
  return base;
}

/** Same-entity names before overlaps, canonical names before aliases, the text's language first (`base`: its base language). */
function rankEntries(entries: NameEntry[], base?: string): NameEntry[] {
  return [...entries].sort((a, b) => entryRank(a, base) - entryRank(b, base) || a.order - b.order);
}

function entryRank(e: NameEntry, base: string | undefined): number {
  return (e.relation === 'same' ? 0 : 100) + (e.canonical ? 0 : 10) + (base !== undefined && e.lang && baseLang(e.lang) === base ? 0 : 1);
}
