import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createImportProgress } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const w = new Writable({
    write(chunk, _enc, done) {
      text += chunk;
      done();
    },
  });
  Object.assign(w, { isTTY, columns: 120, cursorTo: (_x: number, _y?: number, cb?: () => void) => (cb?.(), true), clearLine: (_d: number, cb?: () => void) => (cb?.(), true), moveCursor: (_x: number, _y: number, cb?: () => void) => (cb?.(), true) });
  return { stream: w as unknown as NodeJS.WriteStream, text: () => text };
}

const progress = { phase: 'import' as const, bytesRead: 5 * 1024 * 1024, totalBytes: 10 * 1024 * 1024, objects: 500, totalObjects: 1000 };

test('on a terminal the bar shows the file, the bytes read and the objects', () => {
  const { stream, text } = fakeStream(true);
  const view = createImportProgress('big.json', 'auto', stream);
  view.update(progress);
  view.stop();
  assert.match(text(), /big\.json importing .*50% \| 5\.0\/10\.0 MiB \| 500\/1000 objects/);
});

test('off a terminal nothing is drawn, unless lines are asked for', () => {
  const quiet = fakeStream(false);
  const auto = createImportProgress('big.json', 'auto', quiet.stream);
  auto.update(progress);
  auto.batch({ batch: 1, size: 1000, committed: 1000 });
  auto.stop();
  assert.equal(quiet.text(), '');

  const logged = fakeStream(false);
  const lines = createImportProgress('big.json', 'lines', logged.stream);
  lines.update(progress);
  lines.batch({ batch: 2, size: 1000, committed: 2000 });
  assert.equal(logged.text(), 'big.json: batch 2 written (2000 objects)\n');
});
