/**
 * CPU time of this process's threads, read from /proc (Linux): the main thread (the import's
 * writer) apart from the others (worker threads, V8's GC helpers, libuv's pool), so a benchmark
 * can say what each side costs whatever else the machine runs. Undefined where /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pid } from 'node:process';

/** Clock ticks a second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

export interface ThreadCpu {
  /** CPU ms of the main thread. */
  main: number;
  /** CPU ms of each other live thread, by thread id. */
  others: Map<number, number>;
}

function ticksOf(stat: string): number {
  // Fields after the parenthesised name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]);
}

export function threadCpu(): ThreadCpu | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  const out: ThreadCpu = { main: 0, others: new Map() };
  for (const t of tasks) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const ms = ticksOf(stat) * TICK_MS;
    if (Number(t) === pid) out.main = ms;
    else out.others.set(Number(t), ms);
  }
  return out;
}

/**
 * CPU ms spent since `before`: by the main thread, by threads started since (the import's worker
 * threads, and libuv's pool when it starts), and by the threads that were there already (GC helpers).
 */
export function cpuSince(before: ThreadCpu, after: ThreadCpu): { main: number; started: number; helpers: number } {
  let started = 0;
  let helpers = 0;
  for (const [tid, ms] of after.others) {
    const was = before.others.get(tid);
    if (was === undefined) started += ms;
    else helpers += ms - was;
  }
  return { main: after.main - before.main, started, helpers };
}

/**
 * CPU ms of these processes (by pid), read from /proc: a local PostgreSQL server's backends, so a
 * benchmark can say what the server spent. Processes that cannot be read (another host, ended) are left out.
 */
export function processCpu(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of pids) {
    try {
      out.set(p, ticksOf(readFileSync(`/proc/${p}/stat`, 'utf8')) * TICK_MS);
    } catch {
      // not on this machine, or gone
    }
  }
  return out;
}
