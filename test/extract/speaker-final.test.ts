/**
 * A speaker-final attribution: a full clause, a comma, then the speaker's noun phrase and the speech verb closing
 * the sentence ("…，该国外交部表示。", "..., hãng bảo mật X cho biết.", "..., an analyst at the firm X said."). The
 * speaker claims the clause before the comma. A verb with its own object or clause after it is no such frame.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant}|${c.stance}|${c.about.join(',')}`);

test('zh: "…，该国外交部表示。" — the ministry closing the sentence claims the clause before the comma', () => {
  const got = claims('简报\n黑客组织APT28上月对瑞典议会的邮件系统发动了网络攻击，瑞典外交部表示。\nSource: x', 'zh');
  assert.deepEqual(got, ['SE|attributes|APT28']);
});

test('zh: a firm with its noun phrase and a time adjunct before "称"', () => {
  const got = claims('简报\n黑客组织APT28入侵了多家欧洲银行的内部网络，美国网络安全公司Mandiant周二称。\nSource: x', 'zh');
  assert.deepEqual(got, ['Mandiant|attributes|APT28']);
});

test('zh: "…，X表示将展开调查" — the verb takes its own object: no claim on the clause before', () => {
  assert.deepEqual(claims('简报\n黑客组织APT28上月对瑞典议会的邮件系统发动了网络攻击，瑞典外交部表示将展开调查。\nSource: x', 'zh'), []);
});

test('vi: "…, người phát ngôn Bộ Ngoại giao X cho biết." — the ministry claims', () => {
  const got = claims('Tin\nNhóm tin tặc APT28 đã tấn công hệ thống thư điện tử của quốc hội Thụy Điển, người phát ngôn Bộ Ngoại giao Thụy Điển cho biết.\nSource: x', 'vi');
  assert.deepEqual(got, ['SE|attributes|APT28']);
});

test('vi: an analyst of a firm and a time adjunct before the end', () => {
  const got = claims('Tin\nNhóm tin tặc APT28 đã tấn công nhiều ngân hàng châu Âu, một nhà phân tích của công ty Mandiant cho biết hôm thứ Ba.\nSource: x', 'vi');
  assert.deepEqual(got, ['Mandiant|attributes|APT28']);
});

test('vi: "…, X cho biết sẽ mở một cuộc điều tra" — the verb has its own object: no claim', () => {
  assert.deepEqual(claims('Tin\nNhóm tin tặc APT28 đã tấn công hệ thống thư điện tử của quốc hội Thụy Điển, Bộ Ngoại giao Thụy Điển cho biết sẽ mở một cuộc điều tra.\nSource: x', 'vi'), []);
});

test('en: a long role phrase before the firm closing the sentence', () => {
  const got = claims('Brief\nThe APT28 group broke into the networks of several European banks, a senior analyst at the US cybersecurity company Mandiant said.\nSource: x', 'en');
  assert.deepEqual(got, ['Mandiant|attributes|APT28']);
});

test('en: the same speaker with its own clause after the verb claims nothing of the clause before', () => {
  assert.deepEqual(claims('Brief\nThe APT28 group broke into the networks of several European banks, a senior analyst at the US cybersecurity company Mandiant said it was still studying the samples.\nSource: x', 'en'), []);
});
