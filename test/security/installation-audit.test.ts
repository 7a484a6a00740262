/**
 * Writes on behalf of the installation are audited (issue 12, docs/security.md "Admins"): an
 * installation admin enriching or revoking the installation's knowledge or another organisation's
 * objects (API import, TAXII POST) or deleting their versions gets an audit entry naming who, what
 * (the ids and their owners) and how many, written in the same transaction as the write; a CLI
 * import (MISP galaxy, STIX bundle) gets one naming the operator account, the file and the counts.
 * Writes of one's own ids are not entries of this kind. Both backends.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StixObject } from '../../src/model/stix/core.ts';
import { AuthRepository } from '../../src/auth/auth-repository.ts';
import type { AuditEntry } from '../../src/auth/types.ts';
import { BACKENDS, freshStore, type TestStore } from '../helpers/backends.ts';
import { runCliInProcess } from '../helpers/cli.ts';
import { buildIntrusionSet, nextVersion, tlp } from '../helpers/factories.ts';
import { startOn, type TestServer } from '../helpers/http.ts';

const TAXII = 'application/taxii+json;version=2.1';
const bundle = (objects: StixObject[]) => ({ type: 'bundle', id: `bundle--${randomUUID()}`, objects });

for (const backend of BACKENDS) {
  describe(`installation writes are audited (${backend})`, () => {
    let srv: TestServer;
    let objectsUrl = '';
    let location: TestStore['location'] = {};
    const knowledgeA = buildIntrusionSet({ name: 'Installation group one' });
    const knowledgeB = buildIntrusionSet({ name: 'Installation group two' });
    const ofA = buildIntrusionSet({ name: 'Group of A', ...tlp('green') });

    /** The audit entries of `action` newer than `since` (an entry id), as the audit log API lists them. */
    async function entries(action: string, since?: string): Promise<AuditEntry[]> {
      const all = await new AuthRepository(srv.store.db).listAudit({ limit: 1000 });
      return all.filter((e) => e.action === action && (since === undefined || e.id > since));
    }
    async function lastId(): Promise<string> {
      return (await new AuthRepository(srv.store.db).listAudit({ limit: 1 }))[0]?.id ?? '';
    }

    before(async () => {
      const ts = await freshStore(backend);
      location = ts.location;
      srv = await startOn(ts.store, {
        users: [
          { name: 'editorA', org: 'A', role: 'editor' },
          { name: 'installer', org: 'Ops', role: 'admin', installationAdmin: true },
        ],
      }, () => ts.dispose());
      await srv.store.put([knowledgeA, knowledgeB]);
      const r = await srv.json('/api/import', { as: 'editorA', method: 'POST', json: bundle([ofA]) });
      assert.equal(r.body.new, 1);
      const cols = await srv.json('/taxii2/opstrack/collections/', { as: 'installer', auth: 'basic', headers: { accept: TAXII } });
      objectsUrl = `/taxii2/opstrack/collections/${cols.body.collections.find((c: { title: string }) => c.title === 'default').id}/objects/`;
    });
    after(async () => srv?.close());

    test('an installation admin enriching the installation\'s knowledge over the API: who, what and how many', async () => {
      const since = await lastId();
      const own = buildIntrusionSet({ name: 'Installer own group' });
      const enrich = [
        nextVersion(knowledgeA, '2026-01-01T00:00:00.000Z', { aliases: ['Alias one'] }),
        nextVersion(knowledgeA, '2026-02-01T00:00:00.000Z', { aliases: ['Alias one', 'Alias two'] }),
        nextVersion(knowledgeB, '2026-01-01T00:00:00.000Z', { revoked: true }),
      ];
      const r = await srv.json('/api/import', { as: 'installer', method: 'POST', json: bundle([...enrich, own]) });
      assert.equal(r.body.new, 4);
      const [entry, ...more] = await entries('installation-admin write', since);
      assert.equal(more.length, 0, 'one entry for the write');
      assert.equal(entry?.userId, srv.users.installer!.id);
      assert.equal(entry?.userName, 'installer');
      assert.equal(entry?.target, '3 versions of 2 ids');
      assert.match(entry?.detail ?? '', /owners: installation x2/);
      for (const id of [knowledgeA.id, knowledgeB.id]) assert.ok(entry?.detail?.includes(id), id);
      assert.ok(!entry?.detail?.includes(own.id), 'its own new id is not on behalf of anyone');
    });

    test('an installation admin writing and deleting another organisation\'s object over TAXII', async () => {
      const since = await lastId();
      const post = await srv.json(objectsUrl, {
        as: 'installer', auth: 'basic', method: 'POST', headers: { accept: TAXII, 'content-type': TAXII },
        body: JSON.stringify({ objects: [nextVersion(ofA, '2026-03-01T00:00:00.000Z', { description: 'fixed by the installation' })] }),
      });
      assert.equal(post.body.success_count, 1);
      const [write] = await entries('installation-admin write', since);
      assert.equal(write?.target, '1 versions of 1 ids');
      assert.match(write?.detail ?? '', new RegExp(`owners: org ${srv.orgs.A} x1; ids: ${ofA.id}`));
      const del = await srv.json(`${objectsUrl}${ofA.id}/?match[version]=2026-03-01T00:00:00.000Z`, {
        as: 'installer', auth: 'basic', method: 'DELETE', headers: { accept: TAXII },
      });
      assert.equal(del.status, 200);
      const [gone] = await entries('installation-admin delete', since);
      assert.equal(gone?.userId, srv.users.installer!.id);
      assert.equal(gone?.target, ofA.id);
      assert.equal(gone?.detail, `1 versions deleted; owner: org ${srv.orgs.A}`);
    });

    test('writes of one\'s own ids, by anyone, are not installation writes', async () => {
      const since = await lastId();
      await srv.json('/api/import', { as: 'editorA', method: 'POST', json: bundle([nextVersion(ofA, '2026-04-01T00:00:00.000Z')]) });
      await srv.json('/api/import', { as: 'installer', method: 'POST', json: bundle([buildIntrusionSet({ name: 'Another own group' })]) });
      assert.deepEqual(await entries('installation-admin write', since), []);
    });

    test('a CLI import for the installation names the operator account, the file, the format and the counts', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'opstrack-audit-'));
      try {
        const galaxy = join(dir, 'threat-actor.json');
        writeFileSync(galaxy, JSON.stringify({
          authors: ['test'], category: 'actor', name: 'Threat Actor', type: 'threat-actor', version: 1, uuid: randomUUID(),
          values: [{ value: 'Auditgalaxy Panda', uuid: randomUUID(), meta: { synonyms: ['Auditgalaxy'] } }],
        }));
        const stix = join(dir, 'bundle.json');
        writeFileSync(stix, JSON.stringify(bundle([buildIntrusionSet({ name: 'Audit bundle group' })])));
        const since = await lastId();
        await runCliInProcess(location, ['import', '--progress', 'none', galaxy, stix]);
        const cli = (await entries('cli import', since)).reverse();
        assert.deepEqual(cli.map((e) => e.target), [galaxy, stix]);
        assert.match(cli[0]?.detail ?? '', /^by \S+ \(command line, for the installation\): format misp-galaxy; read \d+, new [1-9]\d*, /);
        assert.match(cli[1]?.detail ?? '', /format stix-bundle; read 1, new 1, unchanged 0, rejected 0, conflicts 0$/);
        assert.ok(cli.every((e) => e.userId === null));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
