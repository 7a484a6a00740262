/**
 * `opstrack claims`: who said what about which operations. Without options, the latest claims;
 * `--about NAME` all claims about a subject, for and against; `--by PARTY` claims by a claimant or
 * the state it speaks for; `--contested` subjects both accused and denied; `--matrix` accuser by
 * accused. NAME and PARTY are STIX ids or names (resolved through the built-in knowledge, then by
 * name in the store; a vendor's "overlapping" cluster never stands for a group). Readable tables by
 * default, `--json` for machines. Runs as the system viewer, like the other local commands.
 * `opstrack claims reindex` is the repair: it indexes claims a database holds but its index lacks
 * (written by a release whose TAXII add-objects did not index), or rebuilds the index (`--full`).
 */
import type { Command } from 'commander';
import { Errors } from '../../errors.ts';
import { SYSTEM } from '../../model/viewer.ts';
import { CLAIM_STANCES, PARTY_TYPES, SUBJECT_TYPES, type Claim, type ClaimStance } from '../../model/claim.ts';
import { CLAIMANT_KINDS, type ClaimantKind } from '../../model/claim-sentence.ts';
import type { Store } from '../../storage/store.ts';
import type { ClaimService } from '../../claims/claim-service.ts';
import { withCliStore } from '../open.ts';

interface ClaimsOptions {
  about?: string;
  by?: string;
  contested?: boolean;
  matrix?: boolean;
  source?: string;
  from?: string;
  to?: string;
  sector?: string;
  limit?: number;
  json?: boolean;
  statements?: boolean;
  rollup?: boolean;
  kind?: string[];
  stance?: string[];
  csv?: boolean;
}

const ID = /^[a-z][a-z0-9-]*--[0-9a-fA-F-]{36}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(flag: string) {
  return (value: string): string => {
    if (!DATE.test(value)) throw new Errors.INPUT_INVALID(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
    return value;
  };
}

function kinds(value: string, previous: string[] = []): string[] {
  if (!(CLAIMANT_KINDS as readonly string[]).includes(value)) throw new Errors.INPUT_INVALID(`--kind must be one of ${CLAIMANT_KINDS.join(', ')}, got "${value}"`);
  return [...previous, value];
}

function stances(value: string, previous: string[] = []): string[] {
  if (!(CLAIM_STANCES as readonly string[]).includes(value)) throw new Errors.INPUT_INVALID(`--stance must be one of ${CLAIM_STANCES.join(', ')}, got "${value}"`);
  return [...previous, value];
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Errors.INPUT_INVALID(`--limit must be an integer 1-1000, got "${value}"`);
  return n;
}

/** Candidate ids for a name: knowledge matches (never overlaps), then store objects of those types named so. */
async function candidates(store: Store, name: string, types: readonly string[]): Promise<string[]> {
  if (ID.test(name)) return [name];
  const ids: string[] = [];
  const { defaultResolver } = await import('../../knowledge/index.ts');
  for (const m of defaultResolver().resolve(name)) {
    if (m.relation !== 'overlap' && types.includes(m.entity.type)) ids.push(m.entity.id);
  }
  const wanted = name.normalize('NFKC').trim().toLowerCase();
  const found = await store.search(SYSTEM, { text: name, types: [...types], limit: 20 });
  const named = (o: Record<string, unknown>) =>
    [o.name, ...((o.aliases as unknown[] | undefined) ?? [])].some((n) => typeof n === 'string' && n.normalize('NFKC').trim().toLowerCase() === wanted);
  for (const s of found) if (named(s.object)) ids.push(s.id);
  for (const s of found) ids.push(s.id);
  return [...new Set(ids)];
}

/** The first candidate that claims mention (by `field`), else the first candidate. */
async function pick(service: ClaimService, store: Store, name: string, types: readonly string[], field: 'subject' | 'party'): Promise<string> {
  const ids = await candidates(store, name, types);
  const [first] = ids;
  if (first === undefined) throw new Errors.INPUT_INVALID(`no ${field} named "${name}"`);
  for (const id of ids) if ((await service.list(SYSTEM, { [field]: id, limit: 1 })).total > 0) return id;
  return first;
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))).join('  ').trimEnd()).join('\n') + '\n';
}

