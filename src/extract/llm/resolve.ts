/**
 * Names in the model's answer resolved through the knowledge base, with the resolver the rules
 * link with (a user's stored knowledge, or the built-in one): a state named any way the knowledge
 * knows ("Bắc Kinh", "中方", "the Kremlin", its code) is its alpha-2 code; a state body (a
 * ministry, an agency) speaks for its state; a threat group's alias is the intrusion set's
 * canonical name. A name the knowledge does not know is kept as the model wrote it, marked as an
 * unresolved candidate; an identifier (`intrusion-set--...`) the knowledge does not hold is dropped,
 * never used.
 */
import countries from 'i18n-iso-countries';
import { entityCountries } from '../entities.ts';
import type { MentionFinder } from '../types.ts';
import type { KnownEntity } from '../../knowledge/types.ts';

/** What resolution needs: mentions in a short string, and an entity by id when the resolver has it. */
export type NameResolver = MentionFinder & { get?(id: string): KnownEntity | undefined };

export type Resolved =
  | { kind: 'state'; value: string }
  | { kind: 'organization'; value: string }
  | { kind: 'group'; value: string; countries: string[] }
  | { kind: 'unresolved'; value: string }
  | { kind: 'invented-id'; value: string };

const STIX_ID = /^[a-z][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ofEntity(e: KnownEntity): Resolved | undefined {
  if (e.kind === 'country' && e.code) return { kind: 'state', value: e.code };
  if (e.kind === 'group') return { kind: 'group', value: e.name, countries: entityCountries(e) };
  if (e.kind === 'organization') {
    const [state] = entityCountries(e);
    // a body of a state (not a company of a sector) speaks for the state
    return state && !e.sector ? { kind: 'state', value: state } : { kind: 'organization', value: e.name };
  }
  return undefined;
}

/** One name from the answer, resolved. */
export function resolveName(name: string, resolver: NameResolver, lang: string): Resolved {
  const n = name.trim();
  if (STIX_ID.test(n)) {
    const e = resolver.get?.(n.toLowerCase());
    return (e && ofEntity(e)) || { kind: 'invented-id', value: n };
  }
  if (/^[A-Za-z]{2}$/.test(n) && countries.isValid(n.toUpperCase())) return { kind: 'state', value: n.toUpperCase() };
  const mentions = resolver.findMentions(n, { lang })
    .map((m) => ({ m, r: ofEntity(m.entity) }))
    .filter((x): x is { m: typeof x.m; r: Resolved } => !!x.r);
  if (!mentions.length) return { kind: 'unresolved', value: n };
  // A group or an organisation named in it is what the name names (the longest such mention);
  // else the state named first: "the Chinese embassy in Canberra" speaks for China, not Australia.
  const rank = (r: Resolved) => (r.kind === 'group' ? 0 : r.kind === 'organization' ? 1 : 2);
  mentions.sort((a, b) => rank(a.r) - rank(b.r) || (rank(a.r) < 2 ? (b.m.end - b.m.start) - (a.m.end - a.m.start) : a.m.start - b.m.start));
  return mentions[0]!.r;
}
