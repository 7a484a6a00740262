/**
 * LLM mode when the model or its server misbehaves (recorded answers, test/fixtures/llm/): malformed
 * JSON, JSON of another shape, answers cut short (finish_reason / done_reason "length"), quotes not
 * in the text, identifiers nobody holds, fields of the wrong type, time-outs, overload and refusal.
 * Each time the rules' claims stay, and a warning says what happened.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractWithLlm } from '../../src/extract/llm.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { article, playRecorded, type Player, type Recorded } from './llm-server.ts';

const resolver = defaultResolver();
const text = article('en');
/** A claim standing for what the rules found (checked to survive every failure). */
const ruleClaim: ClaimCandidate = {
  claimant: 'AU', claimant_kind: 'state', stance: 'attributes', target: 'CN', about: ['Leviathan'],
  evidence: { text: text.slice(62, 254), start: 62, end: 254 }, confidence: 0.65, method: 'reported',
};
const rules = { language: 'en', claims: [ruleClaim], intrusion_sets: [] };

async function run(answers: Array<string | Recorded>, cfg: { timeoutMs?: number; retries?: number; chunkTokens?: number; path?: string } = {}) {
  const p: Player = await playRecorded(answers);
  try {
    const out = await extractWithLlm(text, rules, { url: `${p.url}${cfg.path ?? ''}`, model: 'm', retryBaseMs: 5, ...cfg }, { resolver });
    return { out, requests: p.requests };
  } finally {
    await p.close();
  }
}

test('malformed JSON: the rules\' claims and a warning naming the part', async () => {
  const { out } = await run(['malformed-json']);
  assert.deepEqual(out.claims, [ruleClaim]);
  assert.equal(out.warnings.length, 1);
  assert.match(out.warnings[0]!, /part 1 of 1 unusable \(the answer is not valid JSON/);
});

test('JSON without a claims list is unusable too', async () => {
  const { out } = await run(['not-claims-shape']);
  assert.deepEqual(out.claims, [ruleClaim]);
  assert.match(out.warnings.join('\n'), /without a "claims" list/);
});

test('an answer cut short (finish_reason length) is asked again in two halves', async () => {
  const { out, requests } = await run(['truncated-length', 'half-1', 'half-2']);
  assert.equal(requests.length, 3);
  const sent = requests.map((r) => r.body.messages![1]!.content);
  // each half is part of the first request's text, and the halves are shorter
  for (const half of sent.slice(1)) assert.ok(half.length < sent[0]!.length);
  assert.deepEqual(out.warnings, []);
  // half-1 repeats the rule claim; half-2's claims are new
  assert.deepEqual(out.claims.map((c) => [c.claimant, c.stance, c.method]), [['AU', 'attributes', 'reported'], ['CN', 'denies', 'llm'], ['AU', 'calls-for', 'llm']]);
});

test('an answer cut short every time keeps its complete items and says so (Ollama done_reason length)', async () => {
  const { out, requests } = await run(Array(7).fill('ollama-truncated'), { path: '/api/chat' });
  assert.equal(requests.length, 7, 'asked whole, in halves, in quarters');
  assert.ok(out.warnings.some((w) => /cut short by the model's output limit; 1 complete claim\(s\) kept/.test(w)));
  // the one complete item repeats the rule claim: nothing invented from the cut-off one
  assert.deepEqual(out.claims, [ruleClaim]);
});

test('hallucinated evidence and invented identifiers are dropped and counted', async () => {
  const { out } = await run(['hallucinated']);
  assert.equal(out.stats.notInText, 2);
  assert.equal(out.stats.inventedIds, 1);
  assert.ok(out.warnings.includes('2 LLM claim(s) dropped: their quoted passage is not in the text'));
  assert.ok(out.warnings.includes('1 LLM claim(s) dropped: they name an identifier the knowledge base does not hold'));
  for (const c of out.claims) assert.ok(text.includes(c.evidence.text));
  assert.ok(!out.claims.some((c) => c.claimant === 'NZ'), 'the claim quoting a sentence that is not there is gone');
});

test('fields of the wrong type: the item is dropped with the reason; good items (a stance in capitals, about as one string) kept', async () => {
  const { out } = await run(['wrong-types']);
  const warning = out.warnings.find((w) => w.includes('dropped as malformed'));
  assert.match(warning ?? '', /^5 LLM claim\(s\) dropped as malformed: claims\[0\]\.claimant: not a string; claims\[1\]\.stance: "blames" is not one of/);
  // item 2 survives: its passage (the second sentence) is not the rule claim's, so it is a new claim
  const llm = out.claims.filter((c) => c.method === 'llm');
  assert.deepEqual(llm.map((c) => [c.claimant, c.stance, c.about]), [['AU', 'attributes', ['Leviathan']]]);
});

test('a time-out is retried, then the draft falls back to the rules with a warning', async () => {
  const started = Date.now();
  const { out, requests } = await run([{ hang: true }, { hang: true }], { timeoutMs: 200, retries: 1 });
  assert.equal(requests.length, 2);
  assert.ok(Date.now() - started < 5000);
  assert.equal(out.failed, true);
  assert.deepEqual(out.claims, [ruleClaim]);
  assert.match(out.warnings[0]!, /no answer within 0\.2 s \(after 2 attempts\); the claims are the rules' only/);
});

test('HTTP 503 (model loading) is retried after Retry-After; HTTP 401 is not retried', async () => {
  const retried = await run(['http-503', 'empty']);
  assert.equal(retried.requests.length, 2);
  assert.deepEqual(retried.out.warnings, []);
  const refused = await run(['http-401', 'empty']);
  assert.equal(refused.requests.length, 1);
  assert.match(refused.out.warnings[0]!, /HTTP 401: .*Invalid API key/);
});

test('an endpoint nobody answers: a clear warning (without the URL\'s query, which may hold a key), the rules\' claims', async () => {
  const p = await playRecorded([]);
  const url = p.url;
  await p.close();
  const out = await extractWithLlm(text, rules, { url: `${url}/v1?key=secret-key`, model: 'm', retries: 0 }, { resolver });
  assert.equal(out.failed, true);
  assert.deepEqual(out.claims, [ruleClaim]);
  assert.match(out.warnings[0]!, /cannot reach http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions/);
  assert.doesNotMatch(out.warnings[0]!, /secret/);
});

test('a failure in a later part keeps what earlier parts gave and stops asking', async () => {
  const { out, requests } = await run(['half-2', 'http-401', 'empty'], { chunkTokens: 60 });
  assert.equal(requests.length, 2, 'no request after the failure');
  assert.ok(out.stats.chunks > 2);
  assert.match(out.warnings[0]!, new RegExp(`the claims from part 2 of ${out.stats.chunks} on are the rules' only`));
});

test('past its time limit no further part is asked; the rest is the rules\'', async () => {
  const p = await playRecorded(['empty', 'empty']);
  try {
    const out = await extractWithLlm(text, rules, { url: p.url, model: 'm', chunkTokens: 60 }, { resolver, deadline: Date.now() - 1 });
    assert.equal(p.requests.length, 0);
    assert.equal(out.failed, true);
    assert.deepEqual(out.claims, [ruleClaim]);
    assert.match(out.warnings[0]!, /stopped at its time limit before part 1 of \d+/);
  } finally {
    await p.close();
  }
});
