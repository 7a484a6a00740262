/**
 * A sector word inside a body's name is no targeted sector: the name its acronym closes, in
 * full-width brackets as in ASCII ones, with the name's capitalised words running on to it; and in
 * Vietnamese, a capitalised sector word after the body word that opens the sentence. The plain
 * sector word in the same sentences stays a sector. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (body: string, lang: string) => extract(`Title\n${body}\nSource: x`, { lang }).sectors.map((s) => s.name).sort();

test('zh: a sector word in a body\'s name closed by a full-width acronym is none', () => {
  assert.ok(!sectors('负责国家通信安全局（NCSB）的部长称，黑客组织曾对议会网络实施入侵。', 'zh').includes('telecommunications'));
  assert.ok(sectors('黑客组织对多家通信运营商实施了网络入侵。', 'zh').includes('telecommunications'));
});

test('en, fr: capitalised words of a name run on to its acronym', () => {
  assert.ok(!sectors('Police accused hackers working for the Information, Communications and Electronic Warfare Command (IECWC) of attacking a firm.', 'en').includes('telecommunications'));
  assert.ok(!sectors("Les pirates du Commandement des Communications et de la Guerre Électronique (CCGE) ont attaqué une entreprise.", 'fr').includes('telecommunications'));
  assert.ok(sectors('The hackers attacked two telecommunications providers in the region.', 'en').includes('telecommunications'));
});

test('vi: a capitalised sector word after the body word opening the sentence is a name', () => {
  assert.ok(!sectors('Bộ Tài chính Mỹ hôm qua trừng phạt một công ty vì các cuộc tấn công mạng.', 'vi').includes('finance'));
  assert.ok(sectors('Tin tặc đã tấn công nhiều ngân hàng trong khu vực.', 'vi').includes('finance'));
});
