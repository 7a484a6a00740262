/**
 * Speakers travel (issue 15, item 5): a claim the extractor reads from a named spokesperson is
 * published as that person's claim for their state (claimant_ref: the person, with their office as
 * first role; speaks_for_ref: the state); the statement it belongs to groups with the same denial
 * reported without the speaker's name, and reads "China (Ministry of Foreign Affairs, Lin Jian)
 * denies that it is behind Volt Typhoon, 15 April 2024, 2 sources"; a reader of another
 * organisation who sees only the unnamed report reads "China denies ..." and never the speaker; the
 * speaker's page (statements by party or claimant) lists it, for those who see their claim. A
 * speaker an analyst types on a drafted claim travels the same way. On each backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { withServer, type TestServer } from '../helpers/http.ts';
import { publishText } from './wire-report.ts';

const users = [
  { name: 'ed', org: 'Alpha', role: 'editor' as const },
  { name: 'eve', org: 'Beta', role: 'editor' as const },
];

/** Our own two short reports of one denial (written for this test): one names the speaker, one does not. */
const NAMED = [
  'China denies links to Volt Typhoon',
  'BEIJING, 15 April 2024 - Ministry of Foreign Affairs spokesperson Lin Jian denied on Monday that China is behind Volt Typhoon, calling the accusations groundless.',
].join('\n');
const UNNAMED = [
  'Beijing rejects hacking claims',
  '16 April 2024 - China has denied that it is behind Volt Typhoon, saying the accusations are groundless.',
].join('\n');

interface StatementOut { stance: string; sources: number; sentence: string; claimant_ref: string; claims: Array<{ id: string; claimant_ref: string }> }

async function denials(srv: TestServer, as: string): Promise<{ items: StatementOut[]; raw: string }> {
  const res = await srv.fetch('/api/statements?stance=denies', { as });
  const raw = await res.text();
  assert.equal(res.status, 200, raw);
  return { items: (JSON.parse(raw) as { items: StatementOut[] }).items, raw };
}

for (const backend of BACKENDS) {
  describe(`named speakers on claims and statements (${backend})`, () => {
    test('the speaker and office are stored on the claim and read in the statement, to those who see them', async () => {
      await withServer(backend, { users }, async (srv) => {
        await publishText(srv, 'ed', { text: NAMED }, 'amber');
        await publishText(srv, 'ed', { text: UNNAMED }, 'green');

        const { items: [statement], raw } = await denials(srv, 'ed');
        assert.ok(statement, raw);
        assert.equal(statement.sentence, 'China (Ministry of Foreign Affairs, Lin Jian) denies that it is behind Volt Typhoon, 15 April 2024, 2 sources');
        const named = statement.claims.find((c) => c.claimant_ref === statement.claimant_ref)!;
        const claim = (await srv.json(`/api/objects/${named.id}`, { as: 'ed' })).body.object;
        const person = (await srv.json(`/api/objects/${claim.claimant_ref}`, { as: 'ed' })).body.object;
        assert.equal(person.name, 'Lin Jian');
        assert.equal(person.identity_class, 'individual');
        assert.equal(person.roles[0], 'Ministry of Foreign Affairs');
        const china = (await srv.json(`/api/objects/${claim.speaks_for_ref}`, { as: 'ed' })).body.object;
        assert.equal(china.type, 'location');
        assert.equal(china.name, 'China');

        // another organisation sees the GREEN report only: the denial, without its speaker
        const other = await denials(srv, 'eve');
        assert.deepEqual(other.items.map((s) => s.sentence), ['China denies that it is behind Volt Typhoon, 16 April 2024, 1 source']);
        assert.doesNotMatch(other.raw, /Lin Jian|Ministry of Foreign Affairs/);
        assert.ok(!other.raw.includes(claim.claimant_ref), 'the speaker\'s id is not given away');

        // the speaker's page lists the statement (made by them, for their party); not for who cannot see their claim
        const byParty = (as: string) => srv.json(`/api/statements?party=${encodeURIComponent(claim.claimant_ref)}`, { as });
        assert.deepEqual((await byParty('ed')).body.items.map((s: StatementOut) => s.sentence), [statement.sentence]);
        assert.deepEqual((await byParty('eve')).body.items, []);
        const byClaimant = await srv.json(`/api/statements?claimant=${encodeURIComponent(claim.claimant_ref)}`, { as: 'ed' });
        assert.equal(byClaimant.body.total, 1);
      });
    });

    test('a speaker typed by the analyst on a drafted claim becomes the claimant, for its state', async () => {
      await withServer(backend, { users }, async (srv) => {
        const created = await srv.json('/api/drafts', { method: 'POST', as: 'ed', json: { text: UNNAMED } });
        let d = created.body;
        for (const end = performance.now() + 60_000; d.status === 'processing' && performance.now() < end;) {
          await new Promise((r) => setTimeout(r, 100));
          d = (await srv.json(`/api/drafts/${d.id}`, { as: 'ed' })).body;
        }
        const denial = (d.items as Array<{ id: string; kind: string; data: { stance: string } }>).find((i) => i.kind === 'claim' && i.data.stance === 'denies')!;
        const edit = await srv.json(`/api/drafts/${d.id}/items/${denial.id}`, { method: 'PATCH', as: 'ed', json: { status: 'accepted', data: { speaker: 'Mao Ning' } } });
        assert.equal(edit.status, 200, JSON.stringify(edit.body));
        const pub = await srv.json(`/api/drafts/${d.id}/publish`, { method: 'POST', as: 'ed', json: { tlp: 'green' } });
        assert.equal(pub.status, 200, JSON.stringify(pub.body));
        const { items, raw } = await denials(srv, 'ed');
        assert.deepEqual(items.map((s) => s.sentence), ['China (Mao Ning) denies that it is behind Volt Typhoon, 16 April 2024, 1 source'], raw);
      });
    });
  });
}
