import { performance } from 'node:perf_hooks';

/**
 * Polls `fn` every `everyMs` until it answers something truthy (returned) or `ms` pass (an error
 * naming `what`). Time is read from the monotonic clock: a wall clock set forward (NTP on a virtual
 * machine) must not end the wait early.
 */
export async function until<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 60_000, everyMs = 100): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
