/**
 * "Stop" as an appeal ("敦促美方停止", "kêu gọi Mỹ ngừng", "urged Washington to cease") is a call; "stop" told
 * as done, with a mark of completed aspect ("已停止技术支持的路由器", "thiết bị đã ngừng được hỗ trợ",
 * "routers that ceased receiving updates"), describes a state of things and calls on no one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DONE = [
  { lang: 'zh', text: '美国联邦调查局称，中国黑客利用已停止技术支持的老旧路由器隐藏攻击来源。' },
  { lang: 'zh', text: '美方称，被清除的路由器多为已停止技术支持的老旧设备，中国黑客利用这些设备隐藏攻击来源。' },
  { lang: 'vi', text: 'Mỹ cho biết các bộ định tuyến bị xóa phần lớn là thiết bị cũ đã ngừng được hỗ trợ kỹ thuật, bị tin tặc Trung Quốc lợi dụng để che giấu các cuộc tấn công.' },
  { lang: 'en', text: 'The FBI said the old routers, which ceased receiving updates, were used by Chinese hackers to hide the source of their attacks.' },
];

for (const c of DONE) {
  test(`${c.lang}: a stop told as done is no call`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}

const APPEALS = [
  { lang: 'zh', text: '中方敦促美方停止对中国的网络攻击。', claimant: 'CN', target: 'US' },
  { lang: 'vi', text: 'Trung Quốc kêu gọi Mỹ ngừng các cuộc tấn công mạng vào các trường đại học Trung Quốc.', claimant: 'CN', target: 'US' },
  { lang: 'en', text: 'China urged the United States to cease its cyberattacks against Chinese universities.', claimant: 'CN', target: 'US' },
];

for (const c of APPEALS) {
  test(`${c.lang}: a stop called for is still a call`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(cs.some((x) => x.stance === 'calls-for' && x.claimant === c.claimant && x.target === c.target), show(cs));
  });
}
