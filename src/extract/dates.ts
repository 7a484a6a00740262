/**
 * Statement dates from the text: datelines ("BEIJING, March 14 (Reuters) -", "HÀ NỘI, 14/3",
 * "【环球时报】3月14日", "МОСКВА, 14 марта. /ТАСС/"), explicit dates ("14 March 2025", "2025年3月14日",
 * "14. März 2025") and relative ones ("on Monday", "yesterday", "hôm qua", "昨天", "вчера", "hier",
 * "gestern", "ayer", "last week") resolved against the publication date, in en, vi, zh, ru, fr, de
 * and es (words in lexicons/dates/). A claim is dated by a day (or week) its own sentence names,
 * else by the document's dateline or header date, else by the publication date, else it is
 * undated (`unknown`): never by the day it was loaded.
 *
 * @example
 * findDates('Mao Ning said on Monday that...', 'en', { reference: '2025-03-14' });
 * // [{ start: 14, end: 23, date: '2025-03-10', precision: 'day', kind: 'relative' }]
 */
import type { ClaimCandidate, DatePrecision, DateSource, Span } from '../model/extraction.ts';
import { DATE_WORDS, type DateWords } from './lexicons/dates/index.ts';
import { atWordStart, execFrom } from './lexicons/index.ts';

export interface DateMention extends Span {
  /** YYYY-MM-DD: the day, or the first day of the week, month or year. */
  date: string;
  precision: DatePrecision;
  kind: 'explicit' | 'relative';
}

/** What a claim is dated by. `made_on` is absent when the source is `unknown`. */
export interface StatementDate {
  made_on?: string;
  made_on_precision?: DatePrecision;
  made_on_source: DateSource;
}

type Relative = 'today' | 'yesterday' | 'dby' | 'lastWeek' | 'lastMonth' | 'lastYear' | `wd${number}`;

interface Raw extends Span {
  y?: number;
  m?: number;
  d?: number;
  rel?: Relative;
  /** A bare day/month ("14/3") only a dateline is read as a date. */
  bare?: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

// ---- calendar arithmetic on UTC days ----
function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
function iso(t: Date): string {
  return t.toISOString().slice(0, 10);
}
function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = utc(y, m, d);
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function addDays(t: Date, n: number): Date {
  return new Date(t.getTime() + n * 86_400_000);
}
/** ISO weekday, Monday 0 .. Sunday 6. */
function weekday(t: Date): number {
  return (t.getUTCDay() + 6) % 7;
}

/**
 * The calendar day a publication date stands for: the date as written for ISO 8601 (its own
 * offset's day), else the UTC day of whatever Date can parse (RSS's RFC 2822). Undefined when
 * it is not a date.
 */
export function publicationDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const m = ISO_DAY.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? m.slice(1, 4).join('-') : undefined;
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return undefined;
  const y = new Date(t).getUTCFullYear();
  return y >= 1900 && y <= 2200 ? new Date(t).toISOString().slice(0, 10) : undefined;
}

// ---- patterns ----
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (forms: readonly string[]) => [...forms].sort((a, b) => b.length - a.length).map(esc).join('|');

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<Raw, 'start' | 'end'> | undefined;
}

interface Compiled {
  patterns: Pattern[];
  /** Forms that are part of a date expression but name no date alone ("7日": a day of no month): read only by `dateExpressions`. */
  partial: Pattern[];
}

const compiled = new Map<string, Compiled>();

