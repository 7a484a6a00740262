/** Names in other scripts written the way English-language news writes them. */
import { pinyin } from 'pinyin-pro';
import { FOREIGN_J, RU_WESTERN, SLAVIC_TRANSCRIPTIONS, UA_FROM_RU } from './lexicons/entity/name-forms.ts';
import { PALLADIUS_BARE, PALLADIUS_DENTALS, PALLADIUS_FINALS, PALLADIUS_INITIALS, PALLADIUS_LABIALS, PALLADIUS_RETROFLEX } from './lexicons/entity/palladius.ts';

/** Russian Cyrillic to Latin (BGN/PCGN-style). */
const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Letters after which BGN/PCGN writes "е" as "ye" (Сергеев -> Sergeyev, Евгений -> Yevgeny). */
const YE_AFTER = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'й', 'ъ', 'ь']);

/** Russian vowel and consonant letters. */
const VOWELS = new Set([...'аеёиоуыэюя']);
const CONSONANTS = new Set([...'бвгджзйклмнпрстфхцчшщ']);

/**
 * Russian Cyrillic in Latin letters. `ye`: "е" at the start of a word and after a vowel, "й", "ъ" or
 * "ь" is "ye", as BGN/PCGN and most English-language news write it (Шадаев -> Shadayev); without
 * it, "e" as the simpler spelling many others use (Shadaev). `yotI`: "й" after a vowel and before a
 * consonant or at the end of a word is "i" (Зайцев -> Zaitsev, Сергей -> Sergei), as much of the press
 * writes it beside BGN/PCGN's "y".
 */
export function transliterateCyrillic(s: string, options: { ye?: boolean; yotI?: boolean } = {}): string {
  return s
    .split(/(\s+)/)
    .map((w) => {
      // "-ий"/"-ый" endings are written "-y" (Дмитрий -> Dmitry).
      const base = w.replace(/ий$|ый$/u, (e) => (e === 'ий' ? '\u0000' : '\u0001'));
      let out = '';
      let prev = '';
      const chars = [...base];
      for (const [i, ch] of chars.entries()) {
        if (ch === '\u0000' || ch === '\u0001') { out += 'y'; prev = ch; continue; }
        const lower = ch.toLowerCase();
        const ye = options.ye && lower === 'е' && (prev === '' || prev === '-' || YE_AFTER.has(prev));
        // "Зайцев" -> "Zaitsev", "Сергей" -> "Sergei": "й" after a vowel, before a consonant or ending the word.
        const next = (chars[i + 1] ?? '').toLowerCase();
        const yotI = options.yotI && lower === 'й' && VOWELS.has(prev) && (!next || CONSONANTS.has(next));
        prev = lower;
        const t = ye ? 'ye' : yotI ? 'i' : MAP[lower];
        if (t === undefined) { out += ch; continue; }
        out += ch !== lower ? t.charAt(0).toUpperCase() + t.slice(1) : t;
      }
      return out;
    })
    .join('');
}

/**
 * A Ukrainian name written in Russian letters ("Ольга Стефанишина") in the spellings Ukraine's
 * romanization may give it: UA_FROM_RU's `always` letters everywhere ("Olha"), and in the surname one
 * letter of `either` at a time read the other way, since the Russian spelling merges two Ukrainian
 * letters there ("Stefanyshina", "Stefanishyna"); [] when nothing differs from the plain transliteration.
 */
export function ukrainianSpellings(name: string): string[] {
  const word = (w: string, swap = -1) => {
    let x = '';
    [...w].forEach((ch, i) => {
      const lower = ch.toLowerCase();
      const t = UA_FROM_RU.always.find(([a]) => a === lower)?.[1] ?? (i === swap ? UA_FROM_RU.either.find(([a]) => a === lower)?.[1] : undefined);
      x += t === undefined ? transliterateCyrillic(ch) : ch !== lower ? t.toUpperCase() : t;
    });
    return x;
  };
  const words = name.trim().split(/\s+/u);
  const head = words.slice(0, -1).map((w) => word(w));
  const last = words.at(-1) ?? '';
  const swaps = [-1, ...[...last].flatMap((ch, i) => (UA_FROM_RU.either.some(([a]) => a === ch.toLowerCase()) ? [i] : []))];
  const plain = transliterateCyrillic(name);
  const out: string[] = [];
  for (const i of swaps) {
    const full = [...head, word(last, i)].join(' ');
    if (full !== plain && !out.includes(full)) out.push(full);
  }
  return out;
}

/** A Chinese personal name in pinyin, family name first: 毛宁 -> "Mao Ning", 汪文斌 -> "Wang Wenbin". */
export function chineseNameToPinyin(name: string): string {
  const syl = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }) as string[];
  const [family, ...given] = syl;
  if (family === undefined || given.length === 0 || syl.some((x) => !/^[a-zü]+$/u.test(x))) return '';
  const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1).replace(/ü/gu, 'u');
  return `${cap(family)} ${cap(given.join(''))}`;
}

