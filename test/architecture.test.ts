/**
 * The shape of src/ that the layout promises: every internal import names a literal path (static,
 * or a lazy `import('...')` of a literal for start-up speed), the import graph has no cycle, and
 * only storage and the composition roots reach for the store's database handle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { repoRoot } from './helpers/shared.ts';

const src = join(repoRoot, 'src');
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => normalize(f));
const text = new Map(files.map((f) => [f, readFileSync(join(src, f), 'utf8')]));

/** Relative imports of one file (static, re-exports and literal dynamic imports), as src-relative paths. */
function importsOf(file: string): string[] {
  const body = text.get(file) ?? '';
  const out: string[] = [];
  const literal = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;
  for (const m of body.matchAll(literal)) {
    const spec = m[1] ?? m[2];
    if (spec) out.push(normalize(relative(src, join(src, dirname(file), spec))));
  }
  return out;
}

test('internal modules are imported by literal paths, never computed or only if their file exists', () => {
  const offenders: string[] = [];
  for (const [file, body] of text) {
    // a dynamic import whose argument is not a string literal
    for (const m of body.matchAll(/\bimport\(\s*([^'"\s)][^)]*)\)/g)) offenders.push(`${file}: import(${m[1]})`);
    // a module mounted when its file exists
    if (/existsSync\([^)]*\.ts['"]?\s*\)/.test(body) || /existsSync\((\w*[Pp]ath)\)[\s\S]{0,200}import\(\1\)/.test(body)) offenders.push(`${file}: mounts a module if its file exists`);
  }
  assert.deepEqual(offenders, []);
});

test('the import graph of src/ has no cycle', () => {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((d) => text.has(d))]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (f: string, path: string[]): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...path.slice(path.indexOf(f)), f].join(' -> '));
      return;
    }
    state.set(f, 'open');
    for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
  // the check sees imports at all: the composition root imports the store
  assert.ok(graph.get('composition.ts')?.includes(normalize('storage/open-store.ts')));
});

test('only storage and the composition roots use the store database handle', () => {
  const roots = (f: string) => f.startsWith('storage/') || f.startsWith('cli/') || f === 'app.ts' || f === 'composition.ts' || f.startsWith('demo/');
  const users = files.filter((f) => !roots(f) && /\bstore\.db\b/.test(text.get(f) ?? ''));
  assert.deepEqual(users, []);
});
