/** Names in other scripts written the way English-language news writes them. */
import { pinyin } from 'pinyin-pro';

/** Russian Cyrillic to Latin (BGN/PCGN-style). */
const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function transliterateCyrillic(s: string): string {
  return s
    .split(/(\s+)/)
    .map((w) => {
      // "-ий"/"-ый" endings are written "-y" (Дмитрий -> Dmitry).
      const base = w.replace(/ий$|ый$/u, (e) => (e === 'ий' ? '\u0000' : '\u0001'));
      let out = '';
      for (const ch of base) {
        if (ch === '\u0000' || ch === '\u0001') { out += 'y'; continue; }
        const lower = ch.toLowerCase();
        const t = MAP[lower];
        if (t === undefined) { out += ch; continue; }
        out += ch !== lower ? t.charAt(0).toUpperCase() + t.slice(1) : t;
      }
      return out;
    })
    .join('');
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
