/**
 * Small generators for the inflected forms news uses of demonym adjectives, so the data files list
 * a stem once instead of every case and gender by hand.
 */

/** Russian adjectives in -ский/-цкий (китайск- -> китайский, китайская, китайских, ...). */
export function ruAdj(stem: string): string[] {
  return ['ий', 'ая', 'ое', 'ие', 'ого', 'ой', 'их', 'ому', 'им', 'ими', 'ую', 'ом'].map((e) => stem + e);
}

/** Russian hard-stem adjectives (e.g. none common in -ск; kept for -ный stems). */
export function ruAdjHard(stem: string): string[] {
  return ['ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ых', 'ому', 'ым', 'ыми', 'ую', 'ом'].map((e) => stem + e);
}

/** French adjective: masculine and feminine singular, plural by adding -s unless already in -s/-x. */
export function frAdj(masc: string, fem: string = masc + 'e'): string[] {
  const pl = (w: string) => (/[sx]$/.test(w) ? w : w + 's');
  return [...new Set([masc, fem, pl(masc), pl(fem)])];
}

/** German adjective in -isch: all strong/weak endings. */
export function deAdj(stem: string): string[] {
  return ['', 'e', 'en', 'er', 'es', 'em'].map((e) => stem + e);
}

/** Spanish adjective in -o (ruso, rusa, rusos, rusas). */
export function esAdjO(stem: string): string[] {
  return ['o', 'a', 'os', 'as'].map((e) => stem + e);
}
