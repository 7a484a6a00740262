/**
 * Platform companies speak under their English name whatever script the article writes them in
 * (lexicons/sources.ts): a Chinese "苹果公司否认" is Apple's denial, a Russian "обвинила Эппл" accuses
 * Apple. Sentences invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('platform companies written in another script are claimants and accused under their English name', () => {
  const zh = claimsOf('苹果公司否认曾协助外国情报机构入侵用户手机，并表示从未在产品中设置后门。', 'zh');
  assert.ok(zh.some((c) => c.claimant === 'Apple' && c.stance === 'denies'), show(zh));
  const ru = claimsOf('ФСБ обвинила Эппл в том, что компания помогала иностранной разведке взламывать телефоны дипломатов.', 'ru');
  assert.ok(ru.some((c) => c.target === 'Apple' && (c.stance === 'accuses' || c.stance === 'attributes')), show(ru));
  const zh2 = claimsOf('华为表示，其位于欧洲的数据中心遭到网络攻击，部分系统被迫下线。', 'zh');
  assert.ok(zh2.some((c) => c.claimant === 'Huawei' && c.stance === 'confirms'), show(zh2));
});
