/**
 * The UI's only door to the server: JSON over fetch to /api with the session cookie, and the CSRF
 * token (from login or whoami) sent as `X-OpsTrack-CSRF` on every write. Errors arrive as the API's
 * `{ code, message, field }` and are thrown as ApiError.
 */
import type { Claim } from '../../src/model/claim.ts';
import type { Draft, DraftItem, DraftSummary } from '../../src/model/draft.ts';
import type { StixObject } from '../../src/model/stix/core.ts';

export type { Claim, Draft, DraftItem, DraftSummary, StixObject };

export interface SessionUser {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  role: 'reader' | 'editor' | 'admin';
}

export interface Session {
  user: SessionUser;
  csrf?: string;
  expires?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

let csrf: string | undefined;
const listeners = new Set<() => void>();

/** Called when the server says the session is gone (401), so the app can show the login page. */
export function onUnauthorized(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

type Query = Record<string, string | number | boolean | undefined | Array<string | number>>;

export function qs(query: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) p.append(k, String(one));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** GETs index.html started before this code loaded; the first `get` of the same path takes the answer. */
const early = new Map<string, Promise<Response>>(
  Object.entries((globalThis as { __opstrackEarly?: Record<string, Promise<Response>> }).__opstrackEarly ?? {}),
);

export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const started = method === 'GET' ? early.get(path) : undefined;
  if (started) early.delete(path);
  if (method !== 'GET' && csrf) headers['x-opstrack-csrf'] = csrf;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = (await started?.catch(() => undefined)) ?? await fetch(`/api${path}`, { method, headers, body: payload, credentials: 'same-origin', signal });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: any;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = { code: 'OPS_ERR_INTERNAL', message: text.slice(0, 200) };
  }
  if (!res.ok) {
    if (res.status === 401 && path !== '/session') for (const fn of listeners) fn();
    throw new ApiError(res.status, data?.code ?? 'OPS_ERR_INTERNAL', data?.message ?? res.statusText, data?.field);
  }
  return data as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) => api<T>('GET', path + qs(query), undefined, signal);

export async function whoami(): Promise<Session | null> {
  try {
    const s = await get<Session>('/session');
    csrf = s.csrf;
    return s;
  } catch (err) {
    // signed out: the early answers were asked for without a session, so none of them stands
    early.clear();
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function login(user: string, password: string): Promise<Session> {
  early.clear();
  const s = await api<Session>('POST', '/session', { user, password });
  csrf = s.csrf;
  return s;
}

export async function logout(): Promise<void> {
  early.clear();
  await api('DELETE', '/session');
  csrf = undefined;
}

// ---- answer shapes of the routes the UI reads ----

export interface ObjectAnswer {
  object: StixObject & Record<string, any>;
  tlp?: string;
  dateAdded?: string;
  versions: Array<{ version: string; dateAdded: string }>;
}
export interface Items<T> { items: T[]; next?: string; total?: number }
export interface GraphNode { id: string; type: string; name?: string; tlp?: string; depth: number }
export interface GraphEdge { id: string; source: string; target: string; relationship_type: string }
export interface GraphAnswer { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }
export interface ClaimGroup { stance: string; claimant_ref: string; claimant_name?: string; claims: Claim[] }
export interface AboutAnswer { subject_ref: string; subject_name?: string; total: number; for: ClaimGroup[]; against: ClaimGroup[]; other: ClaimGroup[] }
export interface ContestedItem { subject_ref: string; subject_name?: string; accusing: number; denying: number; total: number }
export interface MatrixCell { party_ref: string; party_name?: string; addressee_ref: string; addressee_name?: string; count: number }
export interface TimelinePoint { period: string; stance: string; count: number }


/** A statement: claims grouped across sources (src/claims/statement-queries.ts), as the viewer sees it. */
export interface StatementReport { claim_id: string; source_ref: string; made_on?: string }
export interface StatementItem {
  id: string; sentence: string; claimant_ref: string; speaks_for_ref?: string; party_ref: string; state_ref: string;
  claimant_kind: string; stance: Claim['stance']; subject_refs: string[]; subject_description?: string; addressee_refs: string[];
  made_on?: string; made_on_precision?: Claim['made_on_precision']; made_on_source?: Claim['made_on_source'];
  sources: number; copies: number; first: StatementReport; latest: StatementReport; claims: Claim[];
}
export interface StatementPage { items: StatementItem[]; total: number; names?: Record<string, string> }