/** Pinyin initials in Wade-Giles (Taiwan passport spelling: no aspiration apostrophes). */
const WG_INITIALS: [string, string][] = [
  ['zh', 'ch'], ['ch', 'ch'], ['sh', 'sh'], ['b', 'p'], ['p', 'p'], ['d', 't'], ['t', 't'], ['g', 'k'], ['k', 'k'],
  ['j', 'ch'], ['q', 'ch'], ['x', 'hs'], ['r', 'j'], ['z', 'ts'], ['c', 'ts'], ['s', 's'], ['h', 'h'], ['f', 'f'],
  ['m', 'm'], ['n', 'n'], ['l', 'l'], ['y', 'y'], ['w', 'w'],
];

/** One pinyin syllable in Wade-Giles without apostrophes: jie -> chieh, xiong -> hsiung, zhi -> chih, guo -> kuo. */
export function pinyinSyllableToWadeGiles(syl: string): string {
  const whole: Record<string, string> = { zi: 'tzu', ci: 'tzu', si: 'ssu', zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', er: 'erh', yi: 'i', you: 'yu', yan: 'yen', ye: 'yeh', yong: 'yung', shuo: 'shuo', ruo: 'jo' };
  if (whole[syl]) return whole[syl]!;
  const [pi = '', wi = ''] = WG_INITIALS.find(([p]) => syl.startsWith(p)) ?? ['', ''];
  let fin = syl.slice(pi.length);
  // After j, q, x and y, "u" is ü (written u here).
  if (/^[jqxy]$/u.test(pi)) fin = fin.replace(/^ue$/u, 'ueh').replace(/^uan$/u, 'uan');
  fin = fin
    .replace(/^ie$/u, 'ieh').replace(/^ian$/u, 'ien').replace(/^iong$/u, 'iung').replace(/^ong$/u, 'ung').replace(/^ve$|^üe$/u, 'ueh');
  if (pi === 'y') fin = fin.replace(/^e$/u, 'eh').replace(/^an$/u, 'en').replace(/^ue$/u, 'ueh');
  if (/^(?:g|k)$/u.test(pi) && fin === 'ui') fin = 'uei';
  if (fin === 'uo' && !/^(?:g|k|h)$/u.test(pi)) fin = 'o';
  if (fin === 'e' && /^(?:g|k|h)$/u.test(pi)) fin = 'o';
  return wi + fin;
}

/**
 * A Chinese personal name as Taiwan writes it in Latin letters (Wade-Giles, given name hyphenated):
 * 梁文傑 -> "Liang Wen-chieh", 林佳龍 -> "Lin Chia-lung"; '' when the characters have no reading.
 */
export function chineseNameToWadeGiles(name: string): string {
  const syl = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }) as string[];
  const [family, ...given] = syl;
  if (family === undefined || given.length === 0 || syl.some((x) => !/^[a-zü]+$/u.test(x))) return '';
  const wg = (x: string) => pinyinSyllableToWadeGiles(x.replace(/ü/gu, 'u'));
  const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
  return `${cap(wg(family))} ${cap(given.map(wg).join('-'))}`;
}

/** One Cyrillic word as Palladius syllables in pinyin (fewest syllables), or null when it is none. */
function palladiusSyllables(word: string): string[] | null {
  const w = word.toLowerCase().replace(/ё/gu, 'е');
  const best: (string[] | null)[] = new Array(w.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < w.length; i++) {
    const here = best[i];
    if (!here) continue;
    // "Пэнъюй": the hard sign separates syllables.
    const at = w.charAt(i) === 'ъ' && i > 0 ? i + 1 : i;
    const push = (end: number, syl: string) => {
      const cand = [...here, syl];
      const cur = best[end];
      if (!cur || cand.length < cur.length) best[end] = cand;
    };
    for (const [cyr, py] of Object.entries(PALLADIUS_BARE)) if (w.startsWith(cyr, at)) push(at + cyr.length, py);
    for (const [ini, plain, pal] of PALLADIUS_INITIALS) {
      if (!w.startsWith(ini, at)) continue;
      for (const f of PALLADIUS_FINALS) {
        if (!w.startsWith(f.cyr, at + ini.length)) continue;
        if (f.cyr === 'ы' && !PALLADIUS_DENTALS.has(ini)) continue;
        if (f.palatal && f.cyr !== 'и' && PALLADIUS_RETROFLEX.has(ini)) continue;
        if (f.palatal && 'гкхф'.includes(ini)) continue;
        const initial = f.palatal && !PALLADIUS_RETROFLEX.has(ini) ? pal : plain;
        // Before a palatal final j, q, x take "u" for ü: цзюй ju, сюэ xue.
        const fin = f.cyr === 'о' && PALLADIUS_LABIALS.has(ini) ? 'o' : f.pinyin;
        push(at + ini.length + f.cyr.length, initial + fin);
      }
      break;
    }
  }
  return best[w.length] ?? null;
}

