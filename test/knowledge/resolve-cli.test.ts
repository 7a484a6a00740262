import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { repoRoot } from '../helpers/shared.ts';

const run = (...args: string[]) => execFileSync(process.execPath, ['bin/opstrack.js', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, OPSTRACK_DB: '/nonexistent/never-opened.db' } });

test('opstrack resolve NAME --json prints [{type, name, id, matched}] best first, without a database', () => {
  const rows = JSON.parse(run('resolve', '--json', 'volt-typhoon'));
  assert.equal(rows[0].type, 'intrusion-set');
  assert.equal(rows[0].name, 'Volt Typhoon');
  assert.match(rows[0].id, /^intrusion-set--/);
  assert.equal(rows[0].matched, 'Volt Typhoon');
  assert.deepEqual(Object.keys(rows[0]).sort(), ['id', 'matched', 'name', 'type']);
  const ghost = JSON.parse(run('resolve', '--json', 'GhostEmperor'));
  assert.equal(ghost[0].name, 'Salt Typhoon');
  assert.equal(ghost[0].relation, 'overlap');
  assert.ok(ghost[0].caveat);
  const text = run('resolve', 'Bắc', 'Kinh');
  assert.match(text, /location\tChina\t/);
});
