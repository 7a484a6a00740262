/**
 * The reference article's world (test/claims/article-claims.ts) posted through the API by one
 * user: its objects (and any extra) imported, its four claims recorded, those at the given indices
 * (0 attribution, 1 denial, 2 counter-accusation, 3 warning) marked AMBER, so only the poster's
 * organisation sees them. Shared by the export tests over HTTP and in Chromium.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CLAIM_TYPE } from '../../src/model/claim.ts';
import type { StixObject } from '../../src/model/stix/core.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';
import { articleWorld, type ArticleWorld } from '../claims/article-claims.ts';
import type { TestServer } from './http.ts';

export interface PostedClaim {
  id: string;
  evidence: { text: string };
}

export async function postArticle(srv: TestServer, as: string, { amber = [], extra = [] }: { amber?: number[]; extra?: StixObject[] } = {}): Promise<{ world: ArticleWorld; claims: PostedClaim[] }> {
  const world = articleWorld();
  const imported = await srv.json('/api/import', { method: 'POST', as, json: { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [...world.objects, ...extra] } });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  const claims = world.claims(`${CLAIM_TYPE}--${randomUUID()}`).map((c, i) => (amber.includes(i) ? { ...c, object_marking_refs: [tlpMarkingId('amber')] } : c));
  const created = await srv.json('/api/claims', { method: 'POST', as, json: { claims } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { world, claims: created.body.items as PostedClaim[] };
}
