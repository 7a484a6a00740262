/**
 * Runs the dispatcher and the webhook sender every few seconds in a server process. Safe in every
 * process at once: both claim their work in the database (watch-service.ts, webhook-sender.ts).
 */
import type { WatchService } from './watch-service.ts';
import type { WebhookSender } from './webhook-sender.ts';

export function startWatchLoop(watch: WatchService, sender: WebhookSender, intervalMs: number, onError: (err: unknown) => void): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= (async () => {
      try {
        await watch.dispatch();
        await sender.deliverDue();
      } catch (err) {
        onError(err);
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
