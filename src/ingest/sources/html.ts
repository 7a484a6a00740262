import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { contentHash } from './text.ts';
import type { SourceDocument } from './types.ts';

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** `datePublished` of the page's JSON-LD (schema.org NewsArticle and kin), in an object, an array or an `@graph`. */
function jsonLdDate(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.datePublished === 'string' && o.datePublished.trim()) return o.datePublished.trim();
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return undefined;
}

/** Readability's text keeps the page's layout whitespace; fold it into paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * HTML: the main text by Mozilla Readability (the algorithm behind Firefox's reader view) over a
 * linkedom DOM; title, author, date and site from the article metadata (the date from
 * article:published_time and kin, else JSON-LD datePublished).
 */
export function readHtml(html: string, meta0: Partial<SourceDocument> = {}): SourceDocument {
  const { document } = parseHTML(html);
  const published = meta(document as unknown as Document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued')
    ?? jsonLdDate(document as unknown as Document);
  const site = meta(document as unknown as Document, 'og:site_name', 'application-name');
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const body = tidy(article?.textContent ?? document.body?.textContent ?? '');
  const title = (article?.title || document.title || '').trim() || null;
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return {
    text,
    title,
    author: article?.byline?.trim() || meta(document as unknown as Document, 'author') || undefined,
    published,
    site: site ?? article?.siteName ?? undefined,
    mediaType: 'text/html',
    ...(lang ? { lang } : {}),
    ...meta0,
    contentHash: contentHash(text),
  };
}