function compile(words: DateWords): Compiled {
  const cached = compiled.get(words.lang);
  if (cached) return cached;
  const wb = !words.noWordBoundaries;
  const R = wb ? '(?![\\p{L}\\p{N}])' : '(?!\\d)';
  const monthOf = new Map<string, number>();
  words.months.forEach((forms, i) => forms.forEach((f) => monthOf.set(f.toLowerCase(), i + 1)));
  const M = words.months.length ? `(${alt(words.months.flat())})\\.?` : '';
  const mon = (s: string | undefined) => (s ? monthOf.get(s.toLowerCase().replace(/\s+/g, ' ')) : undefined);
  const num = (s: string | undefined) => (s === undefined ? undefined : s === '1er' ? 1 : Number(s));
  // Where a word may begin (no letter or digit before it), else after no digit.
  const bounded = (body: string) => (wb ? atWordStart(`(?:${body})${R}`) : new RegExp(`(?<!\\d)(?:${body})${R}`, 'giu'));
  const p = (body: string, read: Pattern['read']): Pattern => ({ re: bounded(body), read });
  const Y = '(\\d{4})';
  const D = '(\\d{1,2})(?!\\d)';
  const out: Pattern[] = [
    p(`${Y}-(\\d{2})-(\\d{2})`, (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) })),
  ];
  // English and German capitalise month names: "may 3" is a verb and a number
  const capital = words.lang === 'en' || words.lang === 'de';
  const named = (mo: string | undefined) => (mo && (!capital || mo[0] !== mo[0]!.toLowerCase()) ? mon(mo) : undefined);
  const dayMonth = (d?: string, mo?: string, y?: string) => {
    const month = named(mo);
    return month ? { d: num(d), m: month, ...(y ? { y: num(y) } : {}) } : undefined;
  };
  const monthYear = (mo?: string, y?: string) => {
    const month = named(mo);
    return month ? { m: month, y: num(y) } : undefined;
  };
  switch (words.lang) {
    case 'en':
      out.push(
        p(`${M}\\s+${D}(?:st|nd|rd|th)?(?:,?\\s+${Y})?`, (m) => dayMonth(m[2], m[1], m[3])),
        p(`${D}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+${Y})?`, (m) => dayMonth(m[1], m[2], m[3])),
        p(`${M},?\\s+${Y}`, (m) => monthYear(m[1], m[2])),
      );
      break;
    case 'fr':
      out.push(
        p(`(\\d{1,2}|1er)(?!\\d)\\s+${M}(?:\\s+${Y})?`, (m) => dayMonth(m[1], m[2], m[3])),
        p(`${M}\\s+${Y}`, (m) => monthYear(m[1], m[2])),
      );
      break;
    case 'de':
      out.push(
        p(`${D}\\.\\s*${M}(?:\\s+${Y})?`, (m) => dayMonth(m[1], m[2], m[3])),
        p(`${M}\\s+${Y}`, (m) => monthYear(m[1], m[2])),
      );
      break;
    case 'es':
      out.push(
        p(`${D}\\s+(?:de\\s+)?${M}(?:\\s+(?:de(?:l)?\\s+)?${Y})?`, (m) => dayMonth(m[1], m[2], m[3])),
        p(`${M}\\s+(?:de(?:l)?\\s+)?${Y}`, (m) => monthYear(m[1], m[2])),
      );
      break;
    case 'ru':
      out.push(
        p(`${D}\\s+${M}(?:\\s+${Y}(?:\\s*(?:года|г\\.?))?)?`, (m) => dayMonth(m[1], m[2], m[3])),
        p(`${M}\\s+${Y}(?:\\s*(?:года|г\\.?))?`, (m) => monthYear(m[1], m[2])),
      );
      break;
    case 'vi':
      out.push(
        p(`ngày\\s+${D}\\s*[/.-]\\s*${D}(?:\\s*[/.-]\\s*${Y})?`, (m) => ({ d: num(m[1]), m: num(m[2]), ...(m[3] ? { y: num(m[3]) } : {}) })),
        p(`(?:ngày\\s+)?${D}\\s+tháng\\s+${D}(?:\\s*(?:năm\\s+|[/.-]\\s*)${Y})?`, (m) => ({ d: num(m[1]), m: num(m[2]), ...(m[3] ? { y: num(m[3]) } : {}) })),
        p(`${D}/${D}(?:/${Y})?`, (m) => ({ d: num(m[1]), m: num(m[2]), ...(m[3] ? { y: num(m[3]) } : { bare: true }) })),
        p(`tháng\\s+${D}(?:\\s*[/.-]\\s*|\\s+năm\\s+)${Y}`, (m) => ({ m: num(m[1]), y: num(m[2]) })),
      );
      break;
    case 'zh':
      out.push(
        p(`(?:${Y}\\s*年\\s*)?${D}\\s*月\\s*${D}\\s*[日号號]`, (m) => ({ d: num(m[3]), m: num(m[2]), ...(m[1] ? { y: num(m[1]) } : {}) })),
        p(`${Y}\\s*年\\s*${D}\\s*月`, (m) => ({ m: num(m[2]), y: num(m[1]) })),
      );
      break;
  }
  if (words.lang !== 'en' && words.lang !== 'zh') {
    // 14.03.2025, 14/03/2025: day first outside English
    out.push(p(`${D}[./]${D}[./]${Y}`, (m) => ({ d: num(m[1]), m: num(m[2]), y: num(m[3]) })));
  }
  const rel = (forms: readonly string[], r: Relative) => {
    if (forms.length) out.push(p(alt(forms), () => ({ rel: r })));
  };
  rel(words.dayBeforeYesterday, 'dby');
  rel(words.today, 'today');
  rel(words.yesterday, 'yesterday');
  rel(words.lastWeek, 'lastWeek');
  rel(words.lastMonth, 'lastMonth');
  rel(words.lastYear, 'lastYear');
  words.weekdays.forEach((forms, i) => rel(forms, `wd${i}`));
  const partial: Pattern[] = [];
  // "7日", "30号": a day of the month the text names elsewhere (or of the current one).
  if (words.lang === 'zh') partial.push(p(`${D}\\s*[日号號]`, (m) => ({ d: num(m[1]) })));
  // "当地时间7日": a part of a day may run into the number of a date.
  if (words.dayParts?.length) partial.push({ re: new RegExp(alt(words.dayParts), 'giu'), read: () => ({}) });
  const c = { patterns: out, partial };
  compiled.set(words.lang, c);
  return c;
}

