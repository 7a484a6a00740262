/**
 * The process's metrics in the Prometheus text format (prom-client 15): HTTP requests counted and
 * timed per route pattern (`/taxii2/:apiRoot/collections/:id/objects/`, never the raw URL, so the
 * label set stays bounded), jobs this process ran by queue and outcome with their durations, the
 * queue's jobs by state and the age of its oldest waiting job (read from the database at each
 * scrape), and Node's process metrics. One registry per app, so two apps in one process (tests)
 * never share counters.
 * @example
 * const metrics = new Metrics(jobs);
 * metrics.request('GET', '/api/objects', 200, 0.004);
 * reply.type(metrics.contentType).send(await metrics.text());
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobQueue } from '../jobs/types.ts';

/** Request latency buckets in seconds: a TAXII page takes 1-20 ms, an import seconds. */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900];

export class Metrics {
  readonly registry = new Registry();
  readonly #requests: Counter<'method' | 'route' | 'status'>;
  readonly #latency: Histogram<'method' | 'route'>;

  constructor(jobs: JobQueue | undefined, process: { label: string } = { label: String(globalThis.process.pid) }) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ process: process.label });
    collectDefaultMetrics({ register: this.registry, prefix: 'opstrack_' });
    this.#requests = new Counter({ name: 'opstrack_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers });
    this.#latency = new Histogram({ name: 'opstrack_http_request_duration_seconds', help: 'HTTP request latency by method and route pattern', labelNames: ['method', 'route'], buckets: HTTP_BUCKETS, registers });
    if (!jobs) return;
    const ran = new Counter({ name: 'opstrack_jobs_processed_total', help: 'Jobs this process ran, by queue and outcome', labelNames: ['queue', 'outcome'], registers });
    const took = new Histogram({ name: 'opstrack_job_duration_seconds', help: 'How long the jobs this process ran took, by queue', labelNames: ['queue'], buckets: JOB_BUCKETS, registers });
    jobs.onOutcome((o) => {
      ran.inc({ queue: o.name, outcome: o.outcome });
      took.observe({ queue: o.name }, o.seconds);
    });
    // read at each scrape: the queue is the database's, shared by every process
    let counts: ReturnType<JobQueue['counts']> | undefined;
    const current = () => (counts ??= jobs.counts().finally(() => setTimeout(() => { counts = undefined; }, 0)));
    new Gauge({
      name: 'opstrack_jobs', help: 'Jobs in the queue by queue and state (created and retry are waiting)', labelNames: ['queue', 'state'], registers,
      async collect() {
        this.reset();
        for (const q of await current()) for (const [state, n] of Object.entries(q.states)) this.set({ queue: q.name, state }, n ?? 0);
      },
    });
    new Gauge({
      name: 'opstrack_job_oldest_waiting_seconds', help: 'Age of the oldest job waiting to run, by queue (0 when none waits)', labelNames: ['queue'], registers,
      async collect() {
        this.reset();
        for (const q of await current()) this.set({ queue: q.name }, q.oldestWaitingSeconds);
      },
    });
  }

  /** Counts and times one answered request. `route` is the route pattern, or `unmatched`. */
  request(method: string, route: string, status: number, seconds: number): void {
    this.#requests.inc({ method, route, status: String(status) });
    this.#latency.observe({ method, route }, seconds);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
