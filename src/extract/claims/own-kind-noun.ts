/**
 * A state body's bare kind noun in the body's own statement ("The Ministry firmly rejects ...", "Das Ministerium weist ...
 * zurück", "Le ministère dénonce ...", "Министерство отвергает ...", "Bộ Ngoại giao bác bỏ ..."): the publisher speaking
 * of itself (publisher.ts `titlePublisher`: a statement's title, or a title whose head names the body: titled-body.ts),
 * whoever spoke in the sentence before. A byline's news outlet is no such author. Not when the text has named a body by
 * the same noun with another state alone before ("the Velmorian ministry ... the ministry": state-body.ts `namedWith`), to which the
 * noun points back. With no such author the noun is left to the discourse (context.ts).
 */
import type { Resolved } from './frame.ts';
import type { InvestigationScope } from './investigating-body.ts';

/** What the rule reads: the state body a title names as the text's author (publisher.ts `titlePublisher`). */
export interface OwnNounScope extends InvestigationScope {
  readonly titlePublisher?: Resolved;
}
import { namedWith } from './state-body.ts';
import type { Span } from '../types.ts';

export function ownKindNoun(ctx: OwnNounScope, noun: Span): Resolved | undefined {
  const p = ctx.titlePublisher;
  // The title's body publishes the text (not a byline's outlet the publisher chain found first).
  if (p?.kind !== 'state' || ctx.publisher?.value !== p.value) return undefined;
  const named = namedWith(ctx, noun);
  return named && named !== p.value ? { value: named, kind: 'state' } : p;
}
