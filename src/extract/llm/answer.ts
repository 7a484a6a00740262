/**
 * The model's content read as claims, trusting nothing: reasoning (`<think>`) and Markdown fences
 * around the JSON are removed; a bare array is taken for the claims list; each item is checked
 * field by field (a claimant, a known stance, a quote, strings where strings belong; a single
 * string for `about` is a list of one) and an item that fails is dropped with the reason. An
 * answer cut short by the output limit keeps the items that were complete.
 */
import { STANCES } from './prompt.ts';
import type { Stance } from '../types.ts';

/** One claim as the model proposed it, names as it wrote them. */
export interface ProposedClaim {
  claimant: string;
  stance: Stance;
  target?: string;
  about: string[];
  quote: string;
}

export interface ReadClaims {
  claims: ProposedClaim[];
  /** Why items were dropped (one line each). */
  dropped: string[];
}

/** The JSON text inside the content: without reasoning blocks and code fences. */
function jsonText(content: string): string {
  let s = content.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const fenced = /```(?:json)?\s*([\s\S]*?)(?:```|$)/.exec(s);
  if (fenced && !s.startsWith('{') && !s.startsWith('[')) s = fenced[1]!.trim();
  const first = s.search(/[[{]/);
  return first > 0 ? s.slice(first) : s;
}

/** The complete objects of a `claims` array cut short: each balanced `{...}` parsed on its own. */
function completeItems(s: string): unknown[] {
  const open = s.indexOf('[');
  if (open < 0) return [];
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = open + 1; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && depth > 0 && --depth === 0) {
      try {
        out.push(JSON.parse(s.slice(start, i + 1)));
      } catch {
        /* a broken item: left out */
      }
    }
  }
  return out;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function item(raw: unknown, i: number): ProposedClaim | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `claims[${i}]: not an object`;
  const o = raw as Record<string, unknown>;
  const claimant = text(o.claimant);
  if (!claimant) return `claims[${i}].claimant: ${o.claimant === undefined ? 'missing' : 'not a string'}`;
  const stance = typeof o.stance === 'string' ? o.stance.trim().toLowerCase() : undefined;
  if (!stance || !STANCES.includes(stance as Stance)) return `claims[${i}].stance: ${JSON.stringify(o.stance)} is not one of ${STANCES.join(', ')}`;
  const quote = text(o.quote);
  if (!quote) return `claims[${i}].quote: ${o.quote === undefined ? 'missing' : 'not a string'}`;
  if (o.target !== undefined && o.target !== null && typeof o.target !== 'string') return `claims[${i}].target: not a string`;
  const about = typeof o.about === 'string' ? [o.about] : o.about ?? [];
  if (!Array.isArray(about) || about.some((a) => typeof a !== 'string')) return `claims[${i}].about: not a list of names`;
  const target = text(o.target);
  return { claimant, stance: stance as Stance, ...(target ? { target } : {}), about: about.map((a: string) => a.trim()).filter(Boolean), quote };
}

/**
 * Claims read from the content.
 * @throws Error when the content holds no claims list at all (not JSON, or JSON of another shape),
 * unless it was cut short, in which case the complete items are kept.
 */
export function readClaims(content: string, truncated: boolean): ReadClaims {
  const s = jsonText(content);
  let list: unknown[];
  try {
    const json = JSON.parse(s) as unknown;
    const claims = Array.isArray(json) ? json : (json as { claims?: unknown } | null)?.claims;
    if (!Array.isArray(claims)) throw Object.assign(new Error('the answer is JSON without a "claims" list'), { shape: true });
    list = claims;
  } catch (err) {
    if ((err as { shape?: boolean }).shape) throw err;
    if (!truncated) throw new Error(`the answer is not valid JSON: ${(err as Error).message}`);
    list = completeItems(s);
  }
  const claims: ProposedClaim[] = [];
  const dropped: string[] = [];
  list.forEach((raw, i) => {
    const r = item(raw, i);
    if (typeof r === 'string') dropped.push(r);
    else claims.push(r);
  });
  return { claims, dropped };
}
