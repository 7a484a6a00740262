/**
 * The retry policy of each queue, one source for both implementations. A draft job is retried when
 * its worker died (the document itself failing fails the draft, not the job); a feed poll is retried
 * with back-off when the feed could not be fetched or read.
 */
import type { JobName, QueuePolicy } from './types.ts';

export const QUEUE_POLICIES: Readonly<Record<JobName, QueuePolicy>> = Object.freeze({
  'draft.build': { retryLimit: 2, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 15 * 60, singleton: false },
  'feed.poll': { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 30 * 60, singleton: true },
});

export const JOB_NAMES = Object.keys(QUEUE_POLICIES) as readonly JobName[];

/** Seconds to wait before attempt `attempt + 1` after `attempt` failed (attempts count from 1). */
export function retryDelay(policy: QueuePolicy, attempt: number): number {
  return policy.retryBackoff ? policy.retryDelaySeconds * 2 ** Math.max(0, attempt - 1) : policy.retryDelaySeconds;
}
