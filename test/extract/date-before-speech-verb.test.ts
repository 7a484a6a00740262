/**
 * A date or time between a speaking subject and its verb ("Velmora 11月30日披露", "海川信安公司周二证实",
 * "Công ty Velmora ngày 5/3 cho biết", "Компания Velmora 5 марта сообщила"): it tells when the subject spoke and
 * holds no party, so the subject still speaks. In Han text the number before "月"/"日" opens that date and is no
 * part of a Latin-script name before it. A full name glossed once in Latin letters names the company a later
 * mention gives by its proper name and another kind word. A date inside what is said, or a subject that is hit
 * rather than speaking, makes no speaker. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SPEAKS: Array<[string, string, string, string]> = [
  ['zh', 'Velmora 11月30日披露，黑客组织APT41入侵了东南亚多家电信运营商。', 'Velmora', 'APT41'],
  ['zh', 'Velmora11月30日表示，针对港口的攻击由APT41实施。', 'Velmora', 'APT41'],
  ['zh', '网络安全公司Velmora今天上午发布报告称，APT41入侵了多家航运企业。', 'Velmora', 'APT41'],
  ['zh', '海川信安公司3月5日证实，APT41入侵了其客户网络。', '海川信安', 'APT41'],
  ['zh', '海川信安公司当地时间7日晚间表示，APT41入侵了其客户网络。', '海川信安', 'APT41'],
  // Traditional characters
  ['zh', '海川資安公司7日證實，APT41入侵了其客戶網路。', '海川資安', 'APT41'],
  ['zh', 'Velmora 2024年5月8日指出，APT41入侵了台灣多家半導體企業。', 'Velmora', 'APT41'],
  ['vi', 'Công ty Velmora ngày 5/3 cho biết nhóm tin tặc APT41 đã tấn công các ngân hàng.', 'Velmora', 'APT41'],
  ['vi', 'Công ty Velmora hôm thứ Ba cho biết nhóm tin tặc APT41 đã tấn công các ngân hàng.', 'Velmora', 'APT41'],
  ['ru', 'Компания Velmora 5 марта сообщила, что за атакой на порты стоит группировка APT41.', 'Velmora', 'APT41'],
  ['ru', 'Компания Velmora во вторник сообщила, что за атакой на порты стоит группировка APT41.', 'Velmora', 'APT41'],
];
for (const [lang, body, claimant, target] of SPEAKS) {
  test(`${lang}: a date between the subject and its verb leaves the subject speaking: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => /\d/u.test(c.claimant ?? '')), show(cs));
  });
}

test('zh: a company glossed once by its full name is the one that later speaks by its proper name', () => {
  const cs = claimsOf('美国财政部宣布制裁北京海川信安科技集团股份有限公司（Velmora Group）。海川信安公司当天发布声明称，公司坚决反对美方的不实指控，从未参与APT41的活动。', 'zh');
  assert.ok(cs.some((c) => c.claimant === 'Velmora Group' && c.stance === 'denies'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === '海川信安'), show(cs));
});

const NO_SPEAKER: Array<[string, string]> = [
  // the date is the time of the attack the subject suffered, told with a passive marker
  ['zh', 'Velmora 11月30日遭到APT41攻击，其客户数据被窃取。'],
  // the date modifies a noun: the company's servers of that day, no subject that speaks
  ['zh', '海川信安公司11月30日的服务器日志显示，APT41曾多次登录。'],
  ['zh', 'Velmora 3月的营收下降，APT41的攻击影响了其业务。'],
];
for (const [lang, body] of NO_SPEAKER) {
  test(`${lang}: a date that belongs to what follows makes no speaker: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Velmora' || c.claimant === '海川信安'), show(cs));
  });
}

test('zh: a date inside what is said stays out of the speaker', () => {
  const cs = claimsOf('Velmora表示，11月30日发生的攻击由APT41实施。', 'zh');
  assert.ok(attributes(cs, 'Velmora', 'APT41'), show(cs));
  assert.ok(!cs.some((c) => /\d/u.test(c.claimant ?? '')), show(cs));
});
