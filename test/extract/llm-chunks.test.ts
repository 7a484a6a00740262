/**
 * Long articles for the LLM: chunks of whole sentences within a token budget, broken where a
 * paragraph ends when one is near, a sentence over the budget cut between words (also in unspaced
 * Chinese); the discourse carried into the next chunk's prompt (the speaker and operation of the
 * last claim the model found, else what the rules saw before the chunk); answers cached by model,
 * prompt version and messages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { extractWithLlm, MemoryAnswerCache } from '../../src/extract/llm.ts';
import { chunkText, estimateTokens, halveChunk } from '../../src/extract/llm/chunks.ts';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { article, playRecorded, type Recorded } from './llm-server.ts';

const resolver = defaultResolver();

function paragraphs(n: number, sentence: (i: number) => string, perParagraph: number): string {
  const out: string[] = [];
  for (let p = 0; p < n; p++) out.push(Array.from({ length: perParagraph }, (_, i) => sentence(p * perParagraph + i)).join(' '));
  return out.join('\n\n');
}

function checkChunks(text: string, chunks: ReturnType<typeof chunkText>, budget: number): void {
  let last = 0;
  for (const c of chunks) {
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(c.start >= last, 'in order, no overlap');
    assert.ok(estimateTokens(c.text) <= budget, `chunk within ${budget} tokens: ${estimateTokens(c.text)}`);
    assert.ok(!/\S/.test(text.slice(last, c.start)), 'nothing left out between chunks');
    last = c.end;
  }
  assert.ok(!/\S/.test(text.slice(last)), 'nothing left out at the end');
}

test('chunks are whole sentences within the budget, broken at paragraph ends when one is near', () => {
  const text = paragraphs(6, (i) => `Officials in the capital described incident number ${i} as part of a long campaign against grid operators.`, 4);
  const chunks = chunkText(text, 'en', 200);
  assert.ok(chunks.length >= 3);
  checkChunks(text, chunks, 200);
  for (const c of chunks) assert.match(c.text, /\.$/, 'ends at a sentence end');
  // at least one break falls where a paragraph ends rather than inside one
  assert.ok(chunks.slice(0, -1).some((c) => text.slice(c.end, c.end + 2) === '\n\n'));
});

test('a sentence over the budget is cut between words; Chinese and Russian too', () => {
  const en = `The report listed ${Array.from({ length: 120 }, (_, i) => `server${i}`).join(', ')} as compromised.`;
  const zh = `报告列出了${'被入侵的服务器和网络设备'.repeat(40)}等目标。`;
  const ru = `В докладе перечислены ${Array.from({ length: 80 }, (_, i) => `узел${i}`).join(', ')} как взломанные.`;
  for (const [text, lang] of [[en, 'en'], [zh, 'zh'], [ru, 'ru']] as const) {
    const chunks = chunkText(text, lang, 100);
    assert.ok(chunks.length > 1, `${lang}: cut`);
    checkChunks(text, chunks, 100);
  }
  const halves = halveChunk({ start: 10, end: 10 + en.length, text: en }, 'en');
  assert.ok(halves && halves[0].end <= halves[1].start && halves[1].end === 10 + en.length);
});

const answer = (claims: unknown[]): Recorded => ({ body: { choices: [{ message: { role: 'assistant', content: JSON.stringify({ claims }) }, finish_reason: 'stop' }] } });

test('the speaker and the operation under discussion are carried into the next chunk', async () => {
  const text = article('en');
  const x = extract(text);
  const p = await playRecorded([
    answer([{ claimant: 'Australia', stance: 'attributes', about: ['APT40'], quote: 'Canberra accuses Beijing over breaches at two power companies' }]),
    answer([]),
    answer([]),
    answer([]),
    answer([]),
  ]);
  try {
    const out = await extractWithLlm(text, x, { url: p.url, model: 'm', chunkTokens: 80 }, { resolver });
    assert.ok(out.stats.chunks >= 3, `chunks: ${out.stats.chunks}`);
    const users = p.requests.map((r) => r.body.messages![1]!.content);
    assert.match(users[0]!, /^Part 1 of \d+ of one article\.\n\nText:\n/);
    // the model's last claim of part 1 names who spoke and what about
    assert.match(users[1]!, /Speaking at the end of the previous part: Australia\./);
    assert.match(users[1]!, /Operation under discussion at the end of the previous part: APT40\./);
    // part 2 gave nothing: the next parts carry what the rules saw before them (their last speaker, the group they linked)
    assert.match(users[2]!, /Speaking at the end of the previous part: AU\./);
    assert.match(users[3]!, /Operation under discussion at the end of the previous part: Leviathan\./);
  } finally {
    await p.close();
  }
});

test('answers are cached by model, prompt version and messages: the same article is not asked twice', async () => {
  const text = article('en');
  const x = extract(text);
  const cache = new MemoryAnswerCache();
  const p = await playRecorded(['ollama-v1-chat', 'ollama-v1-chat']);
  try {
    const first = await extractWithLlm(text, x, { url: p.url, model: 'm' }, { resolver, cache });
    assert.equal(p.requests.length, 1);
    const again = await extractWithLlm(text, x, { url: p.url, model: 'm' }, { resolver, cache });
    assert.equal(p.requests.length, 1, 'answered from the cache');
    assert.equal(again.stats.cached, 1);
    assert.deepEqual(again.claims, first.claims);
    await extractWithLlm(text, x, { url: p.url, model: 'another' }, { resolver, cache });
    assert.equal(p.requests.length, 2, 'another model is asked');
  } finally {
    await p.close();
  }
  // a failed or cut-short answer is never kept
  const failing = await playRecorded(['malformed-json', 'truncated-length', 'half-1', 'half-2']);
  try {
    const c2 = new MemoryAnswerCache();
    await extractWithLlm(text, x, { url: failing.url, model: 'm' }, { resolver, cache: c2 });
    await extractWithLlm(text, x, { url: failing.url, model: 'm' }, { resolver, cache: c2 });
    assert.equal(failing.requests.length, 4, 'the malformed answer was asked again; the halves were kept, not the cut-short whole');
  } finally {
    await failing.close();
  }
});
