import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBytes, canonicalUrl, readUrl } from '../../src/ingest/sources/read-source.ts';
import { fetchUrl, isPrivateAddress } from '../../src/ingest/sources/fetch-url.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';

test('plain text keeps its characters so offsets stay meaningful; title is the first line', async () => {
  const r = await readBytes(Buffer.from('\uFEFFTitle line\r\nBody: Trung Quốc bác bỏ.\r\n'), { filename: 'a.txt' });
  assert.equal(r.kind, 'document');
  if (r.kind !== 'document') return;
  assert.equal(r.document.text, 'Title line\nBody: Trung Quốc bác bỏ.\n');
  assert.equal(r.document.title, 'Title line');
  assert.match(r.document.contentHash, /^[0-9a-f]{64}$/);
});

test('HTML: main text, title, author, date and site; navigation dropped', async () => {
  const para = 'Officials said the intrusion set known as Volt Typhoon targeted telecommunications providers. '.repeat(4);
  const html = `<!doctype html><html lang="en"><head><title>Volt Typhoon report</title>
    <meta property="article:published_time" content="2025-01-15T10:00:00Z"><meta property="og:site_name" content="Example News">
    <meta name="author" content="Jane Doe"></head><body><nav>Home | World | Login</nav>
    <article><h1>Volt Typhoon report</h1><p>${para}</p><p>${para}</p></article><footer>Copyright</footer></body></html>`;
  const r = await readBytes(Buffer.from(html), { contentType: 'text/html; charset=utf-8' });
  assert.equal(r.kind, 'document');
  if (r.kind !== 'document') return;
  assert.equal(r.document.title, 'Volt Typhoon report');
  assert.equal(r.document.published, '2025-01-15T10:00:00Z');
  assert.equal(r.document.site, 'Example News');
  assert.match(r.document.text, /Volt Typhoon targeted telecommunications/);
  assert.doesNotMatch(r.document.text, /Login|Copyright/);
});

test('PDF: text of its pages', async () => {
  const r = await readBytes(tinyPdf('Salt Typhoon breached telecom carriers'), { filename: 'r.pdf' });
  assert.equal(r.kind, 'document');
  if (r.kind !== 'document') return;
  assert.match(r.document.text, /Salt Typhoon breached telecom carriers/);
  assert.equal(r.document.mediaType, 'application/pdf');
});

test('a corrupt PDF is refused with a coded error', async () => {
  await assert.rejects(readBytes(Buffer.from('%PDF-1.4\ngarbage'), { filename: 'x.pdf' }), /OPS_ERR_INGEST_UNSUPPORTED|not a readable PDF/);
});

test('RSS and Atom feeds list their entries as plain text', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cyber news</title>
    <item><title>One</title><link>https://news.example/one</link><pubDate>Tue, 10 Dec 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;APT28 &lt;b&gt;accused&lt;/b&gt;&lt;/p&gt;</description></item>
    </channel></rss>`;
  const r = await readBytes(Buffer.from(rss), { filename: 'feed.xml' });
  assert.equal(r.kind, 'feed');
  if (r.kind !== 'feed') return;
  assert.equal(r.title, 'Cyber news');
  assert.equal(r.entries[0]!.link, 'https://news.example/one');
  assert.equal(r.entries[0]!.text, 'APT28 accused');
  assert.equal(r.entries[0]!.published, '2024-12-10T10:00:00.000Z');
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
    <entry><title>E</title><link href="https://a.example/e"/><updated>2024-12-11T00:00:00Z</updated><summary>Sandworm</summary></entry></feed>`;
  const a = await readBytes(Buffer.from(atom));
  assert.equal(a.kind, 'feed');
  if (a.kind === 'feed') assert.equal(a.entries[0]!.link, 'https://a.example/e');
});

test('binary that is not a PDF is refused', async () => {
  await assert.rejects(readBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1])), /binary/);
});

test('canonical URLs drop fragments and tracking parameters', () => {
  assert.equal(canonicalUrl('https://News.Example/a/?utm_source=x&b=2&a=1#top'), 'https://news.example/a?a=1&b=2');
});

test('private, loopback and link-local addresses are recognised', () => {
  for (const a of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
    assert.ok(isPrivateAddress(a), a);
  }
  for (const a of ['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888']) assert.ok(!isPrivateAddress(a), a);
});

async function withServer(handler: Parameters<typeof createServer>[1], fn: (base: string) => Promise<void>) {
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

test('fetching: loopback refused by default, allowed with allowPrivate, caps on size, redirects and time', async () => {
  await withServer((req, res) => {
    if (req.url === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'.repeat(5000)); return; }
    if (req.url?.startsWith('/loop')) { res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` }); res.end(); return; }
    if (req.url === '/slow') { setTimeout(() => res.end('late'), 2000); return; }
    if (req.url === '/missing') { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><head><title>T</title></head><body><article><p>Kimsuky phishing campaign against researchers in South Korea was reported by officials. Kimsuky phishing campaign against researchers.</p></article></body></html>');
  }, async (base) => {
    await assert.rejects(fetchUrl(`${base}/`), /private or loopback address refused/);
    await assert.rejects(fetchUrl(base.replace('127.0.0.1', 'localhost') + '/'), /private or loopback/);
    const ok = await readUrl(`${base}/`, { allowPrivate: true });
    assert.equal(ok.kind, 'document');
    if (ok.kind === 'document') { assert.match(ok.document.text, /Kimsuky/); assert.equal(ok.document.url, `${base}/`); }
    await assert.rejects(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }), /byte cap/);
    await assert.rejects(fetchUrl(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 }), /more than 3 redirects/);
    await assert.rejects(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 }), /timed out/);
    await assert.rejects(fetchUrl(`${base}/missing`, { allowPrivate: true }), /HTTP 404/);
    await assert.rejects(fetchUrl('ftp://example.org/x'), /only http and https/);
  });
});
