/**
 * LLM mode against recorded answers in the shapes real servers return (test/fixtures/llm/, played
 * by a local HTTP server): Ollama's /api/chat and /v1, vLLM and llama.cpp chat completions. The
 * rules' claims are left out here (an empty rules extraction) so that what is checked is what the
 * model's answer becomes: claims whose quotes are located verbatim, whose names are resolved
 * through the knowledge base, and the request each dialect sends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/config.ts';
import { extractWithLlm, llmConfigOf, LLM_CLAIM_SCHEMA } from '../../src/extract/llm.ts';
import { completionsUrl, optionalLlmConfig } from '../../src/extract/llm/config.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { article, playRecorded, type Player } from './llm-server.ts';

const resolver = defaultResolver();
const noRules = (language: string) => ({ language, claims: [], intrusion_sets: [] });

async function withPlayer<T>(answers: string[], fn: (p: Player) => Promise<T>): Promise<T> {
  const p = await playRecorded(answers);
  try {
    return await fn(p);
  } finally {
    await p.close();
  }
}

function located(text: string, claims: Array<{ evidence: { text: string; start: number; end: number } }>): void {
  for (const c of claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
}

for (const shape of ['ollama-v1-chat', 'vllm-json-schema', 'llamacpp-chat']) {
  test(`OpenAI-compatible answer (${shape}): claims located, names resolved, schema sent`, async () => {
    const text = article('en');
    await withPlayer([shape], async (p) => {
      const out = await extractWithLlm(text, noRules('en'), { url: p.url, model: 'qwen2.5:7b-instruct', apiKey: 'k-123' }, { resolver });
      assert.deepEqual(out.warnings, []);
      assert.equal(out.failed, false);
      located(text, out.claims);
      const got = out.claims.map((c) => [c.claimant, c.claimant_kind, c.stance, c.target ?? null, c.about, c.method]);
      assert.deepEqual(got, [
        // "Australia" and "China's Ministry of State Security" (a state body) are states; APT40 is an alias of Leviathan
        ['AU', 'state', 'attributes', 'CN', ['Leviathan'], 'llm'],
        // "the Chinese embassy" speaks for China
        ['CN', 'state', 'denies', null, ['Leviathan'], 'llm'],
        // an agency of a state speaks for it
        ['AU', 'state', 'calls-for', null, [], 'llm'],
      ]);
      const [req] = p.requests;
      assert.equal(req?.path, '/v1/chat/completions');
      assert.equal(req?.headers.authorization, 'Bearer k-123');
      assert.equal(req?.body.model, 'qwen2.5:7b-instruct');
      assert.equal(req?.body.response_format?.type, 'json_schema');
      assert.deepEqual(req?.body.response_format?.json_schema?.schema, LLM_CLAIM_SCHEMA);
      assert.ok(req?.body.messages?.[1]?.content.includes(text.slice(0, 40)), 'the text is sent');
    });
  });
}

test('Ollama /api/chat: native request (format = schema, stream false) and answer; Vietnamese names resolve', async () => {
  const text = article('vi');
  await withPlayer(['ollama-api-chat'], async (p) => {
    const out = await extractWithLlm(text, noRules('vi'), { url: `${p.url}/api/chat`, model: 'qwen2.5:7b-instruct' }, { resolver });
    assert.deepEqual(out.warnings, []);
    located(text, out.claims);
    // "Bắc Kinh" is China; "Bronze Silhouette" is an alias of Volt Typhoon
    assert.deepEqual(out.claims.map((c) => [c.claimant, c.stance, c.about]), [['AU', 'attributes', ['Volt Typhoon']], ['CN', 'denies', ['Volt Typhoon']]]);
    const [req] = p.requests;
    assert.equal(req?.path, '/api/chat');
    assert.deepEqual(req?.body.format, LLM_CLAIM_SCHEMA);
    assert.equal(req?.body.stream, false);
    // the context window is sized for the chunk (Ollama would cut a longer prompt silently)
    assert.equal((req?.body as { options?: { num_ctx?: number } }).options?.num_ctx, 5024);
    assert.equal(req?.body.response_format, undefined);
  });
});

test('a reasoning model (think block) in Chinese: 中方 is China, 伏特台风 is Volt Typhoon, an unknown operation stays a candidate', async () => {
  const text = article('zh');
  await withPlayer(['ollama-api-chat-think'], async (p) => {
    const out = await extractWithLlm(text, noRules('zh'), { url: `${p.url}/api/chat`, model: 'qwen3:8b' }, { resolver });
    assert.deepEqual(out.warnings, []);
    located(text, out.claims);
    const [accuses, denies] = out.claims;
    // a state's agency named in Chinese speaks for the state
    assert.deepEqual([accuses?.claimant, accuses?.claimant_kind, accuses?.about], ['US', 'state', ['Volt Typhoon']]);
    assert.deepEqual([denies?.claimant, denies?.claimant_kind, denies?.target, denies?.about], ['CN', 'state', 'US', []]);
    // never an invented id: the unknown operation is a candidate for the reviewer
    assert.deepEqual(denies?.unresolved, ['Operation Harbour Lantern']);
  });
});

test('llama.cpp refusing json_schema (HTTP 400) is asked again with json_object and the schema in the prompt', async () => {
  const text = article('en');
  await withPlayer(['llamacpp-400-json-schema', 'llamacpp-json-object'], async (p) => {
    const out = await extractWithLlm(text, noRules('en'), { url: `${p.url}/v1`, model: 'local', retryBaseMs: 1 }, { resolver });
    assert.deepEqual(out.warnings, []);
    assert.equal(out.claims.length, 2);
    assert.equal(p.requests.length, 2);
    assert.equal(p.requests[1]?.body.response_format?.type, 'json_object');
    assert.ok(p.requests[1]?.body.messages?.[0]?.content.includes('"claims"'), 'the schema is in the system prompt');
  });
});

test('configuration: endpoint URLs, settings from the environment, off when unset', () => {
  assert.equal(completionsUrl('http://h:1/v1/'), 'http://h:1/v1/chat/completions');
  assert.equal(completionsUrl('http://h:1'), 'http://h:1/v1/chat/completions');
  assert.equal(completionsUrl('http://h:11434/api/chat'), 'http://h:11434/api/chat');
  assert.equal(completionsUrl('https://gw.example/llm/v1?key=k'), 'https://gw.example/llm/v1/chat/completions?key=k');
  assert.throws(() => llmConfigOf(readConfig({})), { code: 'OPS_ERR_EXTRACT_LLM' });
  assert.equal(optionalLlmConfig(readConfig({})), undefined);
  const cfg = llmConfigOf(readConfig({ OPSTRACK_LLM_URL: 'http://h:1', OPSTRACK_LLM_MODEL: 'm', OPSTRACK_LLM_TIMEOUT: '30', OPSTRACK_LLM_RETRIES: '0', OPSTRACK_LLM_CHUNK_TOKENS: '500' }));
  assert.deepEqual(cfg, { url: 'http://h:1', model: 'm', timeoutMs: 30_000, retries: 0, chunkTokens: 500 });
  assert.throws(() => readConfig({ OPSTRACK_LLM_RETRIES: 'many' }), /OPSTRACK_LLM_RETRIES/);
});
