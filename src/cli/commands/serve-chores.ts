/**
 * What one process of an installation does at start-up besides serving: create the first admin
 * from OPSTRACK_ADMIN_PASSWORD, and prune the audit log (OPSTRACK_AUDIT_DAYS) at start and daily.
 * `opstrack serve` does them; under `--workers` its primary does, once, rather than each process.
 */
import { AuthRepository } from '../../auth/auth-repository.ts';
import { bootstrapAdmin, FIRST_ADMIN_HELP } from '../../auth/bootstrap.ts';
import type { OpsTrackConfig } from '../../config.ts';
import type { Store } from '../../storage/store.ts';

export async function startupChores(store: Store, settings: OpsTrackConfig): Promise<{ stop(): void }> {
  const repo = new AuthRepository(store.db);
  const boot = await bootstrapAdmin(repo, { password: settings.adminPassword, user: settings.adminUser, org: settings.adminOrg });
  if (boot === 'created') process.stderr.write(`opstrack: created admin '${settings.adminUser}' from OPSTRACK_ADMIN_PASSWORD\n`);
  if (boot === 'help') process.stderr.write(`${FIRST_ADMIN_HELP}\n`);
  // audit retention: OPSTRACK_AUDIT_DAYS (default 365; 0 keeps everything), pruned at start and daily
  const days = settings.auditDays;
  if (days <= 0) return { stop() {} };
  const prune = () => repo.pruneAudit(new Date(Date.now() - days * 86_400_000).toISOString())
    .catch((err: Error) => process.stderr.write(`opstrack: audit prune failed: ${err.message}\n`));
  await prune();
  const daily = setInterval(prune, 86_400_000);
  daily.unref();
  return { stop: () => clearInterval(daily) };
}