function clip(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

async function claimRows(service: ClaimService, claims: Claim[]): Promise<string[][]> {
  const names = await service.names(SYSTEM, claims.flatMap((c) => [c.claimant_ref, ...(c.subject_refs ?? []), ...(c.addressee_refs ?? [])]));
  const name = (id: string) => names.get(id) ?? id;
  return [
    ['DATE', 'CLAIMANT', 'STANCE', 'ABOUT', 'ADDRESSEE', 'EVIDENCE'],
    ...claims.map((c) => [
      c.made_on ?? 'unknown',
      clip(name(c.claimant_ref), 30),
      c.stance,
      clip((c.subject_refs ?? []).map(name).join(', ') || c.subject_description || '', 40),
      clip((c.addressee_refs ?? []).map(name).join(', '), 24),
      clip(c.evidence.translation?.text ?? c.evidence.text, 70),
    ]),
  ];
}

export function register(program: Command): void {
  const claims = program
    .command('claims')
    .description('claims: who attributed, accused, denied or warned whom, on what evidence')
    .option('--about <name>', 'claims about a subject (intrusion set, campaign...), for and against')
    .option('--by <party>', 'claims made by a claimant or the state/body it speaks for')
    .option('--contested', 'subjects with at least one accusing and one denying claim')
    .option('--matrix', 'accuser-by-accused counts of attributions and accusations')
    .option('--source <report-id>', 'claims citing this source report')
    .option('--from <date>', 'made on or after (YYYY-MM-DD)', date('--from'))
    .option('--to <date>', 'made on or before (YYYY-MM-DD)', date('--to'))
    .option('--sector <sector>', 'matrix: only claims naming this targeted sector')
    .option('--limit <n>', 'most claims or subjects to show (default 50)', positive)
    .option('--statements', 'statements (claims grouped across sources) as sentences, with --about, --by, --kind, --stance')
    .option('--rollup', 'matrix and --by: agencies count as their state')
    .option('--kind <kind...>', `--statements: claimant kinds (${CLAIMANT_KINDS.join(', ')})`, kinds)
    .option('--stance <stance...>', `--statements: stances (${CLAIM_STANCES.join(', ')})`, stances)
    .option('--json', 'print JSON')
    .option('--csv', 'every matching claim as CSV (columns in docs/claims.md), with --about, --by, --source, --from, --to')
    .action(async (opts: ClaimsOptions) => {
      const { ClaimService } = await import('../../claims/claim-service.ts');
      await withCliStore(async (store) => {
        const service = new ClaimService(store, store.db);
        const out = (text: string) => process.stdout.write(text);
        const json = (value: unknown) => out(JSON.stringify(value, null, 2) + '\n');
        const limit = opts.limit ?? 50;

        if (opts.contested) {
          const rows = await service.contested(SYSTEM, { limit });
          if (opts.json) return json(rows);
          if (rows.length === 0) return out('no contested subjects\n');
          return out(table([['SUBJECT', 'ACCUSING', 'DENYING', 'STATEMENTS'], ...rows.map((r) => [r.subject_name ?? r.subject_ref, String(r.accusing), String(r.denying), String(r.total)])]));
        }
        if (opts.matrix) {
          const cells = await service.matrix(SYSTEM, { from: opts.from, to: opts.to, sector: opts.sector, rollup: opts.rollup });
          if (opts.json) return json(cells);
          if (cells.length === 0) return out('no accusations\n');
          return out(table([['ACCUSER', 'ACCUSED', 'STATEMENTS'], ...cells.slice(0, limit).map((c) => [c.party_name ?? c.party_ref, c.addressee_name ?? c.addressee_ref, String(c.count)])]));
        }
        const party = opts.by ? await pick(service, store, opts.by, PARTY_TYPES, 'party') : undefined;
        if (opts.csv) {
          if (opts.contested || opts.matrix || opts.json) throw new Errors.INPUT_INVALID('--csv lists claims: it takes no --contested, --matrix or --json');
          const { allClaims } = await import('../../export/report-export.ts');
          const { claimsCsv } = await import('../../export/claims-csv.ts');
          const subject = opts.about ? await pick(service, store, opts.about, SUBJECT_TYPES, 'subject') : undefined;
          const found = await allClaims(service, SYSTEM, { subject, party, source: opts.source, from: opts.from, to: opts.to });
          return out(await claimsCsv(store, SYSTEM, found));
        }
        if (opts.statements) {
          const subject = opts.about ? await pick(service, store, opts.about, SUBJECT_TYPES, 'subject') : undefined;
          const { statements, total } = await service.statements(SYSTEM, {
            subject, party, source: opts.source, from: opts.from, to: opts.to, rollup: opts.rollup,
            kinds: opts.kind as ClaimantKind[] | undefined, stances: opts.stance as ClaimStance[] | undefined, limit,
          });
          const names = await service.sentenceNames(SYSTEM, statements.flatMap((s) => [s.claimant_ref, s.party_ref, ...s.subject_refs, ...s.addressee_refs]));
          const rows = statements.map((s) => ({ ...s, sentence: service.sentence(s, names, s.sources) }));
          if (opts.json) return json({ items: rows, total });
          if (rows.length === 0) return out('no statements\n');
          for (const s of rows) out(`${s.sentence}\n`);
          if (total > rows.length) out(`(${rows.length} of ${total}; --limit for more)\n`);
          return;
        }
        if (opts.about) {
          const subject = await pick(service, store, opts.about, SUBJECT_TYPES, 'subject');
          const about = await service.about(SYSTEM, subject, { party, from: opts.from, to: opts.to, limit });
          if (opts.json) return json(about);
          out(`${about.subject_name ?? subject}: ${about.total} claim(s)\n`);
          for (const [title, groups] of [['For', about.for], ['Against', about.against], ['Other', about.other]] as const) {
            if (groups.length === 0) continue;
            out(`\n${title}:\n`);
            for (const g of groups) {
              out(`  ${g.claimant_name ?? g.claimant_ref} ${g.stance} (${g.claims.length})\n`);
              out(table(await claimRows(service, g.claims)).replace(/^(?=.)/gm, '    '));
            }
          }
          return;
        }
        const { claims, total } = await service.list(SYSTEM, { party, source: opts.source, from: opts.from, to: opts.to, limit });
        if (opts.json) return json({ items: claims, total });
        if (claims.length === 0) return out('no claims\n');
        out(table(await claimRows(service, claims)));
        if (total > claims.length) out(`(${claims.length} of ${total}; --limit for more)\n`);
      });
    });

  claims
    .command('reindex')
    .description('repair the claim index: index the claims stored since it last caught up (a database written by an earlier release); --full rebuilds it from every stored claim')
    .option('--full', 'drop the index and rebuild it from the stored claims')
    .option('--json', 'print JSON')
    .action(async (_opts: unknown, command: Command) => {
      // `--json` is also the parent's option: read both levels
      const opts = command.optsWithGlobals<{ full?: boolean; json?: boolean }>();
      const { reindexClaims, syncClaimIndex } = await import('../../claims/claim-index.ts');
      await withCliStore(async (store) => {
        const result = opts.full ? await reindexClaims(store, store.db) : await syncClaimIndex(store.db);
        // statements are regrouped from the index just repaired
        const { rebuildStatements } = await import('../../claims/statement-index.ts');
        await rebuildStatements(store.db);
        if (opts.json) return void process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        process.stdout.write(`${result.indexed} claim(s) indexed, ${result.unchanged} unchanged, ${result.invalid.length} invalid\n`);
        for (const bad of result.invalid) process.stdout.write(`  ${bad.id}: ${bad.problems.join('; ')}\n`);
      });
    });
}
