/**
 * Chinese names count a token per character: an agency's full name ("国家计算机病毒应急处理中心", thirteen
 * characters; "国家计算机网络应急技术处理协调中心", seventeen) was longer than the twelve tokens a name
 * might hold, so it was never found in running text and its statements had no speaker. A Latin name still
 * holds at most twelve words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResolver } from '../../src/knowledge/index.ts';
import { extract } from '../../src/extract/extract.ts';

test('a thirteen-character Chinese agency name is found in running text', () => {
  const found = defaultResolver().findMentions('国家计算机病毒应急处理中心表示，', { lang: 'zh' });
  assert.deepEqual(found.map((m) => m.entity.name), ['National Computer Virus Emergency Response Center']);
});

test('the agency then speaks for its state', () => {
  const x = extract('网络攻击\n\n国家计算机病毒应急处理中心表示，美国国家安全局多年来对我国实施了恶意网络攻击。\n', { lang: 'zh' });
  assert.ok(x.claims.some((c) => c.claimant === 'CN' && c.target === 'US'), JSON.stringify(x.claims.map((c) => [c.claimant, c.stance, c.target])));
});
