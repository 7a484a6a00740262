/**
 * What of an object search reads, in one place: its name (or, for a cyber observable, its value),
 * the names it is also known by in every language (`aliases` and OpsTrack's `x_opstrack_aliases`,
 * which carries the names of countries, bodies and people in each language), and its texts (a
 * description, a report's stored article text, a claim's passage). Defanged indicators are read
 * refanged ("203.0.113[.]7", "hxxp://..."), so either spelling finds the other.
 * The store derives its search columns from these (object-row.ts); search explains a match by them.
 */
import { refang } from 'ioc-extractor';
import type { StixObject } from '../model/stix/core.ts';

export type SearchField = 'name' | 'alias' | 'observable' | 'description' | 'text' | 'passage';

export interface SearchFieldText {
  field: SearchField;
  text: string;
  /** BCP 47 language of this text, when the object says. */
  lang?: string;
}

/** Cyber-observable types whose `value` is what analysts search for. */
const VALUE_TYPES = new Set(['ipv4-addr', 'ipv6-addr', 'domain-name', 'url', 'email-addr', 'mac-addr', 'autonomous-system', 'mutex', 'windows-registry-key', 'x509-certificate', 'user-account']);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Observable values of an SCO: `value` (or `key`, `number`), file hashes and names. */
function observableValues(object: StixObject): string[] {
  const out: string[] = [];
  if (VALUE_TYPES.has(object.type)) {
    const v = str(object.value) ?? str(object.key) ?? (typeof object.number === 'number' ? `AS${object.number}` : undefined);
    if (v) out.push(v);
  }
  if (object.type === 'file' || object.type === 'artifact') {
    for (const h of Object.values(record(object.hashes) ?? {})) if (str(h)) out.push(h as string);
    if (str(object.name)) out.push(object.name as string);
  }
  return out;
}

/** Adds an alias once (a module-level function: the loader names every closure it creates, at a cost in bulk imports). */
function addAlias(out: SearchFieldText[], seen: Set<string>, text: string, lang?: string): void {
  if (seen.has(text)) return;
  seen.add(text);
  out.push(lang ? { field: 'alias', text, lang } : { field: 'alias', text });
}

/** Names the object is also known by: standard aliases, then OpsTrack's per-language names (same entity only). */

function aliasesOf(object: StixObject): SearchFieldText[] {
  const out: SearchFieldText[] = [];
  const seen = new Set<string>();
  // OpsTrack's names first: they say their language.
  if (Array.isArray(object.x_opstrack_aliases)) {
    for (const entry of object.x_opstrack_aliases) {
      const a = record(entry);
      // An overlapping name (another vendor's view of a related group) is not this entity's name.
      if (!a || !str(a.name) || (a.relation !== undefined && a.relation !== 'same')) continue;
      addAlias(out, seen, a.name as string, str(a.lang));
    }
  }
  if (Array.isArray(object.aliases)) for (const a of object.aliases) if (str(a)) addAlias(out, seen, a as string);
  const name = str(object.name);
  if (!name) return out;
  const kept: SearchFieldText[] = [];
  for (const a of out) if (a.text !== name) kept.push(a);
  return kept;
}

/** Every searchable text of `object`, name first. */
export function searchFieldsOf(object: StixObject): SearchFieldText[] {
  const out: SearchFieldText[] = [];
  const values = observableValues(object);
  const name = str(object.name);
  if (values.length > 0) {
    for (const v of values) out.push({ field: 'observable', text: refang(v) });
  } else if (name) {
    out.push({ field: 'name', text: name });
  }
  out.push(...aliasesOf(object));
  const description = str(object.description);
  if (description) out.push({ field: 'description', text: description });
  const lang = str(object.lang);
  const article = str(object.x_opstrack_text);
  if (article) out.push(lang ? { field: 'text', text: article, lang } : { field: 'text', text: article });
  const evidence = record(object.evidence);
  const passage = str(evidence?.text);
  if (passage) {
    const passageLang = str(evidence?.lang);
    out.push(passageLang ? { field: 'passage', text: passage, lang: passageLang } : { field: 'passage', text: passage });
  }
  return out;
}

/** Texts as search stores them: defanged indicators read refanged. */
export function searchableText(field: SearchFieldText): string {
  return field.field === 'name' || field.field === 'alias' ? field.text : refang(field.text);
}
