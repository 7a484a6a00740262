/**
 * The worker side of WorkerPool: answers each task message with `fn`'s result, or its error with
 * the OpsTrack code, status and field kept.
 */
import { parentPort } from 'node:worker_threads';
import type { SerializedError, TaskReply } from './worker-pool.ts';

function serialize(err: unknown): SerializedError {
  const e = err as { message?: string; code?: unknown; statusCode?: unknown; field?: unknown };
  return {
    message: e?.message ?? String(err),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(typeof e?.field === 'string' ? { field: e.field } : {}),
  };
}

export function serveTasks<I, O>(fn: (input: I) => Promise<O> | O): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', async (input: I) => {
    let reply: TaskReply<O>;
    try {
      reply = { ok: true, value: await fn(input) };
    } catch (err) {
      reply = { ok: false, error: serialize(err) };
    }
    port.postMessage(reply);
  });
}
