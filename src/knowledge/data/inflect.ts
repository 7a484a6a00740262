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

/**
 * Russian case forms of a country's name in the nominative (Киргизия -> Киргизии, Киргизию;
 * Мьянма -> Мьянме; Новая Зеландия -> Новой Зеландии, Новой Зеландией; Филиппины -> Филиппинах; Узбекистан ->
 * Узбекистане; Китай -> Китая): a noun, or adjectives in -ая before one, or a state-form noun with the name
 * after it (Республика Корея -> Республики Корея). Other shapes (soft -ь nouns, indeclinable names, longer
 * phrases) give nothing.
 */
export function ruNounCases(name: string): string[] {
  const words = name.split(' ');
  // Adjectives in -ая before a feminine noun, one or more ("Новая Зеландия", "Корейская Народно-Демократическая Республика").
  if (words.length >= 2 && words.slice(0, -1).every((w) => /ая$/u.test(w))) {
    const adjs = words.slice(0, -1).map((w) => w.slice(0, -2));
    const noun = ruNounCases(words.at(-1)!);
    const with_ = (ending: string, n: string) => [...adjs.map((a) => a + ending), n].join(' ');
    // the feminine noun's genitive/prepositional (-и/-е) and accusative (-у/-ю) forms
    const gen = noun.filter((w) => /[иеы]$/u.test(w));
    const acc = noun.filter((w) => /[юу]$/u.test(w));
    // ... and the instrumental (-ей/-ой), after "с" ("связанная с Северной Кореей")
    const ins = noun.filter((w) => /(?:ей|ой)$/u.test(w));
    return [...gen.map((n) => with_('ой', n)), ...acc.map((n) => with_('ую', n)), ...ins.map((n) => with_('ой', n))];
  }
  // A state-form noun with the state's name in apposition ("Республика Корея"): only the noun declines, the name
  // stays in the nominative ("Республики Корея", "Республику Корея", "Республикой Корея").
  if (words.length === 2 && /^\p{Lu}/u.test(words[1]!) && /^\p{Lu}\p{Ll}+[ая]$/u.test(words[0]!)) {
    return ruNounCases(words[0]!).map((head) => `${head} ${words[1]}`);
  }
  if (words.length !== 1 || !/^\p{Lu}[\p{Ll}\-]{3,}$/u.test(name)) return [];
  const stem = name.slice(0, -1);
  if (/ия$/u.test(name)) return [`${stem}и`, `${stem}ю`, `${stem}ей`];
  if (/я$/u.test(name)) return [`${stem}и`, `${stem}е`, `${stem}ю`, `${stem}ей`];
  if (/[гкхжшщч]а$/u.test(name)) return [`${stem}и`, `${stem}е`, `${stem}у`, `${stem}ой`];
  if (/а$/u.test(name)) return [`${stem}ы`, `${stem}е`, `${stem}у`, `${stem}ой`];
  if (/ы$/u.test(name)) return [`${stem}ах`, `${stem}ам`, `${stem}ами`];
  if (/й$/u.test(name)) return [`${stem}я`, `${stem}е`, `${stem}ю`, `${stem}ем`];
  if (/[бвгдзклмнпрстфхцчшщ]$/u.test(name)) return [`${name}а`, `${name}е`, `${name}у`, `${name}ом`];
  return [];
}

/**
 * The German genitive of a country's or a capital's name: the name with -s ("Russland" -> "Russlands",
 * "Peking" -> "Pekings", "Kreml" -> "Kremls"), as in "im Auftrag Russlands". Names that end in a
 * sibilant keep their form ("Belarus", "Laos"), and the feminine ones, which take the article instead
 * ("der Ukraine", "der Türkei", "der Schweiz"), end in -e, -ei, -ie or -z: none of those get one. A
 * name of several words is declined through its article, not its ending, and gets none either.
 */
/**
 * The German weak declension of a name opened by adjectives in -e, as after "der" or "die" in the genitive and the
 * dative ("Zentralafrikanische Republik" -> "der Zentralafrikanischen Republik", "Demokratische Volksrepublik
 * Korea" -> "der Demokratischen Volksrepublik Korea"). Names that open with no such adjective give nothing.
 */
export function deWeakAdjectives(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+e$/u.test(words[0]!)) return [];
  // Every adjective in -e before the head takes -n; the head and what follows it do not change.
  let i = 0;
  while (i < words.length - 1 && /^\p{Lu}\p{Ll}+e$/u.test(words[i]!)) i++;
  return [[...words.slice(0, i).map((w) => `${w}n`), ...words.slice(i)].join(' ')];
}

export function deGenitive(name: string): string[] {
  if (!/^\p{Lu}[\p{Ll}]+$/u.test(name) || /(?:[sßxz]|e|ei|ie)$/u.test(name)) return [];
  return [`${name}s`];
}

/** A stressed last vowel loses its accent when a syllable is added (alemán -> alemana, francés -> franceses). */
function unstressLast(word: string): string {
  return word.replace(/([áéíóú])([ns])$/u, (_, v: string, c: string) => ({ á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' } as Record<string, string>)[v]! + c);
}

/**
 * Every gender and number of a Spanish demonym adjective listed in one form: "español" -> española,
 * españoles, españolas; "alemán" -> alemana, alemanes, alemanas; "chino" -> china, chinos, chinas;
 * "estadounidense" -> estadounidenses; "iraní" -> iraníes, iranís. Plural forms (in -s, except the
 * stressed singular "-és") and names of several words give only themselves.
 */
export function esDemonymForms(form: string): string[] {
  if (/\s/u.test(form) || (/s$/u.test(form) && !/és$/u.test(form))) return [form];
  if (/o$/u.test(form)) return esAdjO(form.slice(0, -1));
  if (/[ae]$/u.test(form)) return [form, `${form}s`];
  if (/[íú]$/u.test(form)) return [form, `${form}es`, `${form}s`];
  if (/[\p{L}]$/u.test(form) && !/[aeiouáéíóú]$/u.test(form)) {
    const base = unstressLast(form);
    return [form, `${base}a`, `${base}es`, `${base}as`];
  }
  return [form];
}

/** English plural of a demonym noun in -an/-ian/-i ("Kenyan" -> "Kenyans", "Saudi" -> "Saudis"). */
export function enDemonymPlural(word: string): string[] {
  return /^\p{Lu}\p{Ll}+(?:an|i)$/u.test(word) ? [`${word}s`] : [];
}
