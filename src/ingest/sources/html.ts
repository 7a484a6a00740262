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
 * linkedom DOM; title, author, date and site from the article metadata.
 */
export function readHtml(html: string, meta0: Partial<SourceDocument> = {}): SourceDocument {
  const { document } = parseHTML(html);
  const published = meta(document as unknown as Document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date');
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
