/**
 * Threat groups the knowledge base does not know, recognised by how they are named
 * (lexicons/entity/group-schemes.ts): a vendor's prefix and number ("UNC5812", "Storm-2035") or a
 * free word with a vendor's family word ("Lapis Typhoon", "Earth Minotaur"), or a name a group word
 * introduces ("хакерская группировка Twelve", 'a hacking group calling itself "..."'). The name is
 * kept as the text writes it; a mention inside a known name or next to another capitalised word that
 * continues a longer name ("Eurofighter Typhoon Squadron") is none.
 */
import {
  GROUP_ALIAS_CUES, GROUP_CODE_SCHEMES, GROUP_LIST_JOINERS, GROUP_CONTEXT_WORDS, GROUP_FAMILY_AFTER, GROUP_FAMILY_BEFORE, GROUP_FREE_WORD_STOP,
  GROUP_APPOSITIONS, GROUP_INTRODUCED_UNQUOTED, GROUP_INTRODUCERS, GROUP_NAMED_BEFORE, GROUP_NAMED_UNQUOTED,
} from './lexicons/entity/group-schemes.ts';
import { compileCues, execFrom } from './lexicons/index.ts';
import { LATIN_NAME, plausibleUnquoted } from './group-name-checks.ts';
import { namingGroups } from './group-naming.ts';
import { tokenIndex } from './tokens.ts';
import type { Sentence } from './segment.ts';
import type { IntrusionSetHit, Span } from './types.ts';

let scheme: RegExp | null = null;
const STOP = new Set(GROUP_FREE_WORD_STOP);
const FREE = String.raw`\p{Lu}\p{Ll}{2,}`;

function pattern(): RegExp {
  scheme ??= new RegExp(
    String.raw`(?<![\p{Script=Latin}\p{N}\-.])(?:(${GROUP_CODE_SCHEMES.join('|')})|(${FREE})[ \u00a0](?:${GROUP_FAMILY_AFTER.join('|')})|(?:${GROUP_FAMILY_BEFORE.join('|')})[ \u00a0](${FREE}))(?![\p{Script=Latin}\p{N}]|-\p{N})`,
    'gu',
  );
  return scheme;
}

/**
 * Groups named by a naming scheme in `body`, outside the spans of names already linked; `groupSpans`: the
 * mentions of groups already linked, next to which a listed family-word name needs no group word.
 */
export function schemeGroups(body: string, known: Span[], lang: string, sentences: Sentence[], groupSpans: Span[] = []): IntrusionSetHit[] {
  const re = pattern();
  const out = new Map<string, IntrusionSetHit>();
  const listed: Span[] = [...groupSpans];
  const pending: Span[] = [];
  const keep = (start: number, end: number) => {
    const name = body.slice(start, end).replace(/\u00a0/gu, ' ');
    const key = name.toLowerCase();
    let hit = out.get(key);
    if (!hit) out.set(key, (hit = { name, aliases: [], mentions: [] }));
    hit.mentions.push({ start, end });
    listed.push({ start, end });
  };
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = m.index;
    const end = start + m[0].length;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    const free = m[2] ?? m[3];
    if (free && STOP.has(free)) continue;
    // A capitalised word on either side of a free-word name makes it part of a longer proper name
    // ("Eurofighter Typhoon", "Big Bear Lake").
    if (free && (capitalisedBefore(body, start, lang) || /^[ \u00a0]\p{Lu}\p{Ll}/u.test(body.slice(end, end + 3)))) continue;
    if (free && !groupContext(body, sentences, { start, end }, lang)) {
      pending.push({ start, end });
      continue;
    }
    keep(start, end);
  }
  // "Killnet, Hollow Spider and Pallid Spider": a family-word name listed next to a group is one too.
  const joiner = listJoiner(lang);
  for (let grew = true; grew && pending.length; ) {
    grew = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i]!;
      const gap = (from: number, to: number) => to - from <= LIST_GAP_CHARS && joiner.test(body.slice(from, to));
      if (!listed.some((g) => (g.end <= p.start ? gap(g.end, p.start) : p.end <= g.start && gap(p.end, g.start)))) continue;
      keep(p.start, p.end);
      pending.splice(i, 1);
      grew = true;
    }
  }
  for (const g of [...introducedGroups(body, known, lang), ...appositiveGroups(body, known, lang), ...namingGroups(body, known, lang, sentences)]) {
    const key = g.name.toLowerCase();
    const hit = out.get(key);
    if (hit) hit.mentions.push(...g.mentions);
    else {
      // Later mentions of an introduced name ("группировка Twelve ... Twelve") are the same group's.
      laterMentions(body, known, g);
      out.set(key, g);
    }
  }
  return [...out.values()];
}

