import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentDocument } from '../../src/extract/segment.ts';

test('title line, Source line and sentences keep offsets into the whole text', () => {
  const text = 'Ministry rejects hacking claims\nMr. Smith said the U.S. government was wrong. He added more.\n\nSecond paragraph here.\nSource: https://example.org/a?b=1\n';
  const doc = segmentDocument(text, 'en');
  assert.equal(doc.title?.text, 'Ministry rejects hacking claims');
  assert.equal(doc.source?.url, 'https://example.org/a?b=1');
  assert.equal(text.slice(doc.source!.start, doc.source!.end), 'https://example.org/a?b=1');
  assert.ok(doc.bodyEnd <= text.indexOf('Source:'));
  const body = doc.sentences.filter((s) => !s.title).map((s) => s.text);
  // "Mr." and "U.S." do not end sentences.
  assert.deepEqual(body, ['Mr. Smith said the U.S. government was wrong.', 'He added more.', 'Second paragraph here.']);
  for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(!doc.sentences.some((s) => s.text.includes('Source')));
});

test('a first line ending like a sentence is body, not a title (no Source line)', () => {
  const doc = segmentDocument('Ông cho biết, Hà Nội luôn sẵn sàng đối thoại.\nDòng thứ hai.', 'vi');
  assert.equal(doc.title, null);
  assert.equal(doc.source, null);
  assert.equal(doc.sentences.length, 2);
});

test('Chinese sentences split on 。 and a sentence inside an open quotation is marked', () => {
  const text = '他表示，“美方的指控毫无根据。这是政治操弄。”他还说了别的。';
  const doc = segmentDocument(text, 'zh');
  assert.deepEqual(doc.sentences.map((s) => s.text), ['他表示，“美方的指控毫无根据。', '这是政治操弄。”', '他还说了别的。']);
  assert.deepEqual(doc.sentences.map((s) => s.inQuote), [false, true, false]);
});