/** Every date expression in `text[from, to)`, earliest first, the longest where two overlap. */
function scan(text: string, lang: string, from = 0, to = text.length, partial = false): Raw[] {
  const words = DATE_WORDS[lang];
  if (!words) return [];
  // Full-width digits read as ASCII (one UTF-16 unit each, so offsets hold).
  const slice = text.slice(from, to).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const found: Raw[] = [];
  const c = compile(words);
  for (const { re, read } of partial ? [...c.patterns, ...c.partial] : c.patterns) {
    for (let m = execFrom(re, slice); m; m = execFrom(re, slice, m.index + (m[0].length || 1))) {
      const v = read(m);
      if (v) found.push({ start: from + m.index, end: from + m.index + m[0].length, ...v });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Raw[] = [];
  for (const r of found) if (!out.some((o) => r.start < o.end && o.start < r.end)) out.push(r);
  return out;
}

/** A raw expression as a date, given the reference day (publication) it is relative to. */
function resolve(r: Raw, reference?: string): DateMention | undefined {
  const ref = reference ? utc(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)), Number(reference.slice(8, 10))) : undefined;
  const at = (date: Date, precision: DatePrecision, kind: DateMention['kind']): DateMention => ({ start: r.start, end: r.end, date: iso(date), precision, kind });
  if (r.rel) {
    if (!ref) return undefined;
    switch (r.rel) {
      case 'today': return at(ref, 'day', 'relative');
      case 'yesterday': return at(addDays(ref, -1), 'day', 'relative');
      case 'dby': return at(addDays(ref, -2), 'day', 'relative');
      case 'lastWeek': {
        const d = addDays(ref, -7);
        return at(addDays(d, -weekday(d)), 'week', 'relative');
      }
      case 'lastMonth': return at(utc(ref.getUTCFullYear(), ref.getUTCMonth(), 1), 'month', 'relative');
      case 'lastYear': return at(utc(ref.getUTCFullYear() - 1, 1, 1), 'year', 'relative');
      default: {
        // "on Monday": the latest Monday on or before the reference day
        const wd = Number(r.rel.slice(2));
        return at(addDays(ref, -((weekday(ref) - wd + 7) % 7)), 'day', 'relative');
      }
    }
  }
  if (r.m === undefined) return undefined;
  if (r.d === undefined) {
    if (r.y === undefined || r.m < 1 || r.m > 12) return undefined;
    return at(utc(r.y, r.m, 1), 'month', 'explicit');
  }
  let y = r.y;
  if (y === undefined) {
    // "March 14" with no year: the latest March 14 not after the reference day (a day's slack for time zones)
    if (!ref) return undefined;
    y = ref.getUTCFullYear();
    if (validDay(y, r.m, r.d) && utc(y, r.m, r.d) > addDays(ref, 1)) y -= 1;
  }
  if (!validDay(y, r.m, r.d)) return undefined;
  return at(utc(y, r.m, r.d), 'day', 'explicit');
}