const joiners = new Map<string, RegExp>();
/** The longest gap between two listed names: a comma and a conjunction ("as well as"). */
const LIST_GAP_CHARS = 16;

/** The whole gap between two members of a list: a comma, a conjunction, or both (GROUP_LIST_JOINERS). */
function listJoiner(lang: string): RegExp {
  let re = joiners.get(lang);
  if (!re) {
    const words = GROUP_LIST_JOINERS[lang] ?? GROUP_LIST_JOINERS.en!;
    const sp = lang === 'zh' ? '[ \\u00a0]*' : '[ \\u00a0]+';
    re = new RegExp(`^(?:[ \\u00a0]*[,，、][ \\u00a0]*|[ \\u00a0]*,?${sp}(?:${words.join('|')})${sp})$`, 'u');
    joiners.set(lang, re);
  }
  return re;
}

const introducers = new Map<string, RegExp | null>();
const namers = new Map<string, RegExp | null>();
const namedBefore = new Map<string, RegExp | null>();

/**
 * "хакерская группировка Twelve", "黑客组织Xyz", 'a hacking group called "Xyz"': a name a group word
 * introduces (lexicons/entity/group-schemes.ts GROUP_INTRODUCERS), outside names already linked.
 * Quoted everywhere; unquoted only in Latin script inside a text of another script, or after a word that
 * names a group unmistakably ("the hacking group Silt Heron"), or before one where the head comes last ("the
 * Cl0p ransomware gang", "die Sandworm-APT-Gruppe").
 */
