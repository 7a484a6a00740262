/**
 * Threat groups named by a naming verb or phrase ("Velmora tracks the actor as X", "a group it dubbed
 * X", "the activity, which Velmora calls X", "suivi sous le nom de X", "als X bezeichnet", "rastreado
 * como X", "отслеживает как X", "được gọi là X", "被命名为“X”"), and by a group word next to a quoted
 * name in the text's own script ("группировка «...»", "黑客组织“...”", "“...”组织"). What is named
 * is a group only when the noun nearest before the naming words is a group's ("actor", "cluster",
 * "hackers") and not software, a campaign, a company, a product or a place ("the malware, dubbed X");
 * where the head noun follows the name ("名为“X”的黑客组织", "die als X geführte Gruppe"), that noun
 * decides. Word lists: lexicons/entity/group-schemes.ts GROUP_NAMINGS.
 */
import { CAMPAIGN_NAME_HEADS, GROUP_CYBER_CONTEXT, GROUP_LIST_JOINERS, GROUP_NAMINGS, NAMING_AGENT_PREPOSITIONS, NAMING_GENITIVE_LINKS } from './lexicons/entity/group-schemes.ts';
import { LATIN_NAME, plausibleUnquoted } from './group-name-checks.ts';
import { compileCues, execFrom } from './lexicons/index.ts';
import { tokenIndex } from './tokens.ts';
import type { Sentence } from './segment.ts';
import type { IntrusionSetHit, Span } from './types.ts';

/** Languages that capitalise every noun: a capitalised word in a cue says nothing ("unter dem Namen"). */
const NOUNS_CAPITALISED = new Set(['de']);
/** Words before the naming words in which the deciding noun is looked for. */
const NOUN_WORDS = 6;
/** Words after a fronted naming phrase's comma in which its subject's noun is looked for. */
const FRONTED_SUBJECT_WORDS = 3;
/** A gloss in brackets right after a name, in any script, up to 40 characters. */
const GLOSS_CHARS = 40;
const GLOSS = new RegExp(String.raw`^[ \u00a0]*[（(][^()（）\n]{1,${GLOSS_CHARS}}[)）]`, 'u');
/** A quoted name in any script, up to 40 characters. */
const QUOTED = String.raw`[«"“„「『]\s?([^«»"“”„「」『』\n]{1,40}?)\s?[»"”“」』]`;

interface Compiled {
  list: RegExp | null;
  cues: RegExp | null;
  intro: RegExp | null;
  post: RegExp | null;
  verbs: RegExp | null;
  nouns: RegExp;
  groups: RegExp;
  after: RegExp | null;
  trailer: RegExp | null;
  cyber: RegExp | null;
  campaign: RegExp;
  agent: RegExp | null;
  headOf: RegExp | null;
}
const compiled = new Map<string, Compiled | null>();

function compile(lang: string): Compiled | null {
  let c = compiled.get(lang);
  if (c !== undefined) return c;
  const n = GROUP_NAMINGS[lang];
  const lead = lang === 'zh' ? '' : String.raw`(?<![\p{L}\p{N}])`;
  const end = lang === 'zh' ? '' : String.raw`(?![\p{L}\p{N}])`;
  const alt = (xs: string[]) => `(?:${[...xs].sort((a, b) => b.length - a.length).join('|')})`;
  const joiners = GROUP_LIST_JOINERS[lang];
  c = n
    ? {
      list: joiners ? new RegExp(String.raw`[ \u00a0]*(?:,[ \u00a0]*(?:${alt(joiners)}[ \u00a0]+)?|[ \u00a0]+${alt(joiners)}[ \u00a0]+)`, 'uy') : null,
      cues: new RegExp(`${lead}${alt(n.cues)}`, 'giu'),
      intro: n.introducers ? new RegExp(`${lead}${alt(n.introducers)}(?=[ \u00a0]*[«"“„「『])`, 'giu') : null,
      post: n.postVerb ? new RegExp(`${lead}${alt(n.postVerb.cues)}`, 'gu') : null,
      verbs: n.postVerb ? new RegExp(String.raw`^[ \u00a0]+${alt(n.postVerb.verbs)}(?![\p{L}\p{N}])`, 'u') : null,
      nouns: new RegExp(`${lead}(?:(${alt(n.groups)})|${alt(n.others)})${end}`, 'giu'),
      groups: new RegExp(`^${alt(n.groups)}$`, 'iu'),
      after: n.headAfter !== undefined ? new RegExp(`^${n.headAfter}(?:(${alt(n.groups)})|${alt(n.others)})${end}`, 'iu') : null,
      trailer: n.trailers ? new RegExp(`${QUOTED}(?:[ \u00a0]*[（(][^()（）\n]{1,40}[)）])?${alt(n.trailers)}`, 'gu') : null,
      cyber: GROUP_CYBER_CONTEXT[lang] ? compileCues(GROUP_CYBER_CONTEXT[lang]!, lang === 'zh') : null,
      agent: NAMING_AGENT_PREPOSITIONS[lang] ? new RegExp(`(?<![\\p{L}\\p{N}])${alt(NAMING_AGENT_PREPOSITIONS[lang]!)}[ \\u00a0]*$`, 'iu') : null,
      headOf: NAMING_GENITIVE_LINKS[lang]
        ? new RegExp(`${lead}${alt(n.others)}[ \\u00a0]+${alt(NAMING_GENITIVE_LINKS[lang]!.map((l) => (l ? `${l}[ \\u00a0]+` : '')))}$`, 'iu')
        : null,
      campaign: new RegExp(`^${alt(CAMPAIGN_NAME_HEADS)}(?![\\p{L}\\p{N}])`, 'u'),
    }
    : null;
  compiled.set(lang, c);
  return c;
}

