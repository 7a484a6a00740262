/**
 * Observables (IPs, domains, URLs, e-mails, hashes, CVE ids) with offsets, defanged forms included
 * (`hxxp`, `[.]`, `(.)`, `[at]`). ioc-extractor finds values, not positions, so candidates are
 * scanned here with defang-tolerant patterns and each refanged value is validated with
 * ioc-extractor's own predicates (TLD list, address syntax).
 */
import { isDomain, isEmail, isIPv4, isIPv6 } from 'ioc-extractor';
import type { ObservableHit, ObservableType, Span } from './types.ts';

const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))`;
const AT = String.raw`(?:@|\[at\]|\(at\)|\[@\]|\(@\))`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;

const HASH_BY_LENGTH: Record<number, ObservableType> = {
  32: 'file:hashes.MD5', 40: 'file:hashes.SHA-1', 64: 'file:hashes.SHA-256', 128: 'file:hashes.SHA-512',
};

/** `needs`: what every match contains; a text without it is not scanned with the (slower) full pattern. */
const PATTERNS: Array<{ type: ObservableType | 'domain-or-ip' | 'hash'; re: RegExp; needs?: RegExp }> = [
  { type: 'url', re: /\b(?:h(?:tt|xx)ps?|fxp|ftps?|sftp)(?:\[:\]|:)\/\/[^\s<>"'“”‘’«»（）。，、]+/giu, needs: /\/\// },
  { type: 'email-addr', re: new RegExp(String.raw`(?<![\w.+-])[\w.+-]+${AT}${LABEL}(?:${DOT}${LABEL})+`, 'giu'), needs: new RegExp(AT, 'iu') },
  { type: 'vulnerability', re: /\bCVE-\d{4}-\d{4,7}\b/giu, needs: /CVE-/iu },
  { type: 'hash', re: /(?<![0-9a-f])[0-9a-f]{32,128}(?![0-9a-f])/giu },
  { type: 'ipv4-addr', re: new RegExp(String.raw`(?<![\w.])\d{1,3}(?:${DOT}\d{1,3}){3}(?![\w]|\.\d)`, 'gu') },
  { type: 'ipv6-addr', re: /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/giu, needs: /:[0-9a-f]{0,4}:/i },
  { type: 'domain-or-ip', re: new RegExp(String.raw`(?<![\w@.\-\[(])(?:${LABEL}${DOT})+[a-z0-9-]{2,24}(?![\w\-]|\.\w)`, 'giu') },
];

/** Turns a defanged surface into its live form. */
export function refang(s: string): string {
  return s
    .replace(/^hxxp/i, 'http')
    .replace(/^fxp/i, 'ftp')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[:\]/g, ':')
    .replace(/\[at\]|\(at\)|\[@\]|\(@\)/gi, '@');
}

const TRAILING = /[.,;:!?)\]}>'"”’»]+$/u;

export function extractObservables(text: string, ranges: Span[] = [{ start: 0, end: text.length }]): ObservableHit[] {
  const byKey = new Map<string, ObservableHit>();
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const add = (type: ObservableType, value: string, span: Span) => {
    const key = `${type}|${value}`;
    let hit = byKey.get(key);
    if (!hit) byKey.set(key, (hit = { type, value, mentions: [] }));
    hit.mentions.push(span);
    taken.push(span);
  };
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    for (const { type, re, needs } of PATTERNS) {
      if (needs && !needs.test(slice)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        let surface = m[0];
        if (type === 'url' || type === 'domain-or-ip') surface = surface.replace(TRAILING, (t) => (/^\[\.\]|^\(\.\)/.test(t) ? t : ''));
        if (type === 'url') surface = balanceParens(surface);
        const span = { start: range.start + m.index, end: range.start + m.index + surface.length };
        if (!surface || overlaps(span)) continue;
        const value = refang(surface);
        const kind = classify(type, value);
        if (kind) add(kind, normalise(kind, value), span);
      }
    }
  }
  const out = [...byKey.values()];
  for (const o of out) o.mentions.sort((a, b) => a.start - b.start);
  // Every entry is created with its first mention.
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function classify(type: ObservableType | 'domain-or-ip' | 'hash', value: string): ObservableType | null {
  switch (type) {
    case 'hash':
      return HASH_BY_LENGTH[value.length] ?? null;
    case 'domain-or-ip':
      if (/^\d+(?:\.\d+){3}$/.test(value)) return isIPv4(value) ? 'ipv4-addr' : null;
      if (/^[\d.]+$/.test(value)) return null;
      return isDomain(value.toLowerCase()) ? 'domain-name' : null;
    case 'ipv4-addr':
      return isIPv4(value) ? type : null;
    case 'email-addr':
      return isEmail(value.toLowerCase()) ? type : null;
    case 'ipv6-addr':
      return value.includes('::') || value.split(':').length === 8 ? (isIPv6(value) ? type : null) : null;
    case 'url':
      return /^(?:https?|ftps?|sftp):\/\/[^/\s]+\.[^/\s]+/i.test(value) ? type : null;
    default:
      return type;
  }
}

function normalise(type: ObservableType, value: string): string {
  if (type === 'vulnerability') return value.toUpperCase();
  if (type === 'url') return value;
  return value.toLowerCase();
}

/** A URL in parentheses keeps its own balanced parentheses only. */
function balanceParens(url: string): string {
  let depth = 0;
  for (let i = 0; i < url.length; i++) {
    if (url[i] === '(') depth++;
    else if (url[i] === ')' && --depth < 0) return url.slice(0, i);
  }
  return url;
}