function introducedGroups(body: string, known: Span[], lang: string): IntrusionSetHit[] {
  let re = introducers.get(lang);
  if (re === undefined) {
    const words = GROUP_INTRODUCERS[lang];
    const quoted = String.raw`[«"“„「『]\s?(${LATIN_NAME})\s?[»"”“」』]`;
    // A Latin run fused by a hyphen to a word of the text's own script is the first half of a
    // compound ("Telegram-канала", "IT-компании"), not a name.
    const bare = GROUP_INTRODUCED_UNQUOTED.includes(lang) ? String.raw`|(${LATIN_NAME})(?![A-Za-z\d]|-\p{L})` : '';
    const lead = lang === 'zh' ? '' : String.raw`(?<![\p{L}\p{N}])`;
    re = words ? new RegExp(`${lead}(?:${words.join('|')})[\\s\u00a0]?(?:${quoted}${bare})`, 'gu') : null;
    introducers.set(lang, re);
  }
  let named = namers.get(lang);
  if (named === undefined) {
    // An unquoted name after a word that names a group unmistakably; the name ends where no letter follows.
    const words = GROUP_INTRODUCED_UNQUOTED.includes(lang) ? undefined : GROUP_NAMED_UNQUOTED[lang];
    // A group word opening its sentence is capitalised ("Nhóm tin tặc X", "Groupe de pirates X").
    const opening = (w: string) => w.replace(/^(\p{Ll})/u, (c) => `[${c}${c.toUpperCase()}]`);
    named = words ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.map(opening).join('|')})[\s\u00a0](${LATIN_NAME})(?![\p{L}\p{M}\p{N}])`, 'gu') : null;
    namers.set(lang, named);
  }
  let before = namedBefore.get(lang);
  if (before === undefined) {
    const words = GROUP_NAMED_BEFORE[lang];
    before = words ? new RegExp(String.raw`(?<![\p{L}\p{N}])(${LATIN_NAME})(?:${words.join('|')})(?![\p{L}\p{N}])`, 'gu') : null;
    namedBefore.set(lang, before);
  }
  const out = new Map<string, IntrusionSetHit>();
  for (const pattern of [re, named, before]) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      let name = (m[1] ?? m[2] ?? '').trim();
      // "The Cl0p ransomware gang": a capitalised article opening the run before the group words is no part of the name.
      if (pattern === before && /\s/u.test(name) && !plausibleUnquoted(body, name, m.index + name.length, lang, false)) name = name.replace(/^\S+\s+/u, '');
      if (!name || STOP.has(name)) continue;
      const start = pattern === before ? m.index + m[0].indexOf(name) : m.index + m[0].lastIndexOf(name);
      const end = start + name.length;
      if (known.some((k) => start < k.end && k.start < end)) continue;
      // Unquoted names (m[2] of the introducers, every name of the namers) must be plausible as names.
      if ((pattern === named || pattern === before || m[2] !== undefined) && !plausibleUnquoted(body, name, end, lang, pattern !== before)) continue;
      const key = name.toLowerCase();
      let hit = out.get(key);
      if (!hit) out.set(key, (hit = { name, aliases: [], mentions: [] }));
      if (!hit.mentions.some((x) => x.start === start)) hit.mentions.push({ start, end });
    }
  }
  return [...out.values()];
}

const groupNouns = new Map<string, RegExp | null>();

/**
 * Is `name` itself a group noun of the language ("Cyberspionage-Gruppierung", "Hackergruppe", "hacking group"):
 * a description of a group, never an organisation's name.
 */
export function isGroupNoun(name: string, lang: string): boolean {
  let re = groupNouns.get(lang);
  if (re === undefined) {
    const a = GROUP_APPOSITIONS[lang];
    re = a ? new RegExp(`^(?:${a.heads.join('|')})$`, 'u') : null;
    groupNouns.set(lang, re);
  }
  return !!re && re.test(name.trim());
}

const appositions = new Map<string, RegExp | null>();
/** Words that may stand between an apposition's article and its group noun ("a Russia-linked hacking group"). */
const APPOSITION_WORDS = 3;

/**
 * "X, a Russia-linked hacking group, ...", "X — хакерская группировка": a Latin-script name whose
 * apposition says it is a group (lexicons/entity/group-schemes.ts GROUP_APPOSITIONS), outside names
 * already linked, and plausible as a name (plausibleUnquoted).
 */
function appositiveGroups(body: string, known: Span[], lang: string): IntrusionSetHit[] {
  let re = appositions.get(lang);
  if (re === undefined) {
    const a = GROUP_APPOSITIONS[lang];
    const lead = a ? a.lead.filter(Boolean).join('|') : '';
    re = a
      ? new RegExp(
        String.raw`(?<![\p{L}\p{N}])(${LATIN_NAME})(?:,|[ \u00a0]+[—–-])[ \u00a0]+${lead ? `(?:${lead})[ \u00a0]+` : ''}(?:[\p{L}\p{N}\-]+[ \u00a0]+){0,${APPOSITION_WORDS}}?(?:${a.heads.join('|')})(?:[ \u00a0]*(?=[,.;:!?)—–]|$)|[ \u00a0]+(?:${a.next.join('|')})(?![\p{L}\p{N}]))`,
        'gu',
      )
      : null;
    appositions.set(lang, re);
  }
  if (!re) return [];
  const out = new Map<string, IntrusionSetHit>();
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const name = m[1]!;
    const start = m.index;
    const end = start + name.length;
    if (known.some((k) => start < k.end && k.start < end) || STOP.has(name)) continue;
    if (!plausibleUnquoted(body, name, end, lang)) continue;
    const key = name.toLowerCase();
    let hit = out.get(key);
    if (!hit) out.set(key, (hit = { name, aliases: [], mentions: [] }));
    hit.mentions.push({ start, end });
  }
  return [...out.values()];
}

/** Adds the other whole-word mentions of a group's name in `body`, outside names already linked. */
function laterMentions(body: string, known: Span[], hit: IntrusionSetHit): void {
  const name = hit.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
  for (const x of body.matchAll(re)) {
    const start = x.index!;
    const end = start + x[0].length;
    if (hit.mentions.some((m) => m.start < end && start < m.end) || known.some((k) => start < k.end && k.start < end)) continue;
    hit.mentions.push({ start, end });
  }
  hit.mentions.sort((a, b) => a.start - b.start);
}

/** Languages that capitalise every noun: a capitalised word before a name says nothing ("die Gruppe Lapis Typhoon"). */
const NOUNS_CAPITALISED = new Set(['de']);

/** A capitalised word right before `start` that does not open its sentence or line. */
function capitalisedBefore(body: string, start: number, lang: string): boolean {
  if (NOUNS_CAPITALISED.has(lang)) return false;
  const before = body.slice(Math.max(0, start - 40), start);
  const m = /(\S+)[ \u00a0]$/u.exec(before);
  if (!m || !/^\p{Lu}[\p{L}\-]*$/u.test(m[1]!)) return false;
  return !/(?:^|[\n.!?:]\s*|["“«„(]\s*)$/u.test(before.slice(0, m.index));
}

/** Words a context word may stand from a free-word name. */
const CONTEXT_WORDS = 6;
const contextCues = new Map<string, RegExp | null>();

/** A group word a few words before or after the name, in its sentence ("the X group", "tracked as X"). */
function groupContext(body: string, sentences: Sentence[], m: Span, lang: string): boolean {
  let re = contextCues.get(lang);
  if (re === undefined) {
    const words = GROUP_CONTEXT_WORDS[lang] ?? GROUP_CONTEXT_WORDS.en;
    re = words ? compileCues(words, lang === 'zh') : null;
    contextCues.set(lang, re);
  }
  if (!re) return false;
  const s = sentences.find((x) => m.start >= x.start && m.end <= x.end);
  const ix = tokenIndex(body, lang);
  const from = Math.max(s?.start ?? 0, ix.before(m.start, CONTEXT_WORDS));
  const to = Math.min(s?.end ?? body.length, ix.after(m.end, CONTEXT_WORDS));
  return !!execFrom(re, body.slice(from, m.start)) || !!execFrom(re, body.slice(m.end, to));
}

const aliasCues = new Map<string, RegExp | null>();

/**
 * Whether a code name is another name of a known group named in its sentence: in brackets right
 * after it ("Sandworm (UAC-0082)"), or after an alias cue ("RomCom, also known as Storm-0978 or
 * UNC2596", "als Cadet Blizzard, Ember Bear oder UAC-0056 geführt").
 */
export function aliasOfKnown(body: string, sentences: Sentence[], m: Span, known: Span[], lang: string, between = false): Span | null {
  const s = sentences.find((x) => m.start >= x.start && m.end <= x.end);
  const from = s?.start ?? Math.max(0, m.start - 200);
  const to = s?.end ?? Math.min(body.length, m.end + 200);
  const inSentence = known.filter((k) => k.start >= from && k.end <= to);
  if (!inSentence.length) return null;
  // "Sandworm (UAC-0082)", "Sandworm (also UNC9921, UAC-0082)"
  for (const k of inSentence) {
    if (k.end > m.start) continue;
    const gap = body.slice(k.end, m.start);
    if (/^\s*[(（][^()（）]{0,60}$/u.test(gap) && /^[^()（）]{0,60}[)）]/u.test(body.slice(m.end, m.end + 62))) return k;
  }
  let re = aliasCues.get(lang);
  if (re === undefined) {
    const words = [...(GROUP_ALIAS_CUES[lang] ?? []), ...(lang === 'en' ? [] : GROUP_ALIAS_CUES.en ?? [])];
    re = words.length ? compileCues(words, lang === 'zh') : null;
    aliasCues.set(lang, re);
  }
  if (!re || !execFrom(re, body.slice(from, to))) return null;
  // The nearest known group of the sentence; with `between`, only a group before the name with the alias cue
  // between them ("UAT4356 (Microsoft tracks it as Storm-1849)", "UAT4356, also known as Storm-1849").
  if (between) {
    const before = inSentence.filter((k) => k.end <= m.start && !!execFrom(re!, body.slice(k.end, m.start)));
    return before.length ? before[before.length - 1]! : null;
  }
  return inSentence.reduce((a, b) => (Math.abs(b.start - m.start) < Math.abs(a.start - m.start) ? b : a));
}
