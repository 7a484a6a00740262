/**
 * The worker side of WorkerPool: a task module's default export is `taskHandler(fn)`, which
 * answers with fn's result or with its error, keeping the OpsTrack `code`, status and `field`
 * (structured cloning keeps only an error's message).
 * @example
 * export default taskHandler(buildDraft);
 */
import type { SerializedError, TaskReply } from './worker-pool.ts';

function serialize(err: unknown): SerializedError {
  const e = err as { message?: string; code?: unknown; statusCode?: unknown; field?: unknown } | undefined;
  return {
    message: e?.message ?? String(err),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(typeof e?.field === 'string' ? { field: e.field } : {}),
  };
}

export function taskHandler<I, O>(fn: (input: I) => Promise<O> | O): (input: I) => Promise<TaskReply<O>> {
  return async (input) => {
    try {
      return { ok: true, value: await fn(input) };
    } catch (err) {
      return { ok: false, error: serialize(err) };
    }
  };
}
