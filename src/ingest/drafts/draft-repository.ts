/** SQL for drafts and their items, written once for both backends through SqlDb. */
import type { SqlDb } from '../../storage/sql-db.ts';
import type { TlpLevel } from '../../model/tlp.ts';
import type { Draft, DraftItem, DraftStage, DraftStatus, DraftSummary, ExtractionMode } from '../../model/draft.ts';

interface DraftRow {
  id: string; org_id: string | null; created_by: string | null; status: DraftStatus; stage: DraftStage; percent: number;
  error: string | null; title: string | null; language: string | null; text: string | null; extraction: string | null;
  source_url: string | null; canonical_url: string | null; filename: string | null; content_hash: string | null;
  published_on: string | null; tlp: TlpLevel; created: string; updated: string; report_id: string | null;
  extraction_mode: ExtractionMode | null; warnings: string | null;
}

interface ItemRow {
  item_id: string; kind: DraftItem['kind']; label: string; status: DraftItem['status']; confidence: number;
  spans: string; entity_id: string | null; data: string;
}

export interface StoredDraft {
  row: DraftRow;
  items: DraftItem[];
}

function summary(r: DraftRow): DraftSummary {
  return {
    id: r.id,
    status: r.status,
    title: r.title,
    language: r.language,
    created: r.created,
    updated: r.updated,
    tlp: r.tlp,
    ...(r.report_id ? { report_id: r.report_id } : {}),
    published: r.published_on,
    source: {
      ...(r.source_url ? { url: r.source_url } : {}),
      ...(r.filename ? { filename: r.filename } : {}),
      ...(r.content_hash ? { contentHash: r.content_hash } : {}),
    },
  };
}

export function toDraft(d: StoredDraft): Draft {
  return {
    ...summary(d.row),
    progress: { stage: d.row.stage, percent: d.row.percent },
    ...(d.row.error ? { error: d.row.error } : {}),
    extraction_mode: d.row.extraction_mode ?? 'rules',
    warnings: d.row.warnings ? (JSON.parse(d.row.warnings) as string[]) : [],
    text: d.row.text ?? '',
    items: d.items,
  };
}

export class DraftRepository {
  constructor(readonly db: SqlDb) {}

