/**
 * Co-speakers joined by the traditional Chinese coordinator "與" ("美國與日本發布聲明，指…"): each says the words, as
 * with the simplified "与" and "和". Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  '美國與日本發布聲明，指BlackTech入侵了日本公司。',
  '美国与日本发布声明，指BlackTech入侵了日本公司。',
  '英國與澳洲表示，APT40入侵了政府網路。',
]) {
  test(`zh: speakers joined by 與/与 each attribute: ${body.slice(0, 20)}`, () => {
    const cs = claimsOf(body, 'zh', { title: '网络攻击：黑客' });
    // No state named for the group: the group itself is the accused (the labelling convention).
    const group = body.includes('英') ? 'Leviathan' : 'BlackTech';
    assert.ok(attributes(cs, body.includes('英') ? 'GB' : 'US', group), show(cs));
    assert.ok(attributes(cs, body.includes('英') ? 'AU' : 'JP', group), show(cs));
  });
}
