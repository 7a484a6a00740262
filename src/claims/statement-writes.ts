/**
 * The writes of a regroup of many statement keys, collected first and made in bulk
 * (statement-index.ts): a regroup used to run a dozen statements per key, one upsert per summary
 * cell and one INSERT per statement row, so importing a thousand claims of a thousand keys ran some
 * fifteen thousand statements. Keys are disjoint (a statement's id is a hash of its key), so the
 * writes of every key of a write can be collected and made together, in this order:
 *  1. the statements that go, with their child rows (IN lists);
 *  2. the child rows of kept statements that are rewritten (their owners or sectors changed);
 *  3. the new rows, as multi-row INSERTs per table;
 *  4. updates of kept statements (their last date, size or restriction moved), one statement each;
 *  5. members whose statement changed, deleted and inserted again with it;
 *  6. the summary counts: each cell's deltas added up over every key first, so a cell is upserted
 *     once (a multi-row upsert may not touch one row twice on PostgreSQL), and a cell whose deltas
 *     add up to nothing is not written.
 */
import { insertRows } from '../storage/multi-row-insert.ts';
import type { SqlDb } from '../storage/sql-db.ts';
import { inList } from '../storage/sql-fragment.ts';

const CHUNK = 500;

/** A summary table: the columns that name a cell, the counts added to it, and its conflict target. */
interface SummaryTable {
  keys: readonly string[];
  counts: readonly string[];
  /** The unique index's columns (ON CONFLICT), when not `keys` in order. */
  conflict?: readonly string[];
}

/** Every summary table a regroup moves (migrations 051, 092, 095, 097). */
export const SUMMARY_TABLES = {
  claim_statement_subject_stats: { keys: ['subject_ref'], counts: ['n_accusing', 'n_denying', 'n_total', 'r_accusing', 'r_denying', 'r_total'] },
  claim_statement_matrix_stats: { keys: ['rollup', 'party_ref', 'addressee_ref'], counts: ['n', 'r_n'] },
  claim_statement_sector_matrix_stats: { keys: ['sector', 'rollup', 'party_ref', 'addressee_ref'], counts: ['n', 'r_n'] },
  claim_statement_month_matrix_stats: { keys: ['sector', 'month', 'rollup', 'party_ref', 'addressee_ref'], counts: ['n', 'r_n'] },
  claim_statement_subject_owned: { keys: ['owner_org', 'subject_ref'], counts: ['n_accusing', 'n_denying', 'n_total'] },
  claim_statement_matrix_owned: { keys: ['owner_org', 'rollup', 'party_ref', 'addressee_ref'], counts: ['n'] },
  claim_statement_sector_matrix_owned: { keys: ['owner_org', 'sector', 'rollup', 'party_ref', 'addressee_ref'], counts: ['n'] },
  claim_statement_month_matrix_owned: {
    keys: ['owner_org', 'sector', 'month', 'rollup', 'party_ref', 'addressee_ref'],
    counts: ['n'],
    conflict: ['owner_org', 'rollup', 'sector', 'month', 'party_ref', 'addressee_ref'],
  },
} as const satisfies Record<string, SummaryTable>;

export type SummaryTableName = keyof typeof SUMMARY_TABLES;

/** The rows a new statement brings, per child table, in the tables' column order (see NEW_ROWS). */
const NEW_ROWS = {
  claim_statements: 'id, statement_key, claimant_ref, party_ref, state_ref, claimant_kind, stance, first_on, last_on, n_claims, restricted',
  claim_statement_owners: 'owner_org, statement_id',
  claim_statement_sectors: 'sector, statement_id, last_on, restricted',
  claim_statement_subjects: 'subject_ref, statement_id, stance',
  claim_statement_addressees: 'addressee_ref, statement_id, party_ref, state_ref, addressee_state_ref, stance, first_on, restricted',
} as const;

export type NewRowTable = keyof typeof NEW_ROWS;