/** The name right after a naming cue: quoted in any script, or Latin-script capitalised words. */
function nameAt(body: string, at: number): { name: string; start: number; end: number; quoted: boolean } | null {
  const re = new RegExp(String.raw`[ \u00a0]*(?:${QUOTED}|(${LATIN_NAME})(?![\p{Script=Latin}\p{M}\p{N}]))`, 'uy');
  re.lastIndex = at;
  const m = re.exec(body);
  if (!m) return null;
  const name = (m[1] ?? m[2] ?? '').trim();
  if (!name) return null;
  const start = m.index + m[0].lastIndexOf(name);
  const quoted = m[1] !== undefined;
  return { name, start, end: start + name.length, quoted };
}

/** A Latin-script name in brackets at `at` ("（Copper Lynx）", "(Copper Lynx)"). */
function englishForm(body: string, at: number): { name: string; start: number; end: number; close: number } | null {
  const re = new RegExp(String.raw`[ \u00a0]*[（(][ \u00a0]*(${LATIN_NAME}?)[ \u00a0]*[)）,，;；]`, 'uy');
  re.lastIndex = at;
  const m = re.exec(body);
  if (!m) return null;
  // A closing bracket the name took without its opening one is the bracket's.
  const name = m[1]!.replace(/\)+$/u, (b) => (m[1]!.split('(').length > m[1]!.split(')').length - b.length ? b : ''));
  const start = m.index + m[0].indexOf(name);
  return { name, start, end: start + name.length, close: m.index + m[0].length };
}

/** Words at most in a list of names one naming cue gives ("tracked as X, Y and Z"). */
const LIST_NAMES = 4;

/**
 * The other names of a list that one naming cue gives ("named the three groups X, Y and Z"): unquoted
 * Latin-script names joined by commas and the language's conjunctions, the list closed by punctuation
 * or the end of the text, else it is none ("dubbed X and Velmora said").
 */
function listedAfter(body: string, first: { end: number }, list: RegExp | null): { name: string; start: number; end: number; quoted: boolean }[] {
  if (!list) return [];
  const out: { name: string; start: number; end: number; quoted: boolean }[] = [];
  let at = first.end;
  for (let i = 0; i < LIST_NAMES; i++) {
    list.lastIndex = at;
    const j = list.exec(body);
    if (!j) break;
    const n = nameAt(body, at + j[0].length);
    if (!n || n.quoted || n.start !== at + j[0].length) break;
    out.push(n);
    at = n.end;
  }
  return out.length && /^[ \u00a0]*(?:[.;:!?)]|$)/u.test(body.slice(at, at + 3)) ? out : [];
}

/** Whether a quoted name looks like one: letters, at most four words, no sentence inside. */
function nameShaped(name: string): boolean {
  if (!/\p{L}/u.test(name) || /[.!?,;:]$/u.test(name)) return false;
  if (/\p{Script=Han}/u.test(name)) return name.length >= 2 && name.length <= 12;
  return name.split(/\s+/u).length <= 4 && /^[\p{Lu}\p{N}]/u.test(name);
}

