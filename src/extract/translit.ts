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
