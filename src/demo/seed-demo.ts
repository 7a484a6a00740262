/**
 * The demo dataset behind `npm start`: the default knowledge, demo organisations and users, and
 * the sample reports ingested and published through the same draft pipeline an analyst uses.
 * Idempotent: a second start adds nothing.
 */
import { AuthRepository } from '../auth/auth-repository.ts';
import { DraftService } from '../ingest/drafts/draft-service.ts';
import { loadKnowledge } from '../import/knowledge-loader.ts';
import type { UserViewer } from '../model/viewer.ts';
import type { Store } from '../storage/store.ts';
import { SAMPLE_REPORTS } from './sample-reports.ts';

export interface DemoCredentials {
  admin: { user: string; password: string };
  analyst: { user: string; password: string };
  partner: { user: string; password: string };
}

export interface DemoSummary {
  knowledge: { new: number; unchanged: number };
  reports: number;
  users: 'created' | 'existing';
}

export async function seedDemo(store: Store, creds: DemoCredentials): Promise<DemoSummary> {
  const repo = new AuthRepository(store.db);
  let users: DemoSummary['users'] = 'existing';
  if ((await repo.listUsers()).length === 0) {
    const cert = await repo.addOrg('demo-cert');
    const partner = await repo.addOrg('partner-agency');
    await repo.addUser({ name: creds.admin.user, org: cert.id, role: 'admin', password: creds.admin.password, installationAdmin: true });
    await repo.addUser({ name: creds.analyst.user, org: cert.id, role: 'editor', password: creds.analyst.password });
    await repo.addUser({ name: creds.partner.user, org: partner.id, role: 'reader', password: creds.partner.password });
    users = 'created';
  }
  const knowledge = await loadKnowledge(store);
  const analyst = await repo.findUser(creds.analyst.user);
  let reports = 0;
  if (analyst) {
    const viewer: UserViewer = { kind: 'user', userId: analyst.id, orgId: analyst.orgId, role: 'editor' };
    const drafts = new DraftService(store, store.db);
    const existing = new Set((await drafts.list(viewer)).map((d) => d.title));
    for (const sample of SAMPLE_REPORTS) {
      if (existing.has(sample.title)) continue;
      const draft = await drafts.create(viewer, { kind: 'text', text: sample.text, title: sample.title }, { tlp: sample.tlp });
      await drafts.repo.setPublishedOn(draft.id, sample.published);
      await drafts.publish(viewer, draft.id, { includeProposed: true });
      reports++;
    }
  }
  return { knowledge: { new: knowledge.new, unchanged: knowledge.unchanged }, reports, users };
}
