/**
 * Content negotiation for TAXII 2.1 (spec section 1.6.8). Every TAXII resource is served as
 * `application/taxii+json;version=2.1`; `application/taxii+json` without a version means the latest,
 * which is 2.1 here. OpsTrack also offers `application/stix+json;version=2.1` on the two endpoints
 * that return STIX objects (Get Objects, Get an Object): they then answer with a STIX bundle of the
 * page instead of a TAXII envelope (an OpsTrack extension; a TAXII 2.1 client never asks for it).
 */
import { Errors } from '../errors.ts';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** What a response (or a request body) is: a TAXII resource/envelope, or a STIX bundle. */
export type Representation = 'taxii' | 'stix';

const SUBTYPE: Record<Representation, string> = { taxii: 'taxii+json', stix: 'stix+json' };
export const MEDIA_TYPE: Record<Representation, string> = { taxii: TAXII_MEDIA_TYPE, stix: STIX_MEDIA_TYPE };

interface MediaRange {
  type: string;
  subtype: string;
  params: Map<string, string>;
  q: number;
}

function parseMediaType(text: string): MediaRange | undefined {
  const [essence, ...rest] = text.split(';');
  const m = /^\s*([\w.+*!#$&^-]+)\/([\w.+*!#$&^-]+)\s*$/.exec(essence ?? '');
  if (!m) return undefined;
  const [, type = '', subtype = ''] = m;
  const params = new Map<string, string>();
  let q = 1;
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key === 'q') {
      const n = Number(value);
      q = Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
    } else params.set(key, value);
  }
  return { type: type.toLowerCase(), subtype: subtype.toLowerCase(), params, q };
}

/** Splits an Accept header into media ranges; a missing header means `*\/*` (RFC 9110 12.5.1). */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.trim() === '') return [{ type: '*', subtype: '*', params: new Map(), q: 1 }];
  return header.split(',').map(parseMediaType).filter((r): r is MediaRange => r !== undefined);
}

/** How specifically a range names an offer (-1: not at all); the most specific range sets the q. */
function specificity(range: MediaRange, offer: Representation): number {
  const version = range.params.get('version');
  if (range.type === '*') return range.subtype === '*' ? 0 : -1;
  if (range.type !== 'application') return -1;
  if (range.subtype === '*') return 1;
  if (range.subtype !== SUBTYPE[offer]) return -1;
  if (version === undefined) return 2;
  return version === '2.1' ? 3 : -1;
}

/**
 * Picks what to answer with from the offers (in server preference order), or throws 406.
 * @example negotiate('application/taxii+json;version=2.1', ['taxii']) // 'taxii'
 */
export function negotiate(accept: string | undefined, offers: readonly Representation[]): Representation {
  const ranges = parseAccept(accept);
  let best: Representation | undefined;
  let bestQ = 0;
  for (const offer of offers) {
    let spec = -1;
    let q = 0;
    for (const range of ranges) {
      const s = specificity(range, offer);
      if (s > spec) {
        spec = s;
        q = range.q;
      }
    }
    if (spec >= 0 && q > bestQ) {
      best = offer;
      bestQ = q;
    }
  }
  if (!best) throw new Errors.TAXII_NOT_ACCEPTABLE(`this endpoint serves ${offers.map((o) => MEDIA_TYPE[o]).join(' or ')}`);
  return best;
}

/**
 * What a POST body is from its Content-Type, or throws 415: a TAXII envelope
 * (`application/taxii+json[;version=2.1]`), or a STIX bundle (`application/stix+json[;version=2.1]`).
 */
export function bodyRepresentation(contentType: string | undefined): Representation {
  const parsed = contentType ? parseMediaType(contentType) : undefined;
  if (parsed && parsed.type === 'application') {
    const version = parsed.params.get('version');
    for (const kind of ['taxii', 'stix'] as const) {
      if (parsed.subtype === SUBTYPE[kind] && (version === undefined || version === '2.1')) return kind;
    }
  }
  throw new Errors.TAXII_UNSUPPORTED_MEDIA_TYPE(
    `${contentType ?? 'no Content-Type'}; send ${TAXII_MEDIA_TYPE} (an envelope) or ${STIX_MEDIA_TYPE} (a bundle)`,
  );
}
