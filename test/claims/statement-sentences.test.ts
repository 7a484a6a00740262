/**
 * Claim cards that read as sentences (issue 15, item 5): the one sentence builder shared by the UI
 * and the CLI; claimant kinds (states, agencies, vendors, media) as a filter; agencies rolled up to
 * their state in the matrix (API parameter), on each backend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../helpers/backends.ts';
import { withServer } from '../helpers/http.ts';
import { buildSdo } from '../helpers/factories.ts';
import { claimSentence, sentencePartsOf } from '../../src/model/claim-sentence.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { knowledgeId } from '../../src/knowledge/ids.ts';
import { sourceIdentity } from '../../src/knowledge/to-stix.ts';
import { ClaimService } from '../../src/claims/claim-service.ts';
import type { UserViewer } from '../../src/model/viewer.ts';

test('the sentence of the issue, and its parts read from a claim', () => {
  assert.equal(
    claimSentence({ party: 'China', office: 'Ministry of Foreign Affairs', speaker: 'Lin Jian', stance: 'denies', subjects: ['Volt Typhoon'], addressees: ['China'], addresseeIsParty: [true], date: { made_on: '2024-04-15', made_on_precision: 'day', made_on_source: 'text' }, sources: 3 }),
    'China (Ministry of Foreign Affairs, Lin Jian) denies that it is behind Volt Typhoon, 15 April 2024, 3 sources',
  );
  const names = new Map([['identity--lin', 'Lin Jian'], ['location--cn', 'China'], ['intrusion-set--volt', 'Volt Typhoon'], ['identity--ms', 'Microsoft'], ['location--us', 'United States']]);
  const lookup = { name: (id: string) => names.get(id), isPerson: (id: string) => id === 'identity--lin', office: () => 'Ministry of Foreign Affairs' };
  const denial = { claimant_ref: 'identity--lin', speaks_for_ref: 'location--cn', stance: 'denies' as const, subject_refs: ['intrusion-set--volt'], addressee_refs: ['location--cn'], made_on: '2024-04-15' };
  assert.equal(claimSentence(sentencePartsOf(denial, lookup, { sources: 3 })), 'China (Ministry of Foreign Affairs, Lin Jian) denies that it is behind Volt Typhoon, 15 April 2024, 3 sources');
  const attribution = { claimant_ref: 'identity--ms', stance: 'attributes' as const, subject_refs: ['intrusion-set--volt'], addressee_refs: ['location--cn'], made_on: '2023-05-01', made_on_precision: 'month' as const };
  assert.equal(claimSentence(sentencePartsOf(attribution, lookup, { sources: 1 })), 'Microsoft attributes Volt Typhoon to China, May 2023, 1 source');
  const undated = { claimant_ref: 'location--us', stance: 'warns' as const, subject_description: 'destructive attacks on critical infrastructure', addressee_refs: ['location--cn'], made_on_source: 'unknown' as const };
  assert.equal(claimSentence(sentencePartsOf(undated, lookup)), 'United States warns China about “destructive attacks on critical infrastructure”, date unknown');
});

const users = [{ name: 'ed', org: 'Alpha', role: 'editor' as const }];

for (const backend of BACKENDS) {
  describe(`claimant kinds and roll-up (${backend})`, () => {
    test('kind filter; agencies under their state in the matrix with rollup', async () => {
      await withServer(backend, { users }, async (srv) => {
        const entities = defaultResolver().entities;
        const us = entities.find((e) => e.kind === 'country' && e.code === 'US')!;
        const cn = entities.find((e) => e.kind === 'country' && e.code === 'CN')!;
        const fbi = entities.find((e) => e.kind === 'organization' && e.name === 'FBI')!;
        const usGov = knowledgeId('identity', 'state-government', 'US');
        const microsoft = sourceIdentity('Microsoft');
        const reuters = sourceIdentity('Reuters');
        const volt = buildSdo('intrusion-set', { name: 'Volt Typhoon' });
        const report = buildSdo('report', { name: 'Wire', published: '2024-02-07T00:00:00.000Z', object_refs: [volt.id] });
        const stix = (e: typeof us, extra: Record<string, unknown>) => buildSdo(e.type, { id: e.id, name: e.name, ...extra });
        await srv.store.put([
          stix(us, { country: 'US' }), stix(cn, { country: 'CN' }), stix(fbi, { identity_class: 'organization' }),
          buildSdo('identity', { id: usGov, name: 'Government of United States', identity_class: 'organization' }),
          microsoft, reuters, volt, report,
        ]);
        const ed: UserViewer = { kind: 'user', userId: srv.users.ed!.id, orgId: srv.orgs.Alpha!, role: 'editor' };
        const base = { stance: 'attributes' as const, subject_refs: [volt.id], addressee_refs: [cn.id], source_ref: report.id, evidence: { text: 'Volt Typhoon is Chinese.', lang: 'en' } };
        await new ClaimService(srv.store, srv.store.db).put(ed, [
          { ...base, claimant_ref: usGov, speaks_for_ref: us.id, made_on: '2024-02-07' },
          { ...base, claimant_ref: fbi.id, made_on: '2024-01-31' },
          { ...base, claimant_ref: microsoft.id, made_on: '2023-05-24' },
          { ...base, claimant_ref: reuters.id, stance: 'accuses', made_on: '2024-02-08' },
        ]);
        const kinds = async (kind: string) =>
          ((await srv.json(`/api/statements?kind=${kind}`, { as: 'ed' })).body.items as Array<{ claimant_ref: string; claimant_kind: string; sentence: string }>);
        assert.deepEqual((await kinds('state')).map((s) => s.claimant_ref), [usGov]);
        assert.deepEqual((await kinds('agency')).map((s) => s.claimant_ref), [fbi.id]);
        assert.deepEqual((await kinds('vendor')).map((s) => s.sentence), ['Microsoft attributes Volt Typhoon to China, 24 May 2023, 1 source']);
        assert.deepEqual((await kinds('media')).map((s) => s.claimant_ref), [reuters.id]);
        const both = (await srv.json('/api/statements?kind=state&kind=agency&stance=attributes', { as: 'ed' })).body;
        assert.equal(both.total, 2);
        assert.equal((await srv.json('/api/statements?kind=nation', { as: 'ed' })).status, 400);

        const cell = (cells: Array<{ party_ref: string; addressee_ref: string; count: number }>, party: string) =>
          cells.find((c) => c.party_ref === party && c.addressee_ref === cn.id)?.count;
        const flat = (await srv.json('/api/claims/matrix', { as: 'ed' })).body.cells;
        assert.equal(cell(flat, us.id), 1);
        assert.equal(cell(flat, fbi.id), 1);
        const rolled = (await srv.json('/api/claims/matrix?rollup=true', { as: 'ed' })).body.cells;
        assert.equal(cell(rolled, us.id), 2, 'the FBI counts under the United States');
        assert.equal(cell(rolled, fbi.id), undefined);
        const dated = (await srv.json('/api/claims/matrix?rollup=true&from=2024-01-01', { as: 'ed' })).body.cells;
        assert.equal(cell(dated, us.id), 2);
        assert.equal(cell(dated, reuters.id), 1, "Reuters' accusation is in the matrix too");
        assert.equal(cell(dated, microsoft.id), undefined, "Microsoft's 2023 attribution is before the period");
      });
    });
  });
}
