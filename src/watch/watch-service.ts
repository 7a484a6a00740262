/**
 * Watch and alert: a user follows an entity (any claim or report naming it), a claimant (its
 * claims, and those of people speaking for it) or a search; every new or changed claim or report
 * that matches, and that the user may see, becomes a notification and, for each of the user's
 * webhooks, a signed call retried with back-off and logged (webhook-sender.ts).
 *
 * `dispatch()` reads the outbox the write hook fills (watch-hook.ts). It works out notifications
 * with ordinary reads, then commits them in one transaction that moves the outbox cursor only if
 * no other process moved it first, so two processes never notify twice and a crash loses nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Errors } from '../errors.ts';
import { CLAIM_TYPE } from '../model/claim.ts';
import type { StixObject } from '../model/stix/core.ts';
import type { Role, UserViewer, Viewer } from '../model/viewer.ts';
import { searchableText, searchFieldsOf } from '../storage/search-fields.ts';
import type { SearchTerm } from '../storage/search-sql.ts';
import { normaliseSearchText } from '../storage/search-text.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import type { Store } from '../storage/store.ts';
import { isPrivateHost } from '../net/outbound.ts';
import { SearchService } from '../search/search-service.ts';

export type FollowKind = 'entity' | 'claimant' | 'search';

export interface Follow {
  id: string;
  kind: FollowKind;
  target: string;
  label: string;
  created_at: string;
}

export interface Notification {
  id: string;
  follow_id: string;
  object_id: string;
  version: string;
  change: 'new' | 'changed';
  summary: string;
  created_at: string;
  read_at: string | null;
}

export interface Webhook {
  id: string;
  url: string;
  created_at: string;
}

export interface Delivery {
  id: string;
  notification_id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
}

export interface WatchOptions {
  /** The operator's setting (OPSTRACK_ALLOW_PRIVATE_FETCH): webhooks may call private addresses. */
  allowPrivate?: boolean;
  now?: () => Date;
}

interface EventRow { seq: number | string; object_id: string; version: string; object_type: string; first_version: number | string }
interface FollowRow extends Follow { user_id: string; org_id: string; role: Role; installation_admin: number | string; disabled: number | string }

const BATCH = 200;
/** Keys whose values name other objects a claim or report is about. */
const NOT_ABOUT = new Set(['created_by_ref', 'object_marking_refs', 'source_ref']);

/** Every object id `object` refers to by a *_ref or *_refs property (but its author, markings and source). */
function refsOf(object: StixObject): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(object)) {
    if (NOT_ABOUT.has(k) || !(k.endsWith('_ref') || k.endsWith('_refs'))) continue;
    for (const ref of Array.isArray(v) ? v : [v]) if (typeof ref === 'string') out.add(ref);
  }
  return out;
}

/** Every term (one of its alternatives) at a word start somewhere in the object's searchable texts. */
function matchesSearch(object: StixObject, terms: readonly SearchTerm[]): boolean {
  const text = ` ${searchFieldsOf(object).map((f) => normaliseSearchText(searchableText(f))).join(' ')} `;
  return terms.length > 0 && terms.every((t) => t.some((v) => text.includes(` ${v}`)));
}

export class WatchService {
  readonly #store: Store;
  readonly #db: SqlDb;
  readonly #search: SearchService;
  readonly #allowPrivate: boolean;
  readonly #now: () => Date;

  constructor(store: Store, db: SqlDb, options: WatchOptions = {}) {
    this.#store = store;
    this.#db = db;
    this.#search = new SearchService(store, db);
    this.#allowPrivate = options.allowPrivate ?? false;
    this.#now = options.now ?? (() => new Date());
  }

  // --- follows -------------------------------------------------------------------------------

