import Parser from 'rss-parser';
import { parseHTML } from 'linkedom';
import { Errors } from '../../errors.ts';
import type { FeedEntry } from './types.ts';

function plain(html: string | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}


/** RSS 2.0, RSS 1.0 (RDF) and Atom, through rss-parser. */
export async function readFeed(xml: string): Promise<{ title: string | null; entries: FeedEntry[] }> {
  let feed;
  try {
    feed = await new Parser().parseString(xml);
  } catch (err) {
    throw new Errors.INGEST_UNSUPPORTED(`not a readable RSS/Atom feed (${(err as Error).message})`);
  }
  return {
    title: feed.title?.trim() || null,
    entries: feed.items.map((item) => ({
      title: item.title?.trim() || null,
      link: item.link || undefined,
      published: item.isoDate || undefined,
      text: plain(item['content:encoded'] ?? item.content ?? item.summary ?? item.contentSnippet),
    })),
  };
}
