/**
 * Anaphora of the accused across sentences: a stance with no party of its own takes the one the discourse
 * has the claimant opposing ("the response will be inevitable", "the ministry warned of further attacks").
 * By the conventions the accused of an attribution, and the one warned of, is the state the text ties the
 * operation to, else the group; so only a state or a threat group is carried. A company, a person, an office
 * or a place that an earlier clause took as accused is not the party a later sentence points back at.
 */
import type { ClaimContext } from './context.ts';

/** Bodies of states that stand as parties in their own right. */
const UNIONS: ReadonlySet<string> = new Set(['EU', 'NATO']);

/** Is `value` one of the states the text names, a union of states, or a threat group it names? */
export function carriedValue(value: string, states: ReadonlySet<string>, groups: readonly string[]): boolean {
  return UNIONS.has(value) || states.has(value) || groups.includes(value);
}

/** The first of `values` that may be carried across sentences as the accused. */
export function carriedTarget(ctx: ClaimContext, ...values: Array<string | undefined>): string | undefined {
  const { input } = ctx;
  const states = new Set(input.parties.flatMap((p) => (p.kind === 'country' && p.value ? [p.value] : p.kind === 'organization' && p.country ? [p.country] : [])));
  const groups = [...input.groups, ...(input.groupRefs ?? [])].map((g) => g.name);
  return values.find((v): v is string => !!v && carriedValue(v, states, groups));
}
