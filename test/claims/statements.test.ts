/**
 * One statement, many sources (issue 15, item 4), through the HTTP API and the CLI on each backend:
 * the seed article's claims (Vietnamese, extracted and published) group with the same statements
 * from an English wire report of the same remarks into statements with two sources; the counts are
 * the viewer's (another organisation's AMBER report does not count for a reader outside it); the
 * matrix, the contested list and the timeline count statements, not copies; the window and the
 * unknown date keep statements apart.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { BACKENDS, freshStore } from '../helpers/backends.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';
import { startOn, type TestServer } from '../helpers/http.ts';
import { publishText, WIRE_REPORT } from './wire-report.ts';
import { runCliInProcess } from '../helpers/cli.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import { SYSTEM } from '../../src/model/viewer.ts';
import { groupByWindow } from '../../src/claims/statement-index.ts';
import { articleWorld } from './article-claims.ts';

const users = [
  { name: 'ed', org: 'Alpha', role: 'editor' as const },
  { name: 'eve', org: 'Beta', role: 'editor' as const },
];

interface StatementOut {
  id: string; stance: string; sources: number; copies: number; sentence: string; subject_refs: string[];
  first: { source_ref: string }; latest: { source_ref: string }; claims: Array<{ id: string; source_ref: string; evidence: { lang: string } }>;
}

async function withSrv(backend: (typeof BACKENDS)[number], fn: (srv: TestServer, location: { sqliteFile?: string; databaseUrl?: string }) => Promise<void>) {
  const ts = await freshStore(backend);
  const srv = await startOn(ts.store, { users });
  try {
    await fn(srv, ts.location);
  } finally {
    await srv.close();
    await ts.dispose();
  }
}

test('the window: 7 days from a statement\'s first date; unknown dates only with unknown', () => {
  const groups = groupByWindow([
    { claim_id: 'a', made_on: '2024-04-15' }, { claim_id: 'b', made_on: '2024-04-22' }, { claim_id: 'c', made_on: '2024-04-23' },
    { claim_id: 'd', made_on: null }, { claim_id: 'e', made_on: '2024-04-16' }, { claim_id: 'f', made_on: null },
  ]);
  assert.deepEqual(groups, [
    { first_on: '2024-04-15', last_on: '2024-04-22', ids: ['a', 'e', 'b'] },
    { first_on: '2024-04-23', last_on: '2024-04-23', ids: ['c'] },
    { first_on: null, last_on: null, ids: ['d', 'f'] },
  ]);
});

for (const backend of BACKENDS) {
  describe(`statements (${backend})`, () => {
    test('the seed article and an English wire report group into statements with two sources; counts are the viewer\'s', async (t) => {
      if (!requireShared(t)) return;
      await withSrv(backend, async (srv, location) => {
        const vi = readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
        const viReport = await publishText(srv, 'ed', { text: vi, published: '2024-12-20' }, 'green');
        const enReport = await publishText(srv, 'eve', { text: WIRE_REPORT, published: '2024-12-21' }, 'amber');

        // Beta sees both reports: the accusation and the denial are one statement each, with two sources
        const beta = await srv.json(`/api/statements?source=${encodeURIComponent(enReport)}`, { as: 'eve' });
        assert.equal(beta.status, 200, JSON.stringify(beta.body));
        const items = beta.body.items as StatementOut[];
        const accusation = items.find((s) => s.stance === 'accuses');
        const denial = items.find((s) => s.stance === 'denies');
        assert.ok(accusation && denial, JSON.stringify(items.map((s) => s.sentence)));
        for (const s of [accusation, denial]) {
          assert.equal(s.sources, 2, s.sentence);
          assert.deepEqual(new Set(s.claims.map((c) => c.source_ref)), new Set([viReport, enReport]));
          assert.deepEqual(new Set(s.claims.map((c) => c.evidence.lang)), new Set(['vi', 'en']));
          assert.equal(s.first.source_ref, viReport, 'first reported by the Vietnamese article (20 December)');
          assert.equal(s.latest.source_ref, enReport);
          assert.match(s.sentence, /, 20 December 2024, 2 sources$/);
        }
        // each article tells the denial twice; the restatement ("China denied this...") is the denial already told
        // (test/extract: a denial restated later in the article), so one copy an article, one statement
        assert.equal(denial.copies, 2, 'one denial in each article: two copies, one statement');
        assert.equal(accusation.sentence, 'United States accuses China over Volt Typhoon and Salt Typhoon, 20 December 2024, 2 sources');
        assert.equal(denial.sentence, 'China (Wang Lei) denies that it is behind Volt Typhoon and Salt Typhoon, 20 December 2024, 2 sources');
        // by a claim id too
        const one = await srv.json(`/api/statements/${encodeURIComponent(denial.claims[0]!.id)}`, { as: 'eve' });
        assert.equal(one.status, 200);
        assert.equal(one.body.statement.id, denial.id);
        const byId = await srv.json(`/api/statements/${encodeURIComponent(denial.id)}`, { as: 'eve' });
        assert.equal(byId.status, 200);
        assert.equal(byId.body.statement.sources, 2);

        // Alpha does not see Beta's AMBER report: the same statement counts one source for them
        const alpha = await srv.json(`/api/statements/${encodeURIComponent(denial.id)}`, { as: 'ed' });
        assert.equal(alpha.status, 200);
        assert.equal(alpha.body.statement.sources, 1);
        assert.equal(alpha.body.statement.copies, 1);
        assert.ok(alpha.body.statement.claims.every((c: { source_ref: string }) => c.source_ref === viReport));
        const hidden = await srv.json(`/api/statements?source=${encodeURIComponent(enReport)}`, { as: 'ed' });
        assert.ok((hidden.body.items as StatementOut[]).every((s) => s.claims.every((c) => c.source_ref !== enReport)));

        // the matrix, the contested list and the timeline count statements, not copies
        for (const as of ['ed', 'eve']) {
          const matrix = (await srv.json('/api/claims/matrix', { as })).body.cells as Array<{ party_name: string; addressee_name: string; count: number }>;
          assert.equal(matrix.find((c) => c.party_name === 'United States' && c.addressee_name === 'China')?.count, 1, `${as}: US -> China`);
          const contested = (await srv.json('/api/claims/contested', { as })).body.items as Array<{ subject_name: string; accusing: number; denying: number }>;
          const volt = contested.find((c) => c.subject_name === 'Volt Typhoon');
          assert.deepEqual([volt?.accusing, volt?.denying], [1, 1], `${as}: Volt Typhoon`);
          const timeline = (await srv.json('/api/claims/timeline?interval=month&stance=denies', { as })).body.points as Array<{ period: string; count: number }>;
          assert.deepEqual(timeline, [{ period: '2024-12', stance: 'denies', count: 1 }]);
        }
        // the claims themselves are all still there
        const claims = await srv.json('/api/claims?stance=denies&limit=100', { as: 'eve' });
        assert.equal(claims.body.total, 2); // one denial an article

        // the CLI counts statements too
        const cli = (...args: string[]) => runCliInProcess(location, ['claims', ...args]);
        assert.match(await cli('--contested'), /^Volt Typhoon\s+1\s+1\s+\d+$/m);
        assert.match(await cli('--matrix'), /^United States\s+China\s+1$/m);
        const statements = await cli('--statements', '--about', 'Volt Typhoon');
        assert.match(statements, /China \(Wang Lei\) denies that it is behind Volt Typhoon and Salt Typhoon, 20 December 2024, 2 sources/);
      });
    });

    test('dates more than 7 days apart, or unknown, are separate statements; a revoked claim leaves its statement', async (t) => {
      if (!requireShared(t)) return;
      await withSrv(backend, async (srv) => {
        const world = articleWorld();
        await srv.store.put(world.objects);
        const service = new ClaimService(srv.store, srv.store.db);
        const [attribution] = world.claims(`${CLAIM_TYPE}--${randomUUID()}`);
        const copy = (made_on: string | undefined) => ({ ...attribution, id: undefined, ...(made_on ? { made_on } : { made_on: undefined, made_on_source: 'unknown' as const }) });
        const [a, b, c, d] = await service.put(SYSTEM, [copy('2025-01-15'), copy('2025-01-22'), copy('2025-01-23'), copy(undefined)]);
        const list = await service.statements(SYSTEM, { subject: world.ids.volt, stances: ['attributes'] });
        assert.equal(list.total, 3);
        assert.deepEqual(list.statements.map((s) => s.claims.map((x) => x.id)).sort(), [[a!.id, b!.id], [c!.id], [d!.id]].sort());
        assert.equal((await service.matrix(SYSTEM)).find((m) => m.party_ref === world.ids.us)?.count, 3);
        // revoking one of the two merged claims: still three statements, one copy fewer
        await srv.store.put([{ ...b!, modified: new Date(Date.parse(b!.modified) + 1000).toISOString(), revoked: true }]);
        const after = await service.statements(SYSTEM, { subject: world.ids.volt, stances: ['attributes'] });
        assert.equal(after.total, 3);
        assert.ok(after.statements.every((s) => s.copies === 1));
        // deleting the lone 23 January claim: two statements
        await srv.store.delete(c!.id);
        assert.equal((await service.statements(SYSTEM, { subject: world.ids.volt, stances: ['attributes'] })).total, 2);
        assert.equal((await service.matrix(SYSTEM)).find((m) => m.party_ref === world.ids.us)?.count, 2);
      });
    });
  });
}
