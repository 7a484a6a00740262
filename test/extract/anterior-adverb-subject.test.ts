/**
 * An adverb of anteriority between a bare name and its verb ("Kavora earlier confirmed", "Kavora a
 * auparavant reconnu", "Kavora trước đó đã thừa nhận"): the name, written again inside a sentence elsewhere,
 * is still the subject of the verb, an organisation, and confirms its own hit. A name written nowhere else,
 * or a plain noun opening the sentence, is no organisation. Sentences written for these tests; the company is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('a recurring name before an adverb of anteriority and its verb confirms its hit (en, fr, vi)', () => {
  assert.deepEqual(claims('Hackers hit Kavora last year. Kavora earlier confirmed the breach.', 'en'), ['Kavora confirms Kavora']);
  assert.deepEqual(claims('Des pirates ont visé Kavora. Kavora a auparavant reconnu la fuite de données.', 'fr'), ['Kavora confirms Kavora']);
  assert.deepEqual(claims('Tin tặc đã tấn công Kavora. Kavora trước đó đã thừa nhận sự cố xâm nhập này.', 'vi'), ['Kavora confirms Kavora']);
});

test('a name written nowhere else, or a plain noun, before the adverb is no organisation (en, vi)', () => {
  assert.deepEqual(claims('Hackers hit the firm. Kavora earlier confirmed the breach.', 'en'), []);
  assert.deepEqual(claims('Investigators studied the breach. Investigators earlier confirmed the breach.', 'en'), []);
  assert.deepEqual(claims('Tin tặc đã tấn công công ty. Kavora trước đó đã thừa nhận sự cố xâm nhập này.', 'vi'), []);
});
