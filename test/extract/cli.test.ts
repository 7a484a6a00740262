import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { extract } from '../../src/extract/extract.ts';
import { readBytes } from '../../src/ingest/sources/read-source.ts';

const BIN = join(repoRoot, 'bin', 'opstrack.js');
const TEXT = 'Paris blames Moscow\nFrance accused Russia of hacking its ministries.\nSource: https://example.org/x\n';

function run(args: string[], input?: string) {
  // No store: the built-in knowledge (a store in the environment would change what is linked).
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.OPSTRACK_DB;
  return spawnSync(process.execPath, [BIN, 'extract', ...args], { input, encoding: 'utf8', cwd: repoRoot, env });
}

/** What `opstrack ingest` would propose for these bytes: the reader's text through extract(). */
async function asIngested(bytes: Uint8Array, filename: string) {
  const read = await readBytes(bytes, { filename });
  assert.equal(read.kind, 'document');
  if (read.kind !== 'document') throw new Error('not a document');
  const { mentioned_people: _m, ...x } = extract(read.document.text);
  return { text: read.document.text, x: { ...x, mentioned_people: _m } };
}

test('opstrack extract FILE --json prints the extraction contract; - reads stdin; --stix a bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-extract-'));
  try {
    const file = join(dir, 'a.txt');
    writeFileSync(file, `\ufeff${TEXT}`);
    const r = run([file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const x = JSON.parse(r.stdout);
    for (const k of ['language', 'title', 'intrusion_sets', 'countries', 'sectors', 'people', 'observables', 'claims']) assert.ok(k in x, k);
    assert.equal(x.title, 'Paris blames Moscow');
    const c = x.claims.find((k: { claimant: string }) => k.claimant === 'FR');
    assert.equal(c.target, 'RU');
    // Offsets count from after the byte-order mark.
    assert.equal(TEXT.slice(c.evidence.start, c.evidence.end), c.evidence.text);

    const s = run(['-', '--stix'], TEXT);
    assert.equal(s.status, 0, s.stderr);
    const bundle = JSON.parse(s.stdout);
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.some((o: { type: string }) => o.type === 'x-opstrack-claim'));

    const bad = run([join(dir, 'missing.txt')]);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /OPS_ERR_INPUT_INVALID/);
    const both = run([file, '--json', '--stix']);
    assert.match(both.stderr, /exclusive/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opstrack extract reads a PDF and an HTML page through the ingestion readers, and refuses a feed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opstrack-extract-'));
  try {
    // A PDF used to come out as "%PDF-1.4 ..." (language tlh, no claims).
    const pdf = tinyPdf('France accused Russia of hacking its foreign ministry.');
    const pdfFile = join(dir, 'article.pdf');
    writeFileSync(pdfFile, pdf);
    const p = run([pdfFile]);
    assert.equal(p.status, 0, p.stderr);
    const fromPdf = JSON.parse(p.stdout);
    const ingestedPdf = await asIngested(pdf, 'article.pdf');
    assert.deepEqual(fromPdf, JSON.parse(JSON.stringify(ingestedPdf.x)));
    assert.equal(fromPdf.language, 'en');
    assert.ok(fromPdf.claims.some((c: { claimant: string; target?: string }) => c.claimant === 'FR' && c.target === 'RU'), p.stdout);
    assert.doesNotMatch(p.stdout, /%PDF|endobj/);

    // HTML used to keep its tags, and "May 3" of the dateline became the accused party.
    const para = 'The foreign ministry said the intrusions had lasted for months and that its allies had been informed of the findings. ';
    const html = `<!doctype html><html lang="en"><head><title>France accuses Russia of cyberattacks</title></head><body>
      <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Login</a></nav>
      <article><h1>France accuses Russia of cyberattacks</h1>
      <p><span>PARIS, May 3 (Wire)</span> &mdash; France accused Russia on Tuesday of hacking the email of its diplomats. ${para}</p>
      <p>${para.repeat(3)}</p><p>${para.repeat(2)}</p></article><footer>Copyright Example Wire</footer></body></html>`;
    const htmlFile = join(dir, 'article.html');
    writeFileSync(htmlFile, html);
    const h = run([htmlFile]);
    assert.equal(h.status, 0, h.stderr);
    const fromHtml = JSON.parse(h.stdout);
    const ingestedHtml = await asIngested(Buffer.from(html), 'article.html');
    assert.deepEqual(fromHtml, JSON.parse(JSON.stringify(ingestedHtml.x)));
    assert.doesNotMatch(h.stdout, /<p|<span|&mdash;|Login|Copyright/);
    const accusation = fromHtml.claims.find((c: { claimant: string }) => c.claimant === 'FR');
    assert.equal(accusation?.target, 'RU', h.stdout);
    for (const c of fromHtml.claims as Array<{ target?: string; claimant: string }>) {
      assert.doesNotMatch(`${c.claimant} ${c.target ?? ''}`, /May/);
    }

    // A feed is many documents: refused, pointing at the commands that store its entries.
    const feedFile = join(dir, 'news.xml');
    writeFileSync(feedFile, '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>A</title><link>https://example.org/a</link><description>France accused Russia.</description></item></channel></rss>');
    const f = run([feedFile]);
    assert.notEqual(f.status, 0);
    assert.match(f.stderr, /OPS_ERR_INGEST_UNSUPPORTED/);
    assert.match(f.stderr, /feed/);
    assert.match(f.stderr, /opstrack ingest/);
    assert.match(f.stderr, /opstrack feeds/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opstrack extract answers und for gibberish and very short text; --lang overrides detection', () => {
  for (const input of ['asdkjh qwe zxcv\n', 'Hello\n', '0 obj << /Type /Catalog /Pages 2 0 R >> endobj xref 0000000009 65535 f\n']) {
    const r = run(['-'], input);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).language, 'und', input);
  }
  const detected = run(['-'], TEXT);
  assert.equal(JSON.parse(detected.stdout).language, 'en');
  const forced = run(['-', '--lang', 'de'], TEXT);
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(JSON.parse(forced.stdout).language, 'de');
  const gibberish = run(['-', '--lang', 'en'], 'asdkjh qwe zxcv\n');
  assert.equal(JSON.parse(gibberish.stdout).language, 'en');
});
