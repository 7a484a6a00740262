/**
 * A journalist's question that reports a statement before the clause that asks ("Canada says ...,
 * what is your response?", "美国称……，你对此有何评论？") tells that statement; the clause that asks,
 * and a question that only asks, claim nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('a statement reported before the clause that asks is told (7 languages)', () => {
  const told = ['CA attributes CN'];
  assert.deepEqual(claims('Q: Canada says a Chinese hacking group breached its parliament, what is your response?', 'en'), told);
  assert.deepEqual(claims('Q : Le Canada affirme que des pirates chinois ont piraté son Parlement, quelle est votre réaction ?', 'fr'), told);
  assert.deepEqual(claims('Frage: Kanada sagt, chinesische Hacker seien in sein Parlament eingedrungen, wie reagieren Sie darauf?', 'de'), told);
  assert.deepEqual(claims('P: Canadá afirma que hackers chinos atacaron su Parlamento, ¿cuál es su respuesta?', 'es'), told);
  assert.deepEqual(claims('Вопрос: Канада заявила, что китайские хакеры взломали её парламент, как вы это прокомментируете?', 'ru'), told);
  assert.deepEqual(claims('问：加拿大称中国黑客组织入侵了其议会，你对此有何评论？', 'zh'), told);
  assert.deepEqual(claims('Hỏi: Canada cho rằng tin tặc Trung Quốc đã xâm nhập quốc hội nước này, bà bình luận gì về việc này?', 'vi'), told);
});

test('a question that only asks claims nothing', () => {
  assert.deepEqual(claims('Q: Is China behind the attack on the parliament of Canada?', 'en'), []);
  assert.deepEqual(claims('问：中国黑客组织是否入侵了加拿大议会？', 'zh'), []);
  assert.deepEqual(claims('Is it true, as Canada says, that Chinese hackers breached its parliament?', 'en'), []);
});
