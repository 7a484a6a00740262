/**
 * Indicators proposed from extracted observables: each IP address, domain, URL, e-mail address or
 * file hash of an extraction bundle becomes a STIX `indicator` whose pattern matches it, and each
 * indicator `indicates` every intrusion set the article names (STIX 2.1 defines indicator
 * `indicates` intrusion-set). They are proposals: `indicator_types` says malicious-activity because
 * the article reports the value as attack infrastructure, and the description says an analyst
 * should review before sharing. Ids are hashed from the pattern (and the pair for relationships), so
 * extracting the article again proposes the same objects.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Bundle, StixObject } from '../model/stix/core.ts';

const SALT = 'opstrack-proposed-indicator';
const PATTERNED = new Set(['ipv4-addr', 'ipv6-addr', 'domain-name', 'url', 'email-addr']);

function v4Shaped(type: string, ...parts: string[]): string {
  const b = createHash('sha256').update([SALT, ...parts].join('|')).digest();
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${type}--${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A STIX pattern string literal: backslash and quote escaped (STIX 2.1 patterning, 9.3). */
export function patternLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The STIX pattern matching one cyber observable, or undefined for types without one here. */
export function patternOf(sco: StixObject): string | undefined {
  if (PATTERNED.has(sco.type) && typeof sco.value === 'string') return `[${sco.type}:value = ${patternLiteral(sco.value)}]`;
  if (sco.type === 'file' && sco.hashes && typeof sco.hashes === 'object') {
    const terms = Object.entries(sco.hashes as Record<string, string>).map(([alg, h]) => `file:hashes.${patternLiteral(alg)} = ${patternLiteral(h)}`);
    return terms.length ? `[${terms.join(' OR ')}]` : undefined;
  }
  return undefined;
}

/** Indicators for the bundle's observables and their `indicates` relationships to its intrusion sets. */
export function proposeIndicators(bundle: Bundle): StixObject[] {
  const report = bundle.objects.find((o) => o.type === 'report');
  const when = (report?.published as string | undefined) ?? report?.created ?? new Date().toISOString();
  const groups = bundle.objects.filter((o) => o.type === 'intrusion-set');
  const out: StixObject[] = [];
  for (const sco of bundle.objects) {
    const pattern = patternOf(sco);
    if (!pattern) continue;
    const id = v4Shaped('indicator', pattern);
    out.push({
      type: 'indicator',
      spec_version: '2.1',
      id,
      created: when,
      modified: when,
      name: `${sco.type === 'file' ? 'file hash' : sco.type}: ${String(sco.value ?? Object.values(sco.hashes as Record<string, string>)[0])}`,
      description: `Proposed from an observable the article reports${report ? ` (${String(report.name)})` : ''}; review before sharing.`,
      indicator_types: ['malicious-activity'],
      pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: when,
      ...(report ? { external_references: [{ source_name: 'opstrack-source-report', external_id: report.id }] } : {}),
    });
    for (const g of groups) {
      out.push({
        type: 'relationship',
        spec_version: '2.1',
        id: v4Shaped('relationship', 'indicates', id, g.id),
        created: when,
        modified: when,
        relationship_type: 'indicates',
        source_ref: id,
        target_ref: g.id,
        description: `The article names ${String(g.name)} beside this observable.`,
      });
    }
  }
  return out;
}
