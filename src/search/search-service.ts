/**
 * Search as analysts use it: one query over names and aliases in every language, indicator values
 * (typed refanged or defanged), report text and claim passages; misspelt name words read as the
 * names they are nearest to; filters by type, TLP, language and date; every hit says why it
 * matched and shows the passage. Visibility is the store's (`Store.search`), as on every read.
 */
import { isIP } from 'node:net';
import { refang } from 'ioc-extractor';
import type { StixObject } from '../model/stix/core.ts';
import type { TlpLevel } from '../model/tlp.ts';
import type { Viewer } from '../model/viewer.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { SearchTerm } from '../storage/search-sql.ts';
import { normaliseSearchText, searchTokens } from '../storage/search-text.ts';
import type { Store } from '../storage/store.ts';
import { explainMatch, type MatchExplanation } from './explain.ts';
import { correctionsOf } from './vocabulary.ts';

export interface SearchRequest {
  q: string;
  types?: string[];
  tlp?: TlpLevel[];
  /** BCP 47 language (prefix) of the matched text: `vi` matches `vi` and `vi-VN`. */
  lang?: string;
  /** Only hits dated on or after / before or on this day (YYYY-MM-DD or a timestamp). */
  since?: string;
  until?: string;
  limit?: number;
}

export interface SearchHit {
  object: StixObject;
  tlp?: TlpLevel;
  /** The date the filters read: a report's publication, a claim's statement date, else `modified`. */
  date?: string;
  match: MatchExplanation;
}

/** How many times more candidates to read again when hits the store returned fail the checks made here. */
const OVERFETCH = 5;
/** The most candidates one search reads (the store's own cap). */
const MAX_READ = 1000;

/** Shapes of indicator values (ioc-extractor's own tests take tens of milliseconds a call). */
const INDICATOR_SHAPES = [
  /^[a-z][a-z0-9+.-]*:\/\/\S+$/i, // URL
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/u, // e-mail address
  /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i, // MD5, SHA-1, SHA-256, SHA-512
  /^(?=.{4,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u, // domain name
];

/** An indicator's value (IP address, domain, URL, e-mail address, hash), which must match whole. */
function indicatorPhrase(q: string): string | undefined {
  const value = q.trim();
  if (/\s/.test(value) || !(isIP(value) !== 0 || INDICATOR_SHAPES.some((shape) => shape.test(value)))) return undefined;
  return normaliseSearchText(value);
}

function dateOf(o: StixObject): string | undefined {
  if (o.type === 'report' && o.x_opstrack_published_known !== false && typeof o.published === 'string') return o.published;
  if (typeof o.made_on === 'string') return o.made_on;
  const v = o.modified ?? o.created;
  return typeof v === 'string' ? v : undefined;
}

function langOf(o: StixObject, match: MatchExplanation): string | undefined {
  if (match.lang) return match.lang;
  if (typeof o.lang === 'string') return o.lang;
  const evidence = o.evidence as { lang?: unknown } | undefined;
  return typeof evidence?.lang === 'string' ? evidence.lang : undefined;
}

const day = (ts: string) => ts.slice(0, 10);

export class SearchService {
  readonly #store: Store;
  readonly #db: SqlDb;

  constructor(store: Store, db: SqlDb) {
    this.#store = store;
    this.#db = db;
  }

  /** The query's terms, each with the name words it may be a misspelling of. */
  async terms(q: string): Promise<{ terms: SearchTerm[]; phrase?: string }> {
    const text = refang(q);
    const phrase = indicatorPhrase(text);
    const tokens = searchTokens(text);
    if (phrase) return { terms: tokens.map((t) => [t]), phrase };
    const terms: SearchTerm[] = [];
    for (const t of tokens) terms.push([t, ...(await correctionsOf(this.#db, t))]);
    return { terms };
  }

  async search(viewer: Viewer, request: SearchRequest): Promise<SearchHit[]> {
    const limit = request.limit ?? 50;
    const { terms, phrase } = await this.terms(request.q);
    if (terms.length === 0) return [];
    // The store filters by type, TLP, date and language before each part of its ranking is limited,
    // so a page is full whatever the filters; the language it reads is any of the object's, the
    // matched text's is checked here, and a page short of it is read again, larger.
    const query = {
      text: request.q, terms, ...(phrase ? { phrase } : {}), types: request.types, tlp: request.tlp,
      ...(request.since ? { since: request.since } : {}), ...(request.until ? { until: request.until } : {}),
      ...(request.lang ? { lang: request.lang } : {}),
    };
    let hits: SearchHit[] = [];
    for (let want = limit; ; want = Math.min(want * OVERFETCH, MAX_READ)) {
      const found = await this.#store.search(viewer, { ...query, limit: want });
      hits = [];
      for (const s of found) {
        const match = explainMatch(s.object, terms, phrase);
        if (!match) continue;
        const date = dateOf(s.object);
        if (request.since && (!date || day(date) < day(request.since))) continue;
        if (request.until && (!date || day(date) > day(request.until))) continue;
        const lang = langOf(s.object, match);
        if (request.lang && !(lang === request.lang || lang?.startsWith(`${request.lang}-`))) continue;
        hits.push({ object: s.object, ...(s.tlp ? { tlp: s.tlp } : {}), ...(date ? { date } : {}), match });
        if (hits.length >= limit) break;
      }
      if (hits.length >= limit || found.length < want || want >= MAX_READ) break;
    }
    return hits;
  }
}
