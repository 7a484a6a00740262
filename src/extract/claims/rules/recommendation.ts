/**
 * Recommendations of an advisory or a vendor's post: the items under a heading such as
 * "Recommendations", "Empfehlungen", "Рекомендации", "Khuyến nghị", "防护建议" ("Apply the patches",
 * "Проверить системы", "启用多因素认证"). The list as a whole is the publisher's warning of the threat
 * the text describes (not a call of its own, not one claim per item): one claim, by the body that
 * publishes the text (else the speaker), against the party it has accused, else the state behind the
 * group under discussion, else that group. The heading itself ("四、防护建议") makes no claim.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Resolved } from '../frame.ts';
import type { Sentence } from '../../segment.ts';
import { warnedGroupParty } from './warn-target.ts';
import { execFrom } from '../../lexicons/index.ts';

/** Words a heading may hold besides its head noun ("Recommended mitigations", "Mesures d'atténuation recommandées"). */
const HEADING_WORDS = 5;
/** List markers that may open a heading or an item: "四、", "3.", "2)", "-", "•". */
const LIST_MARK = /^\s*(?:[-–—•*·]|\d{1,2}[.)、]|[\p{Script=Han}]{1,2}、|[IVX]{1,4}\.)?\s*/u;

/** The claimants whose recommendations an article has already told (one claim per list). */
const told = new WeakMap<ClaimContext, Set<string>>();

export function recommendationRule(ctx: ClaimContext, f: ClauseFrame): void {
  const sentences = ctx.input.sentences;
  const s = f.sentence;
  const head = headingIn(ctx, s);
  // The heading alone: no claim (its head noun may be a warning cue: "建议", "рекомендации").
  if (head && head.end >= s.end) {
    f.produced.splice(f.before);
    return;
  }
  // The first item: the rest of the heading's line ("Khuyến nghị: vô hiệu hóa ..."), or the first sentence after a heading line.
  const prev = previousSentence(sentences, f.si);
  const prevHead = prev && prev.paragraph !== s.paragraph ? headingIn(ctx, prev) : undefined;
  const firstItem = head ? f.clause.end > head.end : !!prevHead && prevHead.end >= prev!.end;
  if (!firstItem) return;
  // A bare list mark split off as a sentence ("1.") is no item yet.
  if (!ctx.text.slice(f.clause.start, f.clause.end).replace(LIST_MARK, '').trim()) return;
  // The publisher; else a body speaking in the first person (a state carried over from a quotation is no author).
  const speaker = f.speaker ?? ctx.discourse.currentSpeaker(f.si);
  const claimant: Resolved | undefined = ctx.publisher ?? (speaker?.kind === 'organization' ? speaker : undefined);
  if (!claimant) return;
  const seen = told.get(ctx) ?? new Set<string>();
  told.set(ctx, seen);
  // One list, one claim; and a publisher that has already warned in the text says nothing new in its list.
  if (seen.has(claimant.value) || ctx.discourse.hasWarned(claimant.value)) return;
  seen.add(claimant.value);
  // The list is about the groups of its own words, else the group the text is about.
  const main = f.about.length ? undefined : mainGroup(ctx, f);
  const frame: ClauseFrame = main ? { ...f, about: ctx.input.groups.filter((g) => g.name === main) } : f;
  ctx.emit(frame, claimant, 'warns', warnedParty(ctx, frame, claimant), 0.6, 'cue');
}

/**
 * The group the text is about: the one it names most often (a list closing a report answers the report,
 * not the group named last in passing); on a tie, the group under discussion.
 */
function mainGroup(ctx: ClaimContext, f: ClauseFrame): string | undefined {
  const counts = new Map<string, number>();
  for (const g of ctx.input.groups) counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const best = [...counts].filter(([, c]) => c === top).map(([name]) => name);
  const topic = ctx.discourse.topicGroup(f.si);
  return topic && best.includes(topic) ? topic : best[0];
}

/**
 * Whom the list warns of: the state the knowledge base ties the group under discussion to; for a group
 * with no known state, the party the publisher itself has accused, else the group.
 */
function warnedParty(ctx: ClaimContext, f: ClauseFrame, claimant: Resolved): string | undefined {
  const w = warnedGroupParty(ctx, f, claimant);
  const isGroup = !!w && ctx.input.groups.some((g) => g.name === w);
  const told = ctx.discourse.actorToldBy(claimant.value);
  const target = !w || isGroup ? told ?? w : w;
  return target === claimant.value ? undefined : target;
}

/** Headings found per article, by sentence start (every clause of a sentence asks). */
const headings = new WeakMap<ClaimContext, Map<number, { end: number } | undefined>>();

function headingIn(ctx: ClaimContext, s: Sentence): { end: number } | undefined {
  let known = headings.get(ctx);
  if (!known) headings.set(ctx, (known = new Map()));
  if (known.has(s.start)) return known.get(s.start);
  const h = findHeading(ctx, s);
  known.set(s.start, h);
  return h;
}

/** A recommendation heading opening the sentence: its span (list mark, head noun, a few words, an optional colon). */
function findHeading(ctx: ClaimContext, s: Sentence): { end: number } | undefined {
  const re = ctx.lex.recommendHeads;
  if (!re) return undefined;
  const mark = LIST_MARK.exec(s.text)?.[0] ?? '';
  const rest = s.text.slice(mark.length);
  const m = execFrom(re, rest);
  if (!m || m.index !== 0) return undefined;
  // The heading runs to a colon, or to the end of its line when no colon follows.
  const colon = /^[^:：\n]*[:：]/u.exec(rest);
  const lineEnd = rest.indexOf('\n');
  const headLen = colon ? colon[0].length : lineEnd >= 0 ? lineEnd : rest.length;
  const start = s.start + mark.length;
  const end = start + headLen;
  if (ctx.ix.count(start, end) > HEADING_WORDS) return undefined;
  // A heading is its own line, or opens its line with a colon before the items.
  if (!colon && headLen < rest.trimEnd().length) return undefined;
  return { end: colon ? end : s.end };
}

/** The sentence before, skipping a bare list mark split off on its own ("1."). */
function previousSentence(sentences: Sentence[], si: number): Sentence | undefined {
  for (let i = si - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (!s.title && s.text.replace(LIST_MARK, '').trim()) return s;
  }
  return undefined;
}
