/**
 * LLM mode against a fake OpenAI-compatible endpoint on 127.0.0.1: a claim quoting the text
 * verbatim is kept with offsets located in the text; a hallucinated quote is dropped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../src/config.ts';
import { completionsUrl, llmClaims, llmConfigOf } from '../../src/extract/llm.ts';

const TEXT = 'Headline\nOfficials in Canberra said a Chinese state group had breached parliament. Beijing denied it.';

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

test('llm mode keeps verbatim quotes, drops hallucinated ones, sends the schema', async () => {
  let seen: Record<string, unknown> | undefined;
  const server = createServer(async (req, res) => {
    seen = (await body(req)) as Record<string, unknown>;
    const answer = {
      claims: [
        { claimant: 'cn', stance: 'denies', target: 'CN', quote: 'Beijing denied it.' },
        { claimant: 'AU', stance: 'attributes', target: 'CN', quote: 'Australia formally blamed the Ministry of State Security.' },
      ],
    };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(answer) } }] }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const cfg = llmConfigOf(readConfig({ OPSTRACK_LLM_URL: `http://127.0.0.1:${port}`, OPSTRACK_LLM_MODEL: 'fake-model' }));
    const claims = await llmClaims(TEXT, { language: 'en' }, cfg);
    assert.equal(claims.length, 1);
    assert.equal(claims.dropped, 1);
    const [c] = claims;
    assert.ok(c);
    assert.equal(c.claimant, 'CN');
    assert.equal(c.stance, 'denies');
    assert.equal(c.method, 'llm');
    assert.equal(TEXT.slice(c.evidence.start, c.evidence.end), 'Beijing denied it.');
    assert.equal(seen?.model, 'fake-model');
    const rf = seen?.response_format as { type: string; json_schema: { schema: { required: string[] } } };
    assert.equal(rf.type, 'json_schema');
    assert.deepEqual(rf.json_schema.schema.required, ['claims']);
  } finally {
    server.close();
  }
});

test('llm mode: configuration and endpoint errors are coded', async () => {
  assert.throws(() => llmConfigOf(readConfig({})), { code: 'OPS_ERR_EXTRACT_LLM' });
  assert.equal(completionsUrl('http://h:1/v1/'), 'http://h:1/v1/chat/completions');
  assert.equal(completionsUrl('http://h:1'), 'http://h:1/v1/chat/completions');
  const server = createServer((_req, res) => { res.statusCode = 500; res.end('boom'); });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    await assert.rejects(llmClaims(TEXT, { language: 'en' }, { url: `http://127.0.0.1:${port}`, model: 'm' }), { code: 'OPS_ERR_EXTRACT_LLM' });
  } finally {
    server.close();
  }
});