/**
 * Where the text writes a date or a time in `text[from, to)`, whether or not it resolves to a day: the date expressions
 * of the profile, a day of the month alone ("7日") and the parts of a day ("上午", "当地时间"), earliest first.
 */
export function dateExpressions(text: string, lang: string, from = 0, to = text.length): Span[] {
  return scan(text, lang, from, to, true).map((r) => ({ start: r.start, end: r.end }));
}

/** Date expressions in the text (or in `range`), resolved against `reference` (YYYY-MM-DD) where relative. */
export function findDates(text: string, lang: string, opts: { reference?: string; range?: Span } = {}): DateMention[] {
  return scan(text, lang, opts.range?.start, opts.range?.end)
    .map((r) => resolve(r, opts.reference))
    .filter((d): d is DateMention => !!d);
}

/**
 * The document's own date: a dateline opening one of the first body lines ("PARIS, 14 mars (AFP) -",
 * "【环球时报】3月14日"), or a date standing on a header line of its own ("14 March 2025",
 * "Published: 14 March 2025"). A dateline without a year takes the publication date's year.
 */
export function documentDate(text: string, lang: string, opts: { bodyStart?: number; published?: string } = {}): DateMention | undefined {
  let lineStart = opts.bodyStart ?? 0;
  for (let n = 0; n < 3 && lineStart < text.length; n++) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const head = Math.min(lineEnd, lineStart + 80);
      for (const r of scan(text, lang, lineStart, head)) {
        if (r.rel) continue;
        const d = resolve(r, opts.published);
        if (d?.precision === 'day') return d;
      }
    } else n--;
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return undefined;
}

export interface DatingInput {
  text: string;
  lang: string;
  /** Sentences as segmented (claims are dated by the one holding their passage). */
  sentences: ReadonlyArray<Span & { title?: boolean }>;
  /** The publication date from metadata, feed or the analyst (any ISO 8601 or RFC 2822 date). */
  published?: string | null;
}

/**
 * Each claim's statement date: a day (or last week) named in its own sentence, resolved against
 * the publication date (else the document's own date); else the dateline or header date; else the
 * publication date; else unknown.
 */
export function dateClaims<C extends ClaimCandidate>(claims: readonly C[], input: DatingInput): Array<C & StatementDate> {
  if (!claims.length) return [];
  const published = publicationDay(input.published);
  const bodyStart = input.sentences.find((s) => !s.title)?.start ?? 0;
  const docDate = documentDate(input.text, input.lang, { bodyStart, published });
  const reference = published ?? docDate?.date;
  const latest = reference ? iso(addDays(utc(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)), Number(reference.slice(8, 10))), 1)) : undefined;
  // Claims of one sentence share their passage: each range is scanned once.
  const scanned = new Map<string, Raw[]>();
  const scanRange = (range: Span): Raw[] => {
    const key = `${range.start}:${range.end}`;
    let raws = scanned.get(key);
    if (!raws) scanned.set(key, (raws = scan(input.text, input.lang, range.start, range.end)));
    return raws;
  };
  return claims.map((c) => {
    const s = input.sentences.find((x) => x.start <= c.evidence.start && c.evidence.start < x.end);
    const range = { start: Math.min(s?.start ?? c.evidence.start, c.evidence.start), end: Math.max(s?.end ?? c.evidence.end, c.evidence.end) };
    const own = scanRange(range)
      // the dateline dates the report; a day the sentence names after it dates the statement
      .filter((r) => !r.bare && r.start !== docDate?.start)
      .map((r) => resolve(r, reference))
      .find((d) => d && (d.precision === 'day' || d.precision === 'week') && (!latest || d.date <= latest));
    const date: StatementDate = own
      ? { made_on: own.date, made_on_precision: own.precision, made_on_source: 'text' }
      : docDate
        ? { made_on: docDate.date, made_on_precision: 'day', made_on_source: 'text' }
        : published
          ? { made_on: published, made_on_precision: 'day', made_on_source: 'publication' }
          : { made_on_source: 'unknown' };
    // The claim's fields, then the date's (Object.assign: V8 builds a spread with new fields far slower).
    return Object.assign({}, c, date);
  });
}
