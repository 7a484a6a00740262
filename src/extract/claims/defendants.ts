/**
 * Defendants of a charge or a sanction: "charged two Sudanese nationals, A and B, with running X",
 * "inculpé deux frères soudanais", "zwölf chinesische Staatsbürger angeklagt", "truy tố 7 công dân
 * Trung Quốc", "起诉12名中国公民". The people charged are not the party accused: their nationality
 * (a state right beside the defendant noun) and their names (the unlinked names set beside the noun,
 * and those joined to them) give way to the state the clause ties the act to, else the threat group
 * they are charged with running, else the first of them; only a clause that tells nothing else of
 * them ("charges against two Iranian citizens") accuses their state.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Party, Resolved } from './frame.ts';
import { groupTarget } from './group-target.ts';
import { joinedParties } from './parties.ts';
import { execAfter, execFrom } from '../lexicons/index.ts';
import { whole } from './text.ts';
import { inActVictimPhrase } from './act-victim.ts';

/** Words between a defendant noun and the first name set beside it ("two nationals, Ahmed ..."). */
const NAME_REACH = 2;

export interface Defendants {
  /** The nationality and the names of the defendants: parties that are not the accused. */
  parties: Set<Party>;
  /** The first name, when one is given. */
  firstName?: string;
  /** The nationality, when one is given. */
  nationality?: string;
}

/** The defendants of an accusation's object (the clause from `from` on), if it names any. */
export function defendantsOf(ctx: ClaimContext, f: ClauseFrame, from: number): Defendants | undefined {
  const { text, lex, ix } = ctx;
  const re = lex.defendantNouns;
  if (!re) return undefined;
  const start = Math.max(from, f.clause.start);
  const span = text.slice(start, f.clause.end);
  const parties = new Set<Party>();
  let firstName: string | undefined;
  let nationality: string | undefined;
  let found = false;
  for (let m = execFrom(re, span); m; m = execAfter(re, span, m)) {
    const a = start + m.index;
    const b = a + m[0].length;
    // "accused Y of an attack on the company X": a noun in the victim phrase of an act names the one hit, no defendant (act-victim.ts).
    if (inActVictimPhrase(ctx, f.cc, { start: a, end: b })) continue;
    found = true;
    // The nationality: a state right before the noun ("Sudanese nationals", "中国公民") or right after it
    // ("hermanos sudaneses", "công dân Trung Quốc", "граждан России"), or a state's name after a word that tells
    // the defendants are of it ("citizens of Iran", "ciudadanos de China", "ressortissants de l'Iran").
    for (const p of f.cp) {
      if (p.kind !== 'country' && !(p.kind === 'organization' && p.country)) continue;
      const [x, y] = p.end <= a ? [p.end, a] : p.start >= b ? [b, p.start] : [-1, -1];
      if (x < 0 || /[,.;:!?，。；：、]/u.test(text.slice(x, y))) continue;
      if (ix.count(x, y) > 0 && !(x === b && p.kind === 'country' && whole(lex.defendantOrigin, text.slice(x, y).trim()))) continue;
      parties.add(p);
      nationality ??= p.kind === 'country' ? p.value : p.country;
    }
    // The names set beside the noun ("two nationals, Ahmed ... and Alaa ..."): unlinked names, no state's.
    const name = f.cp.find((p) => p.start >= b && p.kind === 'organization' && !p.country && ix.count(b, p.start) <= NAME_REACH);
    if (name) {
      firstName ??= name.value;
      parties.add(name);
      for (const q of joinedParties(text, lex, f.cp, name, 1)) if (q.kind === 'organization' && !q.country) parties.add(q);
    }
  }
  return found ? { parties, ...(firstName ? { firstName } : {}), ...(nationality ? { nationality } : {}) } : undefined;
}

/**
 * The group a clause with defendants names ("charged ... with running Anonymous Sudan"), one group
 * only: the state it is tied to, as any attribution to a group (see group-target.ts), else its name.
 */
export function chargedGroup(f: ClauseFrame, claimant: Resolved): string | undefined {
  const inClause = f.about.filter((g) => g.start >= f.clause.start && g.end <= f.clause.end);
  if (new Set(inClause.map((g) => g.name)).size !== 1) return undefined;
  return groupTarget(f, claimant, inClause) ?? (inClause[0]!.name !== claimant.value ? inClause[0]!.name : undefined);
}