  async follow(viewer: UserViewer, kind: FollowKind, target: string): Promise<Follow> {
    let label = target.trim();
    if (kind === 'search') {
      if (!label) throw new Errors.INPUT_INVALID('target: a search query is required', { field: 'target' });
    } else {
      const [seen] = await this.#store.get(viewer, target);
      if (!seen) throw new Errors.STORE_NOT_FOUND(`object ${target} not found`, { field: 'target' });
      label = String(seen.object.name ?? target);
    }
    const [existing] = await this.#db.query<Follow>('SELECT id, kind, target, label, created_at FROM watch_follows WHERE user_id = ? AND kind = ? AND target = ?', [viewer.userId, kind, label && kind === 'search' ? label : target]);
    if (existing) return existing;
    const follow: Follow = { id: randomUUID(), kind, target: kind === 'search' ? label : target, label, created_at: this.#now().toISOString() };
    await this.#db.exec('INSERT INTO watch_follows (id, user_id, kind, target, label, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      follow.id, viewer.userId, follow.kind, follow.target, follow.label, follow.created_at,
    ]);
    return follow;
  }

  follows(viewer: UserViewer): Promise<Follow[]> {
    return this.#db.query<Follow>('SELECT id, kind, target, label, created_at FROM watch_follows WHERE user_id = ? ORDER BY created_at, id', [viewer.userId]);
  }

  async unfollow(viewer: UserViewer, id: string): Promise<void> {
    const { changes } = await this.#db.exec('DELETE FROM watch_follows WHERE id = ? AND user_id = ?', [id, viewer.userId]);
    if (changes === 0) throw new Errors.STORE_NOT_FOUND(`follow ${id} not found`);
  }

  // --- notifications -------------------------------------------------------------------------

  notifications(viewer: UserViewer, options: { unread?: boolean; limit?: number } = {}): Promise<Notification[]> {
    return this.#db.query<Notification>(
      `SELECT id, follow_id, object_id, version, change, summary, created_at, read_at FROM notifications WHERE user_id = ?${options.unread ? ' AND read_at IS NULL' : ''} ORDER BY created_at DESC, id LIMIT ?`,
      [viewer.userId, Math.min(options.limit ?? 100, 500)],
    );
  }

  async markRead(viewer: UserViewer, id: string): Promise<void> {
    const { changes } = await this.#db.exec('UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL', [this.#now().toISOString(), id, viewer.userId]);
    if (changes === 0) {
      const [n] = await this.#db.query('SELECT 1 AS x FROM notifications WHERE id = ? AND user_id = ?', [id, viewer.userId]);
      if (!n) throw new Errors.STORE_NOT_FOUND(`notification ${id} not found`);
    }
  }

  // --- webhooks ------------------------------------------------------------------------------

  async addWebhook(viewer: UserViewer, url: string): Promise<Webhook & { secret: string }> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Errors.INPUT_INVALID('url: not a valid URL', { field: 'url' });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Errors.INPUT_INVALID('url: only http and https URLs are called', { field: 'url' });
    if (!this.#allowPrivate && isPrivateHost(parsed)) {
      throw new Errors.INPUT_INVALID('url: a private or loopback address; the operator allows these with OPSTRACK_ALLOW_PRIVATE_FETCH', { field: 'url' });
    }
    const hook = { id: randomUUID(), url: parsed.toString(), secret: randomBytes(24).toString('base64url'), created_at: this.#now().toISOString() };
    await this.#db.exec('INSERT INTO webhooks (id, user_id, url, secret, created_at) VALUES (?, ?, ?, ?, ?)', [hook.id, viewer.userId, hook.url, hook.secret, hook.created_at]);
    return hook;
  }

  webhooks(viewer: UserViewer): Promise<Webhook[]> {
    return this.#db.query<Webhook>('SELECT id, url, created_at FROM webhooks WHERE user_id = ? ORDER BY created_at, id', [viewer.userId]);
  }

  async removeWebhook(viewer: UserViewer, id: string): Promise<void> {
    const { changes } = await this.#db.exec('DELETE FROM webhooks WHERE id = ? AND user_id = ?', [id, viewer.userId]);
    if (changes === 0) throw new Errors.STORE_NOT_FOUND(`webhook ${id} not found`);
    await this.#db.exec("UPDATE webhook_deliveries SET status = 'failed', last_error = 'webhook removed' WHERE webhook_id = ? AND status = 'pending'", [id]);
  }

  async deliveries(viewer: UserViewer, webhookId: string): Promise<Delivery[]> {
    const [mine] = await this.#db.query('SELECT 1 AS x FROM webhooks WHERE id = ? AND user_id = ?', [webhookId, viewer.userId]);
    if (!mine) throw new Errors.STORE_NOT_FOUND(`webhook ${webhookId} not found`);
    return this.#db.query<Delivery>(
      'SELECT id, notification_id, status, attempts, next_attempt_at, last_status, last_error, delivered_at FROM webhook_deliveries WHERE webhook_id = ? ORDER BY next_attempt_at DESC, id LIMIT 200',
      [webhookId],
    );
  }

  // --- dispatch ------------------------------------------------------------------------------

  /** Turns the outbox's new events into notifications and deliveries; returns how many notifications it made. */
  async dispatch(): Promise<number> {
    let made = 0;
    for (;;) {
      const [state] = await this.#db.query<{ last_event: number | string }>('SELECT last_event FROM watch_state WHERE id = 1');
      const cursor = Number(state?.last_event ?? 0);
      const events = await this.#db.query<EventRow>(
        'SELECT seq, object_id, version, object_type, first_version FROM watch_events WHERE seq > ? ORDER BY seq LIMIT ?', [cursor, BATCH]);
      if (events.length === 0) return made;
      const follows = await this.#db.query<FollowRow>(
        'SELECT f.id, f.kind, f.target, f.label, f.created_at, f.user_id, u.org_id, u.role, u.installation_admin, u.disabled' +
          ' FROM watch_follows f JOIN auth_users u ON u.id = f.user_id');
      const planned: Array<{ notification: Notification & { user_id: string } }> = [];
      for (const event of events) {
        for (const n of await this.#notificationsFor(event, follows)) planned.push({ notification: n });
      }
      const last = Number(events[events.length - 1]!.seq);
      const committed = await this.#db.transaction(async (tx) => {
        const { changes } = await tx.exec('UPDATE watch_state SET last_event = ? WHERE id = 1 AND last_event = ?', [last, cursor]);
        if (changes === 0) return false; // another process handled these events
        for (const { notification: n } of planned) {
          await tx.exec(
            'INSERT INTO notifications (id, user_id, follow_id, object_id, version, change, summary, created_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)',
            [n.id, n.user_id, n.follow_id, n.object_id, n.version, n.change, n.summary, n.created_at],
          );
          const hooks = await tx.query<{ id: string }>('SELECT id FROM webhooks WHERE user_id = ?', [n.user_id]);
          for (const h of hooks) {
            await tx.exec(
              "INSERT INTO webhook_deliveries (id, webhook_id, notification_id, status, attempts, next_attempt_at) VALUES (?, ?, ?, 'pending', 0, ?)",
              [randomUUID(), h.id, n.id, n.created_at],
            );
          }
        }
        return true;
      });
      if (committed) made += planned.length;
    }
  }

  async #notificationsFor(event: EventRow, follows: FollowRow[]): Promise<Array<Notification & { user_id: string }>> {
    const out: Array<Notification & { user_id: string }> = [];
    const seenUsers = new Set<string>();
    for (const f of follows) {
      if (Number(f.disabled) === 1 || seenUsers.has(f.user_id)) continue;
      const viewer: UserViewer = { kind: 'user', userId: f.user_id, orgId: f.org_id, role: f.role, installationAdmin: Number(f.installation_admin) === 1 };
      // What the follower may see of this version, decided by the store as on every read.
      const [stored] = await this.#store.get(viewer, event.object_id, [event.version]);
      if (!stored) continue;
      if (!(await this.#matches(f, stored.object))) continue;
      seenUsers.add(f.user_id); // one notification per user and version, whichever follows match
      out.push({
        id: randomUUID(), user_id: f.user_id, follow_id: f.id, object_id: event.object_id, version: event.version,
        change: Number(event.first_version) === 1 ? 'new' : 'changed',
        summary: await this.#summary(viewer, stored.object, Number(event.first_version) === 1), created_at: this.#now().toISOString(), read_at: null,
      });
    }
    return out;
  }

  async #matches(f: Follow, object: StixObject): Promise<boolean> {
    if (f.kind === 'entity') return refsOf(object).has(f.target);
    if (f.kind === 'claimant') return object.type === CLAIM_TYPE && (object.claimant_ref === f.target || object.speaks_for_ref === f.target);
    return matchesSearch(object, (await this.#search.terms(f.target)).terms);
  }

  async #name(viewer: Viewer, id: unknown): Promise<string | undefined> {
    if (typeof id !== 'string') return undefined;
    const [s] = await this.#store.get(viewer, id);
    return typeof s?.object.name === 'string' ? s.object.name : undefined;
  }

  /** One line, with only names the follower may see. */
  async #summary(viewer: Viewer, object: StixObject, isNew: boolean): Promise<string> {
    const verb = isNew ? 'New' : 'Changed';
    if (object.type !== CLAIM_TYPE) return `${verb} report: ${String(object.name ?? object.id)}`;
    const claimant = (await this.#name(viewer, object.claimant_ref)) ?? 'someone';
    const subjects: string[] = [];
    for (const ref of Array.isArray(object.subject_refs) ? object.subject_refs : []) {
      const n = await this.#name(viewer, ref);
      if (n) subjects.push(n);
    }
    const about = subjects.length ? subjects.join(', ') : typeof object.subject_description === 'string' ? object.subject_description : '';
    return `${verb} claim: ${claimant} ${String(object.stance)}${about ? ` (${about})` : ''}`;
  }
}
