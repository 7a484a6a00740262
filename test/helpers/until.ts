/** Polls `fn` every `everyMs` until it answers something truthy (returned) or `ms` pass (an error naming `what`). */
export async function until<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 60_000, everyMs = 100): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
