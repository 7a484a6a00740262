/**
 * Measures whether a learned scorer on top of the claim rules (issue 11, deliverable 3) would raise claims F1:
 * every claim the rules output on the readable parts (train, fresh) is labelled kept or spurious by the shared scorer
 * itself (its --verbose JSON lists the predicted claims it matched to no label), described by features that hold
 * across languages (stance, claimant kind, method, rule confidence, target kind, speaker, operation named, repeats in
 * the article, mentions of claimant and target, position, evidence length in tokens, claims in the article,
 * language), and scored by a logistic regression trained in five folds grouped by article (each claim is scored by
 * the model that never saw its article). It prints claims F1 per part when claims under each threshold are dropped.
 * Frozen parts are refused: a scorer would only ship if it raised them, and that is measured once, as totals.
 * Usage: node --import tsx scripts/scorer-study.ts [train] [fresh]
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.ts';
import type { ClaimCandidate, Extraction } from '../src/extract/types.ts';
import { SETS } from './eval.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.OPSTRACK_SHARED_DIR ? resolve(process.env.OPSTRACK_SHARED_DIR) : resolve(root, '..', 'shared');
const READABLE = new Set(['train', 'fresh']);

interface Row { part: string; article: string; features: string[]; kept: boolean }
interface PartTotals { tp: number; fp: number; fn: number }

const words = new Intl.Segmenter('und', { granularity: 'word' });
const tokenCount = (s: string) => [...words.segment(s)].filter((w) => w.isWordLike).length;
const bucket = (v: number, edges: number[]) => { const i = edges.findIndex((e) => v <= e); return i < 0 ? `>${edges.at(-1)}` : `<=${edges[i]}`; };
const STATE = /^[A-Z]{2}$/;

/** Features of one claim in its article's extraction; none names an entity, a word or a language's phrase. */
function featuresOf(c: ClaimCandidate, x: Extraction, textLength: number): string[] {
  const same = x.claims.filter((o) => o.claimant === c.claimant && o.stance === c.stance);
  const mentions = (code: string | undefined) => x.countries.find((k) => k.code === code)?.mentions?.length ?? -1;
  const target = c.target === undefined ? 'none' : STATE.test(c.target) ? 'state' : 'other';
  return [
    `stance=${c.stance}`, `kind=${c.claimant_kind}`, `method=${c.method}`, `confidence=${c.confidence}`, `lang=${x.language}`,
    `target=${target}`, `speaker=${c.speaker !== undefined}`, `about=${c.about.length > 0}`, `self=${c.target === c.claimant}`,
    `repeats=${Math.min(same.length, 3)}`, `repeatsTarget=${Math.min(same.filter((o) => o.target === c.target).length, 3)}`,
    `claimantMentions=${bucket(mentions(c.claimant), [-1, 0, 2, 8])}`, `targetMentions=${bucket(mentions(c.target), [-1, 0, 1, 2, 8])}`,
    `position=${bucket(c.evidence.start / Math.max(1, textLength), [0.1, 0.3, 0.6, 0.8])}`,
    `tokens=${bucket(tokenCount(c.evidence.text), [10, 20, 35, 50])}`, `claims=${bucket(x.claims.length, [2, 6, 10, 20])}`,
  ];
}