/**
 * A Chinese personal name written in Cyrillic by the Palladius system, in pinyin: "Ван Вэньбинь" ->
 * "Wang Wenbin", "Линь Цзянь" -> "Lin Jian", "Лю Пэнъюй" -> "Liu Pengyu"; '' for any other name.
 * The shape of a Chinese name decides: two words, a one-syllable family name first, a given name of
 * one or two syllables.
 */
export function palladiusNameToPinyin(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}[\p{Ll}]+$/u.test(w) || /^\p{Lu}$/u.test(w))) return '';
  const [family, given] = words.map(palladiusSyllables);
  if (!family || !given || family.length !== 1 || given.length < 1 || given.length > 2) return '';
  const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
  return `${cap(family[0]!)} ${cap(given.join(''))}`;
}

const slavicCompiled = new Map<string, { surname: RegExp; rules: [RegExp, string][]; given: [RegExp, string][] } | null>();

/**
 * The English spelling of an East Slavic name written by another language's transcription
 * ("Dmitri Peskow" -> "Dmitry Peskov", "Iouliana Chemetovets" -> "Yuliana Shemetovets"), or '' when the
 * language has no such table, the last word has no East Slavic surname shape, or nothing changes.
 */
export function slavicNameToEnglish(name: string, lang: string): string {
  let c = slavicCompiled.get(lang);
  if (c === undefined) {
    const t = SLAVIC_TRANSCRIPTIONS[lang];
    const compile = (rules: [string, string][], flags: string): [RegExp, string][] => rules.map(([a, b]) => [new RegExp(a, flags), b]);
    c = t ? { surname: new RegExp(`\\p{L}{2,}${t.surname}$`, 'u'), rules: compile(t.rules, 'uy'), given: compile(t.given ?? [], 'gu') } : null;
    slavicCompiled.set(lang, c);
  }
  const words = name.trim().split(/\s+/u);
  if (!c || words.length < 2 || !c.surname.test(words.at(-1)!.toLowerCase())) return '';
  const out = words.map((w, i) => {
    const lower = w.toLowerCase();
    let x = rewriteLeftToRight(lower, c.rules, (ch) => ch);
    if (i === 0 && words.length > 1) for (const [re, to] of c.given) x = x.replace(re, to);
    x = x.normalize('NFD').replace(/\p{M}/gu, '');
    // Capitals where the word had them ("Grande-Marlaska" style compounds keep theirs).
    return x.replace(/(^|-)(\p{L})/gu, (_m, a: string, l: string) => a + l.toUpperCase());
  }).join(' ');
  return out === name ? '' : out;
}

/**
 * The English spellings of an East Slavic name in another language's transcription: the one
 * slavicNameToEnglish gives, then those its table's `variants` give for the surname ("Maria
 * Sacharowa" -> "Maria Sakharova", "Maria Zakharova"); [] when it gives none.
 */
export function slavicNameSpellings(name: string, lang: string): string[] {
  const first = slavicNameToEnglish(name, lang);
  if (!first) return [];
  const out = [first];
  const words = first.split(/\s+/u);
  const last = words.at(-1)!;
  for (const [a, b] of SLAVIC_TRANSCRIPTIONS[lang]?.variants ?? []) {
    const lower = last.toLowerCase().replace(new RegExp(a, 'u'), b);
    const other = lower.replace(/(^|-)(\p{L})/gu, (_m, x: string, l: string) => x + l.toUpperCase());
    const full = [...words.slice(0, -1), other].join(' ');
    if (other !== last && !out.includes(full)) out.push(full);
  }
  return out;
}

/**
 * The English spellings of a Western name written in Russian besides its plain transliteration: the
 * one westernCyrillicToEnglish gives, then those RU_WESTERN's `variants` give ("Жозеп Боррель" ->
 * "Josep Borrel", "Josep Borrell"; "Лиз Трасс" -> "Liz Truss"), then its `latinVariants` of each
 * ("Клеверли" -> "Cleverly"); [] for an East Slavic surname.
 */
