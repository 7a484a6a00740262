/**
 * The body a first-person plural speaks from when the sentence names it right before: "At X, we
 * assess ...", "Chez X, nous estimons ...", "En X evaluamos ...", "Bei X gehen wir davon aus ...",
 * "В X мы считаем ...", "Tại X, chúng tôi ...". The "we" is X, whoever publishes the text.
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { TokenIndex } from '../tokens.ts';
import type { ClaimInput, Cue, Party } from './frame.ts';
import { markerEndsAt, whole } from './text.ts';
import { execFrom } from '../lexicons/index.ts';
import { afterLocative } from './parties.ts';

/** What these rules read of the claim context (context.ts calls them, so they do not import it). */
export interface SelfView {
  readonly text: string;
  readonly lex: CompiledLexicon;
  readonly ix: TokenIndex;
  readonly known: readonly Party[];
  readonly input: ClaimInput;
}

/** Words between the body's name and the "we" (a comma, a verb before an inverted pronoun). */
const HOST_REACH = 3;

/** The named organisation a self-reference speaks from, when a locative marker right before names it. */
export function selfHost(ctx: SelfView, self: Party): Party | undefined {
  const re = ctx.lex.selfAt;
  if (!re) return undefined;
  const s = ctx.input.sentences.find((x) => x.start <= self.start && self.start < x.end);
  if (!s) return undefined;
  const host = ctx.known.filter((q) => q.kind === 'organization' && !q.country && q.start >= s.start && q.end <= self.start).pop();
  if (!host || ctx.ix.count(host.end, self.start) > HOST_REACH || /[.;:!?。；：]/u.test(ctx.text.slice(host.end, self.start))) return undefined;
  return markerEndsAt(re, ctx.text.slice(s.start, host.start)) ? host : undefined;
}

/** Words before the body that opens the sentence ("On Monday Velmora ...", "Les chercheurs de Velmora ..."). */
const SUBJECT_LEAD = 4;

/**
 * The body that opens the sentence, when the "we" opens a clause joined to the body's own after a comma:
 * "Velmora Research has analysed the samples, and we now attribute ...", "Velmora a analysé les
 * échantillons, et nous attribuons ...", "Velmora hat die Proben analysiert, und wir ordnen ...", "Velmora
 * analizó las muestras, y atribuimos ...", "Velmora изучила образцы, и мы связываем ...", "Velmora đã phân
 * tích mẫu, và chúng tôi ...". The body speaks of itself in both persons; a state is never such a host
 * (its officials' "we" goes through the speaker).
 */
export function coordinatedHost(ctx: SelfView, self: Party): Party | undefined {
  const join = ctx.lex.verbJoin;
  if (!join) return undefined;
  const s = ctx.input.sentences.find((x) => x.start <= self.start && self.start < x.end);
  if (!s) return undefined;
  const all = ctx.known.filter((q) => q.start >= s.start && q.end <= self.start);
  const host = all[0];
  // "Velmora Research (VR)": the body's short form in brackets right after it is the body again.
  const before = all.filter((q) => q === host || !(/^[^,，()（）]*[(（]\s*$/u.test(ctx.text.slice(host!.end, q.start)) && ctx.ix.count(host!.end, q.start) <= 2));
  if (!host || host.kind !== 'organization' || host.country || ctx.ix.count(s.start, host.start) > SUBJECT_LEAD) return undefined;
  // Only the body between the sentence's start and the "we": another party after it may be whom the first clause tells of.
  if (before.length > 1) return undefined;
  const between = ctx.text.slice(host.end, self.start).replace(/^[^,，()（）]*[(（][^()（）]{1,20}[)）]/u, '');
  if (/[.;:!?。；：！？"“”«»()（）]/u.test(between)) return undefined;
  const comma = Math.max(between.lastIndexOf(','), between.lastIndexOf('，'));
  if (comma < 0) return undefined;
  let link = between.slice(comma + 1).trim();
  // The pronoun before a verb that says "we" itself ("y nosotros creemos", "и мы считаем"): the link is what precedes it.
  const pro = ctx.lex.selfRefs && link ? execFrom(ctx.lex.selfRefs, link) : null;
  if (pro && pro.index + pro[0].length === link.length) link = link.slice(0, pro.index).trim();
  const m = link ? execFrom(join, link) : null;
  return m && m.index === 0 && m[0].length === link.length ? host : undefined;
}

/** Opening quotation marks, and what may close the words before them: a colon ("X rejected this: \"We ...\""). */
const QUOTE_OPEN = /[«“„「『"]/gu;
const QUOTE_CLOSE = /[»”」』]/u;
const INTRODUCER_END = /[:：]\s*$/u;

/**
 * The party whose words a quotation holds when a clause ending in a colon introduces it ("Velmora rejected
 * this: «We have never ...»", "Velmora wies das zurück: «Wir haben nie ...»", "Velmora否认了这一说法：“我们从未
 * ……”"): the "we" inside is that party (the first named in the introducing clause), not the body that
 * publishes the text.
 */
export function quotedHost(ctx: SelfView, self: Party): Party | undefined {
  const s = ctx.input.sentences.find((x) => x.start <= self.start && self.start < x.end);
  if (!s) return undefined;
  const before = ctx.text.slice(s.start, self.start);
  let open = -1;
  for (const m of before.matchAll(QUOTE_OPEN)) open = m.index;
  if (open < 0 || QUOTE_CLOSE.test(before.slice(open + 1)) || before.slice(open + 1).includes('"')) return undefined;
  const intro = before.slice(0, open);
  if (!INTRODUCER_END.test(intro)) return undefined;
  // The introducing clause: from the last clause break before the colon.
  const body = intro.replace(INTRODUCER_END, '');
  const from = s.start + Math.max(-1, ...[...'.;!?。；！？'].map((c) => body.lastIndexOf(c))) + 1;
  const to = s.start + body.length;
  const first = ctx.known.find((q) => q.start >= from && q.end <= to && (q.kind === 'organization' || q.kind === 'country' || q.kind === 'person'));
  // The subject opening the clause, not where the words appeared ("wrote in the Velmora Herald: «...»").
  if (!first || afterLocative(ctx.text, ctx.lex, first)) return undefined;
  return first;
}

/**
 * A stance verb whose person ending says "we", with no pronoun before it ("рекомендуем обновить",
 * "recomendamos actualizar"): its subject is the self, not a place or party named before it. The cue
 * may run on past the verb ("Instamos a", "Exigimos a"): its first word is the verb.
 */
export function selfVerb(ctx: SelfView, cue: Cue): Party | undefined {
  const first = cue.text.trim().split(/\s+/u)[0] ?? '';
  return whole(ctx.lex.selfSay, cue.text) || whole(ctx.lex.selfSay, first) ? { start: cue.start, end: cue.end, kind: 'self' } : undefined;
}
