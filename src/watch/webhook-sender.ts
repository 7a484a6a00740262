/**
 * Calls the webhooks of due deliveries: a POST of the notification as JSON, signed with the
 * webhook's secret (`X-OpsTrack-Signature: sha256=HMAC(secret, timestamp + "." + body)` beside
 * `X-OpsTrack-Timestamp`), 10 s time-out; a 2xx answer delivers it, anything else is retried with
 * exponential back-off (30 s, 1, 2, 4, 8 min) and failed after six attempts, each attempt logged
 * on the delivery. A delivery is leased before the call (its next attempt moved forward only if
 * nobody moved it first), so two processes never call twice at once. Addresses obey the
 * operator's private-address setting, checked again when the connection resolves the name.
 */
import { createHmac } from 'node:crypto';
import { Agent, fetch as undiciFetch } from 'undici';
import { guardedAgent, isPrivateHost } from '../net/outbound.ts';
import type { SqlDb } from '../storage/sql-db.ts';

export const MAX_ATTEMPTS = 6;
const BACKOFF_MS = 30_000;
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

export interface SenderOptions {
  allowPrivate?: boolean;
  now?: () => Date;
}

interface Due {
  id: string;
  attempts: number | string;
  next_attempt_at: string;
  url: string;
  secret: string;
  notification_id: string;
  follow_id: string;
  object_id: string;
  version: string;
  change: string;
  summary: string;
  created_at: string;
  kind: string | null;
  target: string | null;
  label: string | null;
}

const refusing = guardedAgent((reason) => Object.assign(new Error(`${reason}: refused (OPSTRACK_ALLOW_PRIVATE_FETCH allows it)`), { code: 'OPS_PRIVATE_ADDRESS' }));
const open = new Agent();

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export class WebhookSender {
  readonly #db: SqlDb;
  readonly #allowPrivate: boolean;
  readonly #now: () => Date;

  constructor(db: SqlDb, options: SenderOptions = {}) {
    this.#db = db;
    this.#allowPrivate = options.allowPrivate ?? false;
    this.#now = options.now ?? (() => new Date());
  }

  /** Attempts every due delivery once; returns how many were delivered. */
  async deliverDue(): Promise<number> {
    const now = this.#now();
    const due = await this.#db.query<Due>(
      'SELECT d.id, d.attempts, d.next_attempt_at, w.url, w.secret, n.id AS notification_id, n.follow_id, n.object_id, n.version, n.change, n.summary, n.created_at,' +
        ' f.kind, f.target, f.label' +
        ' FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id JOIN notifications n ON n.id = d.notification_id' +
        " LEFT JOIN watch_follows f ON f.id = n.follow_id WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at LIMIT 100",
      [now.toISOString()],
    );
    let delivered = 0;
    for (const d of due) {
      const lease = new Date(now.getTime() + LEASE_MS).toISOString();
      const { changes } = await this.#db.exec(
        "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'pending' AND next_attempt_at = ?", [lease, d.id, d.next_attempt_at]);
      if (changes === 0) continue; // another process has it
      const attempts = Number(d.attempts) + 1;
      const outcome = await this.#call(d);
      if (outcome.ok) {
        delivered++;
        await this.#db.exec("UPDATE webhook_deliveries SET status = 'delivered', attempts = ?, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
          [attempts, outcome.status, this.#now().toISOString(), d.id]);
      } else {
        const failed = attempts >= MAX_ATTEMPTS;
        const next = new Date(this.#now().getTime() + BACKOFF_MS * 2 ** (attempts - 1)).toISOString();
        await this.#db.exec('UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?',
          [failed ? 'failed' : 'pending', attempts, next, outcome.status ?? null, outcome.error.slice(0, 500), d.id]);
      }
    }
    return delivered;
  }

  async #call(d: Due): Promise<{ ok: true; status: number } | { ok: false; status?: number; error: string }> {
    let url: URL;
    try {
      url = new URL(d.url);
    } catch {
      return { ok: false, error: 'not a valid URL' };
    }
    if (!this.#allowPrivate && isPrivateHost(url)) return { ok: false, error: `${url.hostname}: private or loopback address refused (OPSTRACK_ALLOW_PRIVATE_FETCH allows it)` };
    const body = JSON.stringify({
      id: d.notification_id,
      event: 'notification',
      change: d.change,
      summary: d.summary,
      object: { id: d.object_id, version: d.version },
      follow: d.kind ? { id: d.follow_id, kind: d.kind, target: d.target, label: d.label } : { id: d.follow_id },
      created_at: d.created_at,
    });
    const timestamp = this.#now().toISOString();
    try {
      const res = await undiciFetch(url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        dispatcher: this.#allowPrivate ? open : refusing,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'OpsTrack/0.1 (+webhooks)',
          'x-opstrack-delivery': d.id,
          'x-opstrack-timestamp': timestamp,
          'x-opstrack-signature': signature(d.secret, timestamp, body),
        },
      });
      await res.body?.cancel();
      return res.status >= 200 && res.status < 300 ? { ok: true, status: res.status } : { ok: false, status: res.status, error: `HTTP ${res.status}` };
    } catch (err) {
      const cause = (err as { cause?: { message?: string } }).cause;
      return { ok: false, error: cause?.message ?? (err as Error).message };
    }
  }
}
