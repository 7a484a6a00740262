/**
 * OpsTrack's configuration: every environment variable it reads, read here and nowhere else, each
 * validated (an error names the variable and what is wrong with it) and defaulted. Start-up paths
 * (`opstrack serve`, `demo`, every CLI command) call `readConfig()` once before doing anything, so a
 * bad value stops them at once; the README's configuration table lists the same variables (a test
 * checks it against `CONFIG_VARIABLES`).
 * @example
 * const config = readConfig();            // process.env
 * const store = await openStore(storeConfigOf(config));
 */
import { userInfo } from 'node:os';
import { Errors } from './errors.ts';
import { DEFAULT_SQLITE_FILE, type StoreConfig } from './storage/open-store.ts';
import { DEFAULT_PAGE_BYTES } from './storage/list-filters.ts';

/**
 * The default bcrypt cost, as the code has always used (bcryptjs is pure JavaScript, so each step,
 * which doubles a hash's time, costs more than in native bcrypt); the README states the same.
 */
export const DEFAULT_BCRYPT_ROUNDS = 11;

export interface OpsTrackConfig {
  /** PostgreSQL connection string; selects PostgreSQL. */
  databaseUrl?: string;
  /** SQLite database file, when OPSTRACK_DB is set (else the store's default file). */
  sqliteFile?: string;
  /** Creates the first admin on an empty database when set. */
  adminPassword?: string;
  adminUser: string;
  adminOrg: string;
  /** Audit log retention in days; 0 keeps everything. */
  auditDays: number;
  /** bcrypt cost of new password hashes (4-15). */
  bcryptRounds: number;
  llmUrl?: string;
  llmModel?: string;
  llmKey?: string;
  /** Time limit of one request to the LLM endpoint, in seconds. */
  llmTimeout: number;
  /** Further attempts after an LLM request that failed in a way that may pass (no answer, 429, 5xx). */
  llmRetries: number;
  /** Longest chunk of an article sent to the LLM in one request, in estimated tokens. */
  llmChunkTokens: number;
  /** Let ingestion fetch private, loopback and link-local addresses (`serve --allow-private-fetch` too). */
  allowPrivateFetch: boolean;
  /** Time limit for reading and extracting one document, in seconds. */
  ingestTimeLimit: number;
  /** Worker threads that parse and validate an import (default: cores - 1, at most 4). */
  importWorkers?: number;
  /** Byte budget of a served page of objects (TAXII Get Objects, the API's object list). */
  pageBytes: number;
  /** The token a Prometheus scraper sends for /metrics; unset: loopback clients only. */
  metricsToken?: string;
}

export interface ConfigVariable<K extends keyof OpsTrackConfig = keyof OpsTrackConfig> {
  name: string;
  key: K;
  meaning: string;
  /** The default as the README states it (`unset` when there is none). */
  defaultText: string;
  /** The value of a set variable; throws a message saying what is wrong. */
  parse: (raw: string) => OpsTrackConfig[K];
  default?: OpsTrackConfig[K];
}

function integer(min: number, max: number, unit: string) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) throw new Error(`must be an integer ${min}-${max}${unit}, got "${raw}"`);
    return Number(raw);
  };
}

const text = (raw: string): string => raw;

function boolean(raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`must be true or false, got "${raw}"`);
}

function httpUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`must be an http or https URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`must be an http or https URL, got "${raw}"`);
  return raw;
}

function postgresUrl(raw: string): string {
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('must start with postgres:// or postgresql://');
  return raw;
}

function secret(raw: string): string {
  if (raw.length < 16 || /\s/.test(raw)) throw new Error('must be at least 16 characters, without spaces');
  return raw;
}

function variable<K extends keyof OpsTrackConfig>(v: ConfigVariable<K>): ConfigVariable<K> {
  return v;
}

/** Every variable, in the README's order. */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  variable({ name: 'OPSTRACK_DB', key: 'sqliteFile', meaning: 'SQLite database file', defaultText: `\`${DEFAULT_SQLITE_FILE}\``, parse: text }),
  variable({
    name: 'DATABASE_URL', key: 'databaseUrl', meaning: 'PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite',
    defaultText: 'unset', parse: postgresUrl,
  }),
  variable({ name: 'OPSTRACK_ADMIN_PASSWORD', key: 'adminPassword', meaning: 'create the first admin on an empty database', defaultText: 'unset', parse: text }),
  variable({ name: 'OPSTRACK_ADMIN_USER', key: 'adminUser', meaning: "the first admin's user name", defaultText: '`admin`', parse: text, default: 'admin' }),
  variable({ name: 'OPSTRACK_ADMIN_ORG', key: 'adminOrg', meaning: "the first admin's organisation", defaultText: '`opstrack`', parse: text, default: 'opstrack' }),
  variable({
    name: 'OPSTRACK_AUDIT_DAYS', key: 'auditDays', meaning: 'audit log retention in days (0 keeps everything)',
    defaultText: '365', parse: integer(0, 100_000, ' days'), default: 365,
  }),
  variable({
    name: 'OPSTRACK_BCRYPT_ROUNDS', key: 'bcryptRounds', meaning: 'password hashing cost (bcrypt rounds, 4-15; only new hashes change)',
    defaultText: String(DEFAULT_BCRYPT_ROUNDS), parse: integer(4, 15, ''), default: DEFAULT_BCRYPT_ROUNDS,
  }),
  variable({ name: 'OPSTRACK_LLM_URL', key: 'llmUrl', meaning: 'optional OpenAI-compatible endpoint (or Ollama\'s `/api/chat`) for `extract --llm`, drafts ingested with extraction "rules + LLM" and machine translation of passages (with `OPSTRACK_LLM_MODEL`)', defaultText: 'unset', parse: httpUrl }),
  variable({ name: 'OPSTRACK_LLM_MODEL', key: 'llmModel', meaning: 'the model `extract --llm`, "rules + LLM" drafts and translation ask for', defaultText: 'unset', parse: text }),
  variable({ name: 'OPSTRACK_LLM_KEY', key: 'llmKey', meaning: 'API key sent to the LLM endpoint, if it needs one', defaultText: 'unset', parse: text }),
  variable({
    name: 'OPSTRACK_LLM_TIMEOUT', key: 'llmTimeout', meaning: 'seconds one request to the LLM endpoint may take before it is abandoned (and retried)',
    defaultText: '120', parse: integer(1, 3600, ' seconds'), default: 120,
  }),
  variable({
    name: 'OPSTRACK_LLM_RETRIES', key: 'llmRetries',
    meaning: 'further attempts, with doubling back-off, after an LLM request that got no answer, HTTP 408, 429 or 5xx; then the draft keeps the rules\' claims and says so',
    defaultText: '2', parse: integer(0, 10, ''), default: 2,
  }),
  variable({
    name: 'OPSTRACK_LLM_CHUNK_TOKENS', key: 'llmChunkTokens',
    meaning: 'longest chunk of an article sent to the LLM in one request, in estimated tokens (whole sentences; the speaker and operation carry into the next chunk)',
    defaultText: '2000', parse: integer(200, 100_000, ' tokens'), default: 2000,
  }),
  variable({
    name: 'OPSTRACK_ALLOW_PRIVATE_FETCH', key: 'allowPrivateFetch',
    meaning: 'let `serve` fetch URL drafts from private, loopback and link-local addresses (as `serve --allow-private-fetch`); never a request field',
    defaultText: '`false`', parse: boolean, default: false,
  }),
  variable({
    name: 'OPSTRACK_INGEST_TIME_LIMIT', key: 'ingestTimeLimit',
    meaning: 'seconds one document may take to be read and extracted (in a worker thread) before its draft fails',
    defaultText: '120', parse: integer(1, 86_400, ' seconds'), default: 120,
  }),
  variable({
    name: 'OPSTRACK_IMPORT_WORKERS', key: 'importWorkers',
    meaning: 'worker threads that parse and validate a bundle import or TAXII POST (one writer stores what they prepare)',
    defaultText: 'cores - 1, at most 4', parse: integer(1, 64, ' threads'),
  }),
  variable({
    name: 'OPSTRACK_PAGE_BYTES', key: 'pageBytes',
    meaning: 'byte budget of a page of objects (TAXII Get Objects, `/api/objects`): a page of long reports holds fewer objects and `next` carries the rest; one larger object comes alone',
    defaultText: String(DEFAULT_PAGE_BYTES), parse: integer(1024, 1024 ** 3, ' bytes'), default: DEFAULT_PAGE_BYTES,
  }),
  variable({
    name: 'OPSTRACK_METRICS_TOKEN', key: 'metricsToken',
    meaning: '`/metrics` answers a scraper sending `Authorization: Bearer` with this token (16+ characters); unset, it answers loopback clients only',
    defaultText: 'unset', parse: secret,
  }),
];

function readVariable<K extends keyof OpsTrackConfig>(v: ConfigVariable<K>, env: NodeJS.ProcessEnv): OpsTrackConfig[K] | undefined {
  const raw = env[v.name];
  if (raw === undefined || raw === '') return v.default;
  try {
    return v.parse(raw);
  } catch (err) {
    throw new Errors.CONFIG_INVALID(`${v.name} ${(err as Error).message}`, { field: v.name });
  }
}

/**
 * The whole configuration from `env`, validated.
 * @throws OPS_ERR_CONFIG_INVALID naming the first bad variable, e.g. `OPSTRACK_AUDIT_DAYS must be an integer 0-100000 days, got "x"`.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): OpsTrackConfig {
  const config: Record<string, unknown> = {};
  for (const v of CONFIG_VARIABLES) {
    const value = readVariable(v, env);
    if (value !== undefined) config[v.key] = value;
  }
  return config as unknown as OpsTrackConfig;
}

/** One setting, validated (for code that runs long after start-up, such as password hashing). */
export function readSetting<K extends keyof OpsTrackConfig>(key: K, env: NodeJS.ProcessEnv = process.env): OpsTrackConfig[K] {
  const v = CONFIG_VARIABLES.find((c) => c.key === key) as ConfigVariable<K>;
  return readVariable(v, env) as OpsTrackConfig[K];
}

/** Where the store is: PostgreSQL when DATABASE_URL is set, else the SQLite file (OPSTRACK_DB or the default). */
export function storeConfigOf(config: Pick<OpsTrackConfig, 'databaseUrl' | 'sqliteFile'>): StoreConfig {
  const out: StoreConfig = {};
  if (config.databaseUrl) out.databaseUrl = config.databaseUrl;
  if (config.sqliteFile) out.sqliteFile = config.sqliteFile;
  return out;
}

/** DATABASE_URL (PostgreSQL) or OPSTRACK_DB (SQLite file path) from the environment. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  return storeConfigOf({ databaseUrl: readSetting('databaseUrl', env), sqliteFile: readSetting('sqliteFile', env) });
}

/** The operating-system account running the CLI (the installation's operator), for the audit log: the account behind sudo, else the current one. */
export function operatorAccount(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return env.SUDO_USER || userInfo().username;
  } catch {
    return 'unknown';
  }
}