/** Groups the text names by a naming verb or phrase, outside names already linked. */
export function namingGroups(body: string, known: Span[], lang: string, sentences: Sentence[]): IntrusionSetHit[] {
  const c = compile(lang);
  if (!c) return [];
  const ix = tokenIndex(body, lang);
  const out = new Map<string, IntrusionSetHit>();
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end);
  const add = (found: string, from: number, to: number) => {
    let [name, start, end] = [found, from, to];
    if (!/\p{Script=Latin}/u.test(name)) {
      // A name in the text's own script is labelled in its usual English form: only the form the
      // text gives in brackets right after it ("«Медная рысь» (Copper Lynx)") can name the group.
      const en = englishForm(body, end + 1);
      if (!en || known.some((k) => en.start < k.end && k.start < en.end)) return;
      [name, start, end] = [en.name, en.start, en.end];
    }
    const key = name.toLowerCase();
    let hit = out.get(key);
    if (!hit) out.set(key, (hit = { name, aliases: [], mentions: [] }));
    if (!hit.mentions.some((x) => x.start === start)) hit.mentions.push({ start, end });
  };
  /** The noun that decides what the name names: a head right after it, else the nearest before. */
  const cyberNear = (pos: number): boolean => {
    const s = sentenceOf(pos);
    return !c.cyber || !!execFrom(c.cyber, body.slice(s?.start ?? 0, s?.end ?? body.length));
  };
  const isGroup = (cueStart: number, n: { start: number; end: number; name: string; quoted: boolean }, verbAfter = false): boolean => {
    if (known.some((k) => n.start < k.end && k.start < n.end)) return false;
    if (c.campaign.test(n.name)) return false;
    if (n.quoted ? !nameShaped(n.name) : !plausibleUnquoted(body, n.name, n.end, lang, !verbAfter)) return false;
    const s = sentenceOf(n.start);
    let close = n.quoted ? n.end + 1 : n.end;
    close = englishForm(body, close)?.close ?? close;
    // A gloss in brackets in any script ("「X」（gloss）的駭客組織") stands between the name and its head.
    close += GLOSS.exec(body.slice(close, close + GLOSS_CHARS + 4))?.[0].length ?? 0;
    const head = c.after?.exec(body.slice(close, close + 40));
    if (head) return head[1] !== undefined;
    const from = Math.max(s?.start ?? 0, ix.before(cueStart, NOUN_WORDS));
    const window = body.slice(from, n.start);
    let group: boolean | null = null;
    c.nouns.lastIndex = 0;
    for (let m = c.nouns.exec(window); m; m = c.nouns.exec(window)) {
      const before = window.slice(0, m.index);
      // "known to researchers as": the noun after an agent's preposition names who names.
      if (c.agent?.test(before)) continue;
      // "the leader of the group", "лидер группировки": a group noun depending on another noun
      // leaves that noun to decide.
      group = m[1] !== undefined && !c.headOf?.test(before);
    }
    if (group === null && s && /^[\s"“«„'‘(]*$/u.test(body.slice(s.start, cueStart))) {
      // A fronted naming phrase ("Dubbed X by Velmora, the group ...", "Conocido como X, el grupo
      // ..."): the subject after its comma decides.
      const comma = body.indexOf(',', n.end);
      if (comma >= 0 && comma < s.end) {
        const after = body.slice(comma + 1, Math.min(s.end, ix.after(comma + 1, FRONTED_SUBJECT_WORDS)));
        c.nouns.lastIndex = 0;
        const m = c.nouns.exec(after);
        group = m ? m[1] !== undefined : null;
      }
    }
    return group === true;
  };
  if (c.cues) {
    c.cues.lastIndex = 0;
    for (let m = c.cues.exec(body); m; m = c.cues.exec(body)) {
      // A cue's object that ends in a capitalised word took the name's first words ("named the
      // hackers Copper Lynx"): the name starts at the first capitalised word after the verb.
      let at = m.index + m[0].length;
      const cap = /[ \u00a0]\p{Lu}/u.exec(m[0]);
      if (cap && !NOUNS_CAPITALISED.has(lang) && /[ \u00a0]\p{Lu}[^ \u00a0]*$/u.test(m[0])) at = m.index + cap.index;
      const n = nameAt(body, at);
      if (!n || !isGroup(m.index, n)) continue;
      add(n.name, n.start, n.end);
      // "đặt tên cho ba nhóm này là X, Y và Z": every name of a list the cue gives, each plausible and unknown.
      if (n.quoted) continue;
      const rest = listedAfter(body, n, c.list);
      if (rest.every((x) => !known.some((k) => x.start < k.end && k.start < x.end) && plausibleUnquoted(body, x.name, x.end, lang) && !c.campaign.test(x.name))) {
        for (const x of rest) add(x.name, x.start, x.end);
      }
    }
  }
  if (c.intro) {
    // "группировка «...»", "黑客组织“...”": a group word right before a quoted name.
    c.intro.lastIndex = 0;
    for (let m = c.intro.exec(body); m; m = c.intro.exec(body)) {
      const n = nameAt(body, m.index + m[0].length);
      if (!n || !n.quoted || (!/\p{Script=Latin}/u.test(n.name) && !cyberNear(n.start))) continue;
      if (isGroup(m.index, n)) add(n.name, n.start, n.end);
    }
  }
  if (c.post && c.verbs) {
    c.post.lastIndex = 0;
    for (let m = c.post.exec(body); m; m = c.post.exec(body)) {
      const n = nameAt(body, m.index + m[0].length);
      if (!n) continue;
      // A gloss in brackets may stand between the name and its verb ("als «X» (gloss) bezeichnet").
      const after = n.quoted ? n.end + 1 : n.end;
      const gloss = GLOSS.exec(body.slice(after, after + GLOSS_CHARS + 4))?.[0].length ?? 0;
      if (!c.verbs.test(body.slice(after + gloss, after + gloss + 40))) continue;
      if (isGroup(m.index, n, true)) add(n.name, n.start, n.end);
    }
  }
  if (c.trailer) {
    // "“...”组织": a quoted name right before a group word.
    c.trailer.lastIndex = 0;
    for (let m = c.trailer.exec(body); m; m = c.trailer.exec(body)) {
      const name = m[1]!.trim();
      const start = m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (known.some((k) => start < k.end && k.start < end) || !nameShaped(name) || c.campaign.test(name)) continue;
      if (!/\p{Script=Latin}/u.test(name) && !cyberNear(start)) continue;
      add(name, start, end);
    }
  }
  return [...out.values()];
}
