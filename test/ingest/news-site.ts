/**
 * A small news site on 127.0.0.1 for ingestion tests: pages and feeds by path, changeable while it
 * runs, with a count of requests per path (to prove what was, and was not, fetched).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Page {
  type: string;
  body: string;
  status?: number;
}

export interface NewsSite {
  base: string;
  pages: Map<string, Page>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startNewsSite(pages: Record<string, Page> = {}): Promise<NewsSite> {
  const map = new Map(Object.entries(pages));
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = map.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(page.status ?? 200, { 'content-type': page.type });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages: map,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function articleHtml(title: string, paragraph: string): Page {
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Home | World</nav>
      <article><h1>${title}</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`,
  };
}

export function rss(title: string, items: Array<{ title: string; link?: string; description?: string }>): Page {
  const entries = items.map((i) => `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}` +
    `<description>${i.description ?? ''}</description></item>`).join('\n');
  return { type: 'application/rss+xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>\n${entries}\n</channel></rss>` };
}
