/**
 * The extractor's cues are a few hundred large alternations (each language profile's lists, compiled
 * per category), run over every sentence. V8 runs a regular expression in its bytecode interpreter
 * first and compiles it to machine code later ("tier-up"); for these patterns the interpreted runs
 * cost a quarter of extraction time. Compiling every pattern to machine code at its first use
 * measured 178 -> 249 articles per CPU-second (`node --import tsx bench/extract.ts`, same machine),
 * with identical output on every corpus document.
 *
 * The setting is V8's and process-wide, so it is made once, here, where the extractor is loaded, before
 * any of its patterns runs; it changes how patterns are executed, never what they match.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