export function westernCyrillicSpellings(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  if (!words.length || !words.every((x) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*$/u.test(x))) return [];
  westernCyrillicToEnglish(name); // compiles RU_WESTERN once
  if (westernCompiled!.slavic.test(words.at(-1)!.toLowerCase())) return [];
  const first = westernCyrillicToEnglish(name);
  const plain = transliterateCyrillic(name);
  const out = first ? [first] : [];
  for (const [a, b] of RU_WESTERN.variants) {
    // the first place in each word: "Данбар" Dunbar, not Dunbur
    const re = new RegExp(a.replace(/V/gu, RU_VOWEL).replace(/C/gu, RU_CONSONANT), 'u');
    const changed = words.map((w) => {
      const lower = w.toLowerCase();
      const v = lower.replace(re, b);
      return v === lower ? w : v.charAt(0).toUpperCase() + v.slice(1);
    }).join(' ');
    if (changed === words.join(' ')) continue;
    const other = westernCyrillicToEnglish(changed) || transliterateCyrillic(changed);
    if (other !== plain && !out.includes(other)) out.push(other);
  }
  for (const [a, b] of RU_WESTERN.latinVariants) {
    const re = new RegExp(a, 'u');
    // the plain transliteration too, when it is already the English spelling otherwise ("Oliver Klark")
    for (const spelling of [...(first ? [] : [plain]), ...out]) {
      const other = spelling.split(/\s+/u).map((w) => {
        const lower = w.toLowerCase();
        const v = lower.replace(re, b);
        return v === lower ? w : v.charAt(0).toUpperCase() + v.slice(1);
      }).join(' ');
      if (other !== spelling && !out.includes(other)) out.push(other);
    }
  }
  return out;
}

/**
 * One pass over `lower` from left to right: the first of `rules` (sticky expressions) that matches
 * at a position rewrites it, and what it wrote is not read again ("tsch" -> "ch" stays "ch"); a
 * letter no rule matches goes through `otherwise`. A rule starting with "^" is tried only at the
 * start of the word or of a hyphenated part.
 */
function rewriteLeftToRight(lower: string, rules: readonly [RegExp, string][], otherwise: (letter: string) => string): string {
  let x = '';
  for (let i = 0; i < lower.length;) {
    let hit = false;
    for (const [re, to] of rules) {
      if (re.source.startsWith('^') && i > 0 && lower.charAt(i - 1) !== '-') continue;
      re.lastIndex = i;
      const m = re.exec(lower);
      if (!m || !m[0]) continue;
      x += to;
      i += m[0].length;
      hit = true;
      break;
    }
    if (!hit) x += otherwise(lower.charAt(i++));
  }
  return x;
}

let westernCompiled: { slavic: RegExp; rules: [RegExp, string][] } | null = null;
/** What "V" and "C" stand for in RU_WESTERN's rules and variants: a vowel letter, a consonant letter. */
const RU_VOWEL = '[аеёиоуыэюяaeiouy]';
const RU_CONSONANT = '[бвгджзйклмнпрстфхцчшщ]';

/**
 * A Western name written in Russian, in its usual English spelling by the letter rules and given
 * names of RU_WESTERN ("Гэвин Уилкинсон" -> "Gavin Wilkinson", "Тарик Хасан" -> "Tariq Hasan"), or ''
 * when the last word has the shape of an East Slavic surname or the result is the plain
 * transliteration.
 */
export function westernCyrillicToEnglish(name: string): string {
  if (!westernCompiled) {
    const v = RU_VOWEL;
    const c = RU_CONSONANT;
    westernCompiled = {
      slavic: new RegExp(`\\p{L}{2,}${RU_WESTERN.slavic}$`, 'u'),
      rules: RU_WESTERN.rules.map(([a, b]) => [new RegExp(a.replace(/V/gu, v).replace(/C/gu, c).replace(/\$$/u, '(?![\\p{L}])'), 'uy'), b]),
    };
  }
  const w = westernCompiled;
  const words = name.trim().split(/\s+/u);
  if (!words.length || !words.every((x) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*$/u.test(x)) || w.slavic.test(words.at(-1)!.toLowerCase())) return '';
  const out = words.map((word, n) => {
    const lower = word.toLowerCase();
    const given = n < words.length - 1 ? RU_WESTERN.given[lower] : undefined;
    if (given) return given;
    const x = rewriteLeftToRight(lower, w.rules, transliterateCyrillic);
    return x.replace(/(^|-)(\p{L})/gu, (_m, a: string, l: string) => a + l.toUpperCase());
  }).join(' ');
  return out === transliterateCyrillic(name) ? '' : out;
}

/**
 * A foreign name with the language's letters for an English "j" ("Mahmud Ahmadinedschad", "Djamal
 * Saleh") in the English spelling ("Mahmud Ahmadinejad", "Jamal Saleh"), or '' when it has none.
 */
export function foreignJToEnglish(name: string, lang: string): string {
  const rules = FOREIGN_J[lang];
  if (!rules) return '';
  let out = name;
  for (const [a, b] of rules) out = out.split(a).join(b);
  return out === name ? '' : out;
}
