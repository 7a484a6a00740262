import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, hasClaimLexicon } from '../../src/extract/language.ts';

test('detects the five extraction languages and falls back to und', () => {
  assert.equal(detectLanguage('The foreign ministry rejected the accusations and called for dialogue with its partners.'), 'en');
  assert.equal(detectLanguage('Bộ Ngoại giao hôm qua bác bỏ mọi cáo buộc và kêu gọi đối thoại với các đối tác.'), 'vi');
  assert.equal(detectLanguage('外交部发言人表示，中方坚决反对这种毫无根据的指控。'), 'zh');
  assert.equal(detectLanguage('Министерство иностранных дел отвергло обвинения и призвало к диалогу.'), 'ru');
  assert.equal(detectLanguage("Le ministère des Affaires étrangères a rejeté les accusations et appelé au dialogue."), 'fr');
  assert.equal(detectLanguage('   '), 'und');
  assert.ok(hasClaimLexicon('vi'));
  assert.ok(!hasClaimLexicon('ja'));
});

test('answers und when unsure or when the detector names a language nobody writes news in', () => {
  // Too short, or no language the n-gram model prefers clearly.
  assert.equal(detectLanguage('Hello'), 'und');
  assert.equal(detectLanguage('asdkjh qwe zxcv'), 'und');
  // tinyld knows Klingon, Latin and Esperanto; an article is never written in them.
  assert.equal(detectLanguage("qa'pla nuqneH tlhIngan Hol Dajatlh'a'"), 'und');
  // Real languages without claim cues are still named.
  assert.equal(detectLanguage('Il governo italiano ha condannato gli attacchi informatici contro i ministeri.'), 'it');
  assert.equal(detectLanguage('Rząd Polski potępił cyberataki na ministerstwa.'), 'pl');
  assert.equal(detectLanguage('정부는 사이버 공격을 비난했다'), 'ko');
});
