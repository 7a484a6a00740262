/**
 * A government named by its leader ("the Modi government", "le gouvernement Tusk", "die Regierung
 * Orbán", "правительство Дональда Туска"): the name right beside the profile's government noun
 * (`governmentOfLeader` before it, `governmentAfterLeader` after it) is a leader's, so it is looked up
 * among the known people even where a name alone is not: a family name the knowledge base gives one
 * person only, whatever its length ("Modi", "Tusk"), a name after a capitalised noun ("Regierung
 * Orbán"), and in Russian the genitive the noun governs ("Туска"). A name the knowledge base does not
 * know gives no one: no state is invented.
 */
import { knownPerson, knownPersonForms } from '../knowledge/index.ts';
import { execAll, type CompiledLexicon } from './lexicons/index.ts';
import { genitiveNominative, type PersonCandidate } from './people.ts';
import type { Span } from './types.ts';

/** Capitalised words (at most three) right after a government noun. */
const NAME_AFTER = /^[ \t\u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){0,2})/u;
/** Capitalised words (at most three) right before a government noun, a possessive "'s" allowed after them. */
const NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*?(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*?){0,2})(?:['’]s)?[ \t\u00a0]*$/u;
const UPPER = /^\p{Lu}$/u;
/** Family names shorter than this are no names ("Li", "Ma"). */
const MIN_LETTERS = 3;

interface Known {
  name: string;
  country: string;
}

/** The last word of each Latin or Cyrillic known form that belongs to one person only, read once. */
let familyNames: Map<string, Known> | undefined;
function uniqueFamilyNames(): Map<string, Known> {
  if (!familyNames) {
    const seen = new Map<string, Known | null>();
    for (const f of knownPersonForms()) {
      if (!/^[\p{Script=Latin}\p{Script=Cyrillic}\s.'’-]+$/u.test(f.form)) continue;
      const words = f.form.split(/\s+/u);
      // "Mao Ning", "Wang Yi": a short name of two short words puts the family name first.
      if (words.length === 2 && words.every((w) => w.length <= 4)) continue;
      const last = words.at(-1)!;
      if ([...last].filter((c) => /\p{L}/u.test(c)).length < MIN_LETTERS) continue;
      const had = seen.get(last);
      seen.set(last, had === undefined || had?.name === f.name ? { name: f.name, country: f.country } : null);
    }
    familyNames = new Map([...seen].filter((e): e is [string, Known] => e[1] !== null));
  }
  return familyNames;
}

/** The known person a run of words names: in full, else by a family name alone; in Russian, also in the genitive. */
function lookUp(words: string[], lang: string): Known | undefined {
  const phrase = words.join(' ');
  const forms = lang === 'ru' ? [phrase, genitiveNominative(phrase)] : [phrase];
  for (const f of forms) {
    const k = knownPerson(f) ?? (words.length === 1 ? uniqueFamilyNames().get(f) : undefined);
    if (k) return k;
  }
  return undefined;
}

/** The leader's name beside each government noun of the body that names a known person. */
function leaderSpans(body: string, lex: CompiledLexicon): { span: Span; known: Known }[] {
  const out: { span: Span; known: Known }[] = [];
  const add = (start: number, run: string, fromEnd: boolean) => {
    const words = [...run.matchAll(/[^ \t\u00a0]+/gu)].map((w) => ({ text: w[0], start: start + w.index }));
    // "Nicolás Maduro", then "Maduro"; before the noun, the words nearest it ("The Modi" gives "Modi").
    for (let k = words.length; k >= 1; k--) {
      const part = fromEnd ? words.slice(-k) : words.slice(0, k);
      const known = lookUp(part.map((w) => w.text), lex.lang);
      if (!known) continue;
      const last = part.at(-1)!;
      out.push({ span: { start: part[0]!.start, end: last.start + last.text.length }, known });
      return;
    }
  };
  if (lex.governmentOfLeader) {
    for (const hit of execAll(lex.governmentOfLeader, body)) {
      const end = hit.index + hit[0].length;
      // Most government nouns have no capitalised word after them: nothing to look up.
      if (!UPPER.test(body.charAt(end + 1))) continue;
      const m = NAME_AFTER.exec(body.slice(end, end + 80));
      if (m) add(end + m[0].length - m[1]!.length, m[1]!, false);
    }
  }
  if (lex.governmentAfterLeader) {
    for (const hit of execAll(lex.governmentAfterLeader, body)) {
      // Most government nouns have no capitalised word before them ("the government"): nothing to look up.
      const lead = body.slice(Math.max(0, hit.index - 40), hit.index).trimEnd().replace(/['’]s$/u, '');
      if (!UPPER.test(lead.charAt(lead.search(/[^ \t\u00a0]*$/u)))) continue;
      const from = Math.max(0, hit.index - 80);
      const m = NAME_BEFORE.exec(body.slice(from, hit.index));
      if (m) add(from + m.index, m[1]!, true);
    }
  }
  return out;
}

/**
 * Links each leader named beside a government noun to the known person: a person the people reader
 * found there takes the known name as an alias (withKnownNames then gives their state); otherwise the
 * name becomes a mention of that person.
 */
export function addGovernmentLeaders(people: PersonCandidate[], text: string, bodyEnd: number, taken: Span[], lex: CompiledLexicon | null): void {
  if (!lex || (!lex.governmentOfLeader && !lex.governmentAfterLeader)) return;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const { span, known } of leaderSpans(text.slice(0, bodyEnd), lex)) {
    const found = people.find((p) => p.mentions.some((m) => overlaps(m, span)));
    if (found) {
      if (found.name !== known.name && !found.aliases.includes(known.name)) found.aliases.push(known.name);
      continue;
    }
    if (taken.some((t) => overlaps(t, span))) continue;
    const surface = text.slice(span.start, span.end);
    const same = people.find((p) => p.name === known.name);
    if (same) same.mentions.push(span);
    else people.push({ name: known.name, aliases: surface === known.name ? [] : [surface], roleSpans: [], mentions: [span], key: surface.split(/\s+/u).pop()!, speaks_for: known.country });
  }
}