  async insert(row: Pick<DraftRow, 'id' | 'org_id' | 'created_by' | 'status' | 'stage' | 'tlp' | 'source_url' | 'canonical_url' | 'filename'> & { lease_until?: string; extraction_mode?: ExtractionMode }): Promise<void> {
    const now = new Date().toISOString();
    await this.db.exec(
      `INSERT INTO drafts (id, org_id, created_by, status, stage, percent, tlp, source_url, canonical_url, filename, created, updated, lease_until, extraction_mode)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [row.id, row.org_id, row.created_by, row.status, row.stage, row.tlp, row.source_url, row.canonical_url, row.filename, now, now, row.lease_until ?? null, row.extraction_mode ?? 'rules'],
    );
  }

  async progress(id: string, stage: DraftStage, percent: number): Promise<void> {
    await this.db.exec('UPDATE drafts SET stage = ?, percent = ?, updated = ? WHERE id = ?', [stage, percent, new Date().toISOString(), id]);
  }

  /** Sets the date the source was published (the demo's sample reports carry their own). */
  async setPublishedOn(id: string, publishedOn: string): Promise<void> {
    await this.db.exec('UPDATE drafts SET published_on = ? WHERE id = ?', [publishedOn, id]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.db.exec(`UPDATE drafts SET status = 'failed', error = ?, updated = ? WHERE id = ?`, [error, new Date().toISOString(), id]);
  }

  /** Records who builds a draft: its job, and/or a lease (ISO time) a process holds while it builds it. */
  async claim(id: string, by: { jobId?: string; leaseUntil?: string }): Promise<void> {
    if (by.jobId !== undefined) await this.db.exec('UPDATE drafts SET job_id = ? WHERE id = ?', [by.jobId, id]);
    if (by.leaseUntil !== undefined) await this.db.exec('UPDATE drafts SET lease_until = ? WHERE id = ?', [by.leaseUntil, id]);
  }

  /** Drafts `processing` whose lease is over (or that never had one), with their job if any. */
  async processingUnleased(now: string): Promise<Array<{ id: string; job_id: string | null }>> {
    return this.db.query(`SELECT id, job_id FROM drafts WHERE status = 'processing' AND (lease_until IS NULL OR lease_until < ?)`, [now]);
  }

  /** Fails the given drafts if they are still `processing` and unleased; returns how many. */
  async failUnleased(ids: string[], error: string, now: string): Promise<number> {
    let failed = 0;
    for (const id of ids) {
      failed += (await this.db.exec(`UPDATE drafts SET status = 'failed', error = ?, updated = ? WHERE id = ? AND status = 'processing' AND (lease_until IS NULL OR lease_until < ?)`,
        [error, now, id, now])).changes;
    }
    return failed;
  }

  /** Stores the read document, its extraction and items, and marks the draft ready, in one transaction. */
  async complete(id: string, doc: { title: string | null; language: string; text: string; extraction: unknown; contentHash: string; publishedOn?: string; canonicalUrl?: string | null; warnings?: string[] }, items: DraftItem[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.exec(
        `UPDATE drafts SET status = 'ready', stage = 'done', percent = 100, title = ?, language = ?, text = ?, extraction = ?,
         content_hash = ?, published_on = ?, canonical_url = COALESCE(?, canonical_url), warnings = ?, updated = ? WHERE id = ?`,
        [doc.title, doc.language, doc.text, JSON.stringify(doc.extraction), doc.contentHash, doc.publishedOn ?? null, doc.canonicalUrl ?? null,
          doc.warnings?.length ? JSON.stringify(doc.warnings) : null, new Date().toISOString(), id],
      );
      await tx.exec('DELETE FROM draft_items WHERE draft_id = ?', [id]);
      let ord = 0;
      for (const it of items) {
        await tx.exec(
          `INSERT INTO draft_items (draft_id, item_id, ord, kind, label, status, confidence, spans, entity_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, it.id, ord++, it.kind, it.label, it.status, it.confidence, JSON.stringify(it.spans), it.entity_id ?? null, JSON.stringify(it.data)],
        );
      }
    });
  }

  async get(id: string): Promise<StoredDraft | undefined> {
    const [row] = await this.db.query<DraftRow>('SELECT * FROM drafts WHERE id = ?', [id]);
    if (!row) return undefined;
    const rows = await this.db.query<ItemRow>('SELECT * FROM draft_items WHERE draft_id = ? ORDER BY ord', [id]);
    const items = rows.map((r) => ({
      id: r.item_id,
      kind: r.kind,
      label: r.label,
      status: r.status,
      confidence: Number(r.confidence),
      spans: JSON.parse(r.spans),
      ...(r.entity_id ? { entity_id: r.entity_id } : {}),
      data: JSON.parse(r.data),
    }));
    return { row, items };
  }

  /** An earlier draft of the same document in this organisation: same canonical URL or same text. */
  async findDuplicate(orgId: string | null, by: { canonicalUrl?: string | null; contentHash?: string }): Promise<string | undefined> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT id FROM drafts WHERE ((CAST(? AS TEXT) IS NULL AND org_id IS NULL) OR org_id = ?) AND status <> 'failed'
       AND (canonical_url = CAST(? AS TEXT) OR content_hash = CAST(? AS TEXT)) ORDER BY created LIMIT 1`,
      [orgId, orgId, by.canonicalUrl ?? null, by.contentHash ?? null],
    );
    return rows[0]?.id;
  }

  async list(orgId: string | null, status?: DraftStatus): Promise<DraftSummary[]> {
    const rows = await this.db.query<DraftRow>(
      `SELECT id, org_id, created_by, status, stage, percent, error, title, language, NULL AS text, NULL AS extraction, source_url,
       canonical_url, filename, content_hash, published_on, tlp, created, updated, report_id, extraction_mode, NULL AS warnings
       FROM drafts WHERE ((CAST(? AS TEXT) IS NULL AND org_id IS NULL) OR org_id = ?) AND (CAST(? AS TEXT) IS NULL OR status = ?) ORDER BY created DESC LIMIT 500`,
      [orgId, orgId, status ?? null, status ?? null],
    );
    return rows.map(summary);
  }

  async updateItem(draftId: string, item: DraftItem): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.exec('UPDATE draft_items SET status = ?, label = ?, spans = ?, data = ? WHERE draft_id = ? AND item_id = ?', [
        item.status, item.label, JSON.stringify(item.spans), JSON.stringify(item.data), draftId, item.id,
      ]);
      await tx.exec('UPDATE drafts SET updated = ? WHERE id = ?', [new Date().toISOString(), draftId]);
    });
  }

  /** Adds an item after the others (an analyst's own claim). */
  async addItem(draftId: string, it: DraftItem): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ ord: number | null }>('SELECT MAX(ord) AS ord FROM draft_items WHERE draft_id = ?', [draftId]);
      await tx.exec(
        `INSERT INTO draft_items (draft_id, item_id, ord, kind, label, status, confidence, spans, entity_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [draftId, it.id, Number(row?.ord ?? -1) + 1, it.kind, it.label, it.status, it.confidence, JSON.stringify(it.spans), it.entity_id ?? null, JSON.stringify(it.data)],
      );
      await tx.exec('UPDATE drafts SET updated = ? WHERE id = ?', [new Date().toISOString(), draftId]);
    });
  }

  /** Sets the status of many items in one transaction; returns how many there were. */
  async setStatuses(draftId: string, itemIds: readonly string[], status: DraftItem['status']): Promise<number> {
    let changed = 0;
    await this.db.transaction(async (tx) => {
      for (let i = 0; i < itemIds.length; i += 500) {
        const chunk = itemIds.slice(i, i + 500);
        changed += (await tx.exec(`UPDATE draft_items SET status = ? WHERE draft_id = ? AND item_id IN (${chunk.map(() => '?').join(', ')})`, [status, draftId, ...chunk])).changes;
      }
      await tx.exec('UPDATE drafts SET updated = ? WHERE id = ?', [new Date().toISOString(), draftId]);
    });
    return changed;
  }

  async markPublished(tx: SqlDb, id: string, reportId: string, tlp: TlpLevel): Promise<void> {
    await tx.exec(`UPDATE drafts SET status = 'published', report_id = ?, tlp = ?, updated = ? WHERE id = ?`, [reportId, tlp, new Date().toISOString(), id]);
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.exec('DELETE FROM draft_items WHERE draft_id = ?', [id]);
      await tx.exec('DELETE FROM drafts WHERE id = ?', [id]);
    });
  }

  async orgName(orgId: string): Promise<string | undefined> {
    try {
      const [row] = await this.db.query<{ name: string }>('SELECT name FROM auth_orgs WHERE id = ?', [orgId]);
      return row?.name;
    } catch {
      return undefined;
    }
  }
}
