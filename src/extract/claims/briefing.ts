/**
 * Press-conference transcripts labelled by turn rather than by name ("问：… 答：…", "Вопрос: … Ответ: …",
 * "Hỏi: … Trả lời: …", "Q: … A: …"): a question label hands the floor to a journalist, whose own
 * words claim nothing (what they report others saying is told with its own speaker); an answer label
 * hands it to the briefing's host, the spokesperson the header names ("外交部发言人汪文斌主持例行记者会",
 * "Брифинг официального представителя МИД России А.Б.Лавриновой", "spokesperson X held a regular press
 * conference"), who speaks for their state; with no host named, the body that publishes the text.
 */
import type { ClaimContext } from './context.ts';
import type { Resolved } from './frame.ts';
import { whole } from './text.ts';
import { speakerLabel } from '../transcript.ts';
import { turnLetterOf } from '../turn-letters.ts';
import type { Sentence } from '../segment.ts';
import { afterLocative } from './parties.ts';

/** Sentences after the title in which the header may name the host. */
const HEADER_SENTENCES = 2;

export type TurnLabel = 'question' | 'answer';

/** Is a transcript label a question or an answer label ("Вопрос (ТАСС)" included)? */
export function turnLabel(ctx: ClaimContext, name: string): TurnLabel | undefined {
  const bare = name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  if (whole(ctx.lex.questionLabels, bare) || whole(ctx.lex.questionLetters, bare)) return 'question';
  if (whole(ctx.lex.answerLabels, bare) || whole(ctx.lex.answerLetters, bare)) return 'answer';
  return undefined;
}

const hosts = new WeakMap<ClaimContext, { host: Resolved | undefined; named: Resolved | undefined }>();

/**
 * The briefing's host: the first official of the title who speaks for a state or a body; else the body
 * that publishes the text ("…发言人就…答记者问"); else the first such official of the header lines
 * before the first question; else the state the title names ("Chinese Foreign Ministry Spokesperson …").
 */
export function briefingHost(ctx: ClaimContext): Resolved | undefined {
  const cached = hosts.get(ctx);
  if (cached) return cached.host;
  const sentences = ctx.input.sentences;
  const body = sentences.filter((s) => !s.title);
  const firstTurn = body.findIndex((s, i) => {
    const label = speakerLabel(s, body[i - 1]) ?? turnLetterOf(body, i, ctx.lex);
    return !!label && !!turnLabel(ctx, label.name);
  });
  const header = body.slice(0, Math.min(HEADER_SENTENCES, firstTurn < 0 ? body.length : firstTurn));
  const title = sentences.filter((s) => s.title);
  const host = officialIn(ctx, title) ?? ctx.publisher ?? officialIn(ctx, header) ?? stateIn(ctx, title);
  // A named answerer whom nothing ties to a party: the state of the header's dateline ("Washington, D.C., …",
  // "Москва, …") holds the briefing before a state the title is about ("… on Ukrainian banks").
  const named = officialIn(ctx, title) ?? ctx.publisher ?? officialIn(ctx, header) ?? stateIn(ctx, header) ?? stateIn(ctx, title);
  hosts.set(ctx, { host, named });
  return host;
}

/**
 * The party a named answerer of a briefing speaks for when neither the text nor the knowledge base ties
 * the name to one ("MR PRICE:" answering "QUESTION:"): the briefing's host, the header's place first.
 */
export function namedAnswererHost(ctx: ClaimContext): Resolved | undefined {
  briefingHost(ctx);
  return hosts.get(ctx)!.named;
}

/** "Chinese Foreign Ministry Spokesperson …", "Брифинг … МИД России": the state whose ministry holds the briefing. */
function stateIn(ctx: ClaimContext, lines: Sentence[]): Resolved | undefined {
  for (const s of lines) {
    for (const p of ctx.known) {
      if (p.start < s.start || p.end > s.end || afterLocative(ctx.text, ctx.lex, p)) continue;
      if (p.kind === 'country') return { value: p.value!, kind: 'state' };
      if (p.kind === 'organization' && p.country) return { value: p.country, kind: 'state' };
    }
  }
  return undefined;
}

function officialIn(ctx: ClaimContext, lines: Sentence[]): Resolved | undefined {
  for (const s of lines) {
    for (const p of ctx.personParties) {
      if (p.start < s.start || p.end > s.end || !(p.person?.speaks_for || p.person?.body)) continue;
      const r = ctx.resolve(p, 0);
      if (r) return r;
    }
  }
  return undefined;
}