/** The rules' claims of one part, each marked kept (matched to a label by the shared scorer) or not. */
function rowsOf(part: string, totals: Map<string, PartTotals>): Row[] {
  const dir = SETS[part];
  if (!dir) throw new Error(`scorer-study: unknown part ${part}`);
  const out = mkdtempSync(join(tmpdir(), 'opstrack-study-'));
  try {
    const extracted = new Map<string, { x: Extraction; length: number }>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const x = extract(text);
      extracted.set(f.replace(/\.txt$/, ''), { x, length: text.length });
      writeFileSync(join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(x));
    }
    // to a file, not a pipe: the scorer exits right after printing, which would cut a long pipe write short
    const file = join(out, 'scored.out');
    const fd = openSync(file, 'w');
    try {
      execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), dir, '--pred', out, '--json', '--verbose'], { stdio: ['ignore', fd, 'inherit'] });
    } finally {
      closeSync(fd);
    }
    const raw = readFileSync(file, 'utf8');
    const scored = JSON.parse(raw) as { fields: { claims: PartTotals }; perDoc: { doc: string; extras: { claims?: unknown[] } }[] };
    const { tp, fp, fn } = scored.fields.claims;
    totals.set(part, { tp, fp, fn });
    const rows: Row[] = [];
    for (const d of scored.perDoc) {
      const e = extracted.get(d.doc);
      if (!e) continue;
      const spurious = (d.extras.claims ?? []).map((c) => JSON.stringify(c));
      for (const c of e.x.claims) {
        const i = spurious.indexOf(JSON.stringify(c));
        if (i >= 0) spurious.splice(i, 1);
        rows.push({ part, article: d.doc, features: featuresOf(c, e.x, e.length), kept: i < 0 });
      }
    }
    return rows;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Logistic regression by batch gradient descent with an L2 penalty; the last weight is the bias. */
function train(xs: number[][], ys: number[], l2 = 1, rounds = 3000, rate = 0.5): number[] {
  const w = new Array<number>(xs[0]!.length).fill(0);
  for (let r = 0; r < rounds; r++) {
    const g = w.map((wi) => (l2 * wi) / xs.length);
    xs.forEach((x, i) => {
      const err = sigmoid(dot(w, x)) - ys[i]!;
      x.forEach((v, j) => { if (v) g[j]! += (err * v) / xs.length; });
    });
    w.forEach((_, j) => { w[j]! -= rate * g[j]!; });
  }
  return w;
}
const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function main(): void {
  const parts = process.argv.slice(2).length ? process.argv.slice(2) : ['train', 'fresh'];
  const frozen = parts.filter((p) => !READABLE.has(p));
  if (frozen.length) {
    console.error(`scorer-study: only the readable parts (train, fresh) are studied; refused: ${frozen.join(', ')}`);
    process.exit(2);
  }
  const totals = new Map<string, PartTotals>();
  const rows = parts.flatMap((p) => rowsOf(p, totals));
  const vocabulary = [...new Set(rows.flatMap((r) => r.features))].sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const xs = rows.map((r) => { const x = new Array<number>(vocabulary.length + 1).fill(0); r.features.forEach((f) => { x[index.get(f)!] = 1; }); x[vocabulary.length] = 1; return x; });
  const ys = rows.map((r) => (r.kept ? 1 : 0));
  const articles = [...new Set(rows.map((r) => `${r.part}/${r.article}`))].sort();
  const fold = new Map(articles.map((a, i) => [a, i % 5]));
  const p = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < 5; k++) {
    const inFold = rows.map((r) => fold.get(`${r.part}/${r.article}`) === k);
    const w = train(xs.filter((_, i) => !inFold[i]), ys.filter((_, i) => !inFold[i]));
    inFold.forEach((f, i) => { if (f) p[i] = sigmoid(dot(w, xs[i]!)); });
  }
  console.log(`${rows.length} claims, ${ys.filter(Boolean).length} kept by the scorer; ${vocabulary.length} features`);
  console.log('part    threshold  dropped  claims F1 (tp fp fn)');
  for (const part of parts) {
    const t = totals.get(part)!;
    for (const threshold of [0, 0.3, 0.4, 0.5, 0.6]) {
      const dropped = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => r.part === part && p[i]! < threshold);
      const lostTp = dropped.filter(({ r }) => r.kept).length;
      const tp = t.tp - lostTp, fp = t.fp - (dropped.length - lostTp), fn = t.fn + lostTp;
      console.log(`${part.padEnd(8)}${threshold.toFixed(1).padStart(9)}${String(dropped.length).padStart(9)}  ${(2 * tp / (2 * tp + fp + fn)).toFixed(3)} (${tp} ${fp} ${fn})`);
    }
  }
}

main();
