/**
 * The addressee of a call is never its claimant. An official whose role names no state ("Secretary of
 * State X", "Ministerin X", "国务卿X") takes the state the sentence names, but not the state of the
 * party addressed after the appeal verb ("called on the Chinese authorities", "a appelé les autorités
 * chinoises", "призвала китайские власти", "呼吁中国当局"). Negative case: a role that names its own
 * state still speaks for it, and the addressee stays the call's target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; bare: string; named: string }> = [
  {
    lang: 'en',
    bare: 'Secretary of State Jane Doe called on the Chinese authorities to investigate the intrusions.',
    named: 'The American Secretary of State Jane Doe called on the Chinese authorities to investigate the intrusions.',
  },
  {
    lang: 'fr',
    bare: "La secrétaire d'État Jane Doe a appelé les autorités chinoises à enquêter sur les intrusions.",
    named: "La secrétaire d'État américaine Jane Doe a appelé les autorités chinoises à enquêter sur les intrusions.",
  },
  {
    lang: 'de',
    bare: 'Ministerin Jane Doe forderte die chinesischen Behörden auf, die Angriffe zu untersuchen.',
    named: 'Die US-Ministerin Jane Doe forderte die chinesischen Behörden auf, die Angriffe zu untersuchen.',
  },
  {
    lang: 'es',
    bare: 'La secretaria de Estado Jane Doe instó a las autoridades chinas a investigar las intrusiones.',
    named: 'La secretaria de Estado estadounidense Jane Doe instó a las autoridades chinas a investigar las intrusiones.',
  },
  {
    lang: 'vi',
    bare: 'Bộ trưởng Jane Doe kêu gọi chính quyền Trung Quốc điều tra các vụ xâm nhập.',
    named: 'Bộ trưởng Ngoại giao Mỹ Jane Doe kêu gọi chính quyền Trung Quốc điều tra các vụ xâm nhập.',
  },
  {
    lang: 'zh',
    bare: '部长简·多伊呼吁中国当局调查这些入侵事件。',
    named: '美国国务卿简·多伊呼吁中国当局调查这些入侵事件。',
  },
];

for (const c of CASES) {
  test(`${c.lang}: the state addressed after an appeal verb does not make the call`, () => {
    const cs = claimsOf(c.bare, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'CN'), show(cs));
  });
  test(`${c.lang}: a role naming its own state still calls on the addressee (negative)`, () => {
    const cs = claimsOf(c.named, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'calls-for' && x.target === 'CN'), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'CN'), show(cs));
  });
}
