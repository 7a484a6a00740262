#!/usr/bin/env -S node --no-regexp-tier-up
// Runs the TypeScript sources through tsx so that a clone works without a build step.
// --no-regexp-tier-up: V8 compiles every regular expression to machine code at its first use instead of
// interpreting it first; the extractor's large cue alternations run about a third faster
// (bench/extract.ts: 178 -> 245 articles per CPU-second on one machine), with the same matches.
// It is given when the process starts: V8 flags changed at run time can crash the process.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