/** The child tables of a statement, deleted with it. */
const CHILD_TABLES = ['claim_statement_subjects', 'claim_statement_addressees', 'claim_statement_owners', 'claim_statement_sectors'] as const;

export interface MemberMove {
  claim_id: string;
  statement_key: string;
  statement_id: string;
  made_on: string | null;
}

export class StatementWrites {
  readonly #gone: string[] = [];
  readonly #cleared: Array<{ table: 'claim_statement_owners' | 'claim_statement_sectors'; id: string }> = [];
  readonly #rows = new Map<NewRowTable, unknown[][]>();
  readonly #updates: Array<{ sql: string; params: unknown[] }> = [];
  readonly #moves: MemberMove[] = [];
  readonly #cells = new Map<SummaryTableName, Map<string, { key: unknown[]; counts: number[] }>>();

  /** A statement that goes, with its child rows. */
  remove(ids: readonly string[]): void {
    this.#gone.push(...ids);
  }

  /** Deletes a kept statement's owner or sector rows before its new ones are inserted. */
  clear(table: 'claim_statement_owners' | 'claim_statement_sectors', id: string): void {
    this.#cleared.push({ table, id });
  }

  /** A new row (`values` in NEW_ROWS's column order). */
  insert(table: NewRowTable, values: unknown[]): void {
    const rows = this.#rows.get(table) ?? [];
    rows.push(values);
    this.#rows.set(table, rows);
  }

  /** An update of a kept statement's row (made after the inserts). */
  update(sql: string, params: unknown[]): void {
    this.#updates.push({ sql, params });
  }

  /** A member whose statement changed. */
  move(member: MemberMove): void {
    this.#moves.push(member);
  }

  /** Adds `counts` (in the table's count column order) to the summary cell named by `key`. */
  add(table: SummaryTableName, key: readonly unknown[], counts: readonly number[]): void {
    const cells = this.#cells.get(table) ?? new Map<string, { key: unknown[]; counts: number[] }>();
    this.#cells.set(table, cells);
    const name = JSON.stringify(key);
    const cell = cells.get(name);
    if (!cell) cells.set(name, { key: [...key], counts: [...counts] });
    else for (const [i, n] of counts.entries()) cell.counts[i]! += n;
  }

  /** Makes every collected write, in the order the module comment gives. */
  async apply(tx: SqlDb): Promise<void> {
    for (const part of chunks(this.#gone)) {
      for (const table of CHILD_TABLES) await tx.exec(`DELETE FROM ${table} WHERE ${inList('statement_id', part).sql}`, part);
      await tx.exec(`DELETE FROM claim_statements WHERE ${inList('id', part).sql}`, part);
    }
    for (const { table, id } of this.#cleared) await tx.exec(`DELETE FROM ${table} WHERE statement_id = ?`, [id]);
    for (const table of Object.keys(NEW_ROWS) as NewRowTable[]) {
      const rows = this.#rows.get(table);
      if (rows) await insertRows(tx, table, NEW_ROWS[table], rows);
    }
    for (const { sql, params } of this.#updates) await tx.exec(sql, params);
    for (const part of chunks(this.#moves)) {
      const ids = part.map((m) => m.claim_id);
      await tx.exec(`DELETE FROM claim_statement_members WHERE ${inList('claim_id', ids).sql}`, ids);
      await insertRows(tx, 'claim_statement_members', 'claim_id, statement_key, statement_id, made_on', part.map((m) => [m.claim_id, m.statement_key, m.statement_id, m.made_on]));
    }
    for (const [table, cells] of this.#cells) {
      const { keys, counts, conflict } = SUMMARY_TABLES[table] as SummaryTable;
      const rows = [...cells.values()].filter((c) => c.counts.some((n) => n !== 0)).map((c) => [...c.key, ...c.counts]);
      const update = counts.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
      await insertRows(tx, table, [...keys, ...counts].join(', '), rows, ` ON CONFLICT (${(conflict ?? keys).join(', ')}) DO UPDATE SET ${update}`);
    }
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
