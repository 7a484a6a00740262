/**
 * An audit of the Chinese cue profile (lexicons/zh.ts) for ordinary words of news, press conferences, embassy
 * statements, advisories and vendor blogs, in simplified and traditional forms and Taiwan and Hong Kong usage:
 * speech verbs ("告诉记者", "写道", "斷定"), role nouns and the references back to a speaker or a company ("次長",
 * "新闻秘书", "該公司", "這位發言人"), and accusation ("控诉", "控告", "归罪于"). Negatives: near
 * misses that tell no claim, or the other reading. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const TITLE = { title: 'Cyberattack: state hackers' };

/** Whether a claim of `claimant` with `stance` (and `target`, when given) is among `cs`; accuses counts as attributes. */
function has(cs: ClaimCandidate[], claimant: string, stance: string, target?: string): boolean {
  const same = (s: string): boolean => s === stance || (stance === 'attributes' && s === 'accuses');
  return cs.some((c) => c.claimant === claimant && same(c.stance) && (target === undefined || c.target === target));
}

type Case = readonly [body: string, claimant: string, stance: string, target?: string];

const POSITIVES: Record<string, readonly Case[]> = {
  'speech verbs and speakers': [
    ['荷兰外交部长周二告诉记者，俄罗斯军事情报机构策划了这次网络攻击。', 'NL', 'attributes', 'RU'],
    ['荷蘭外交部長週二告訴記者，俄羅斯軍事情報機構策劃了這次網路攻擊。', 'NL', 'attributes', 'RU'],
    ['Mandiant在博客中写道，与伊朗有关的黑客组织MuddyWater入侵了多家电信公司。', 'Mandiant', 'attributes', 'IR'],
    ['Mandiant在部落格中寫道，與伊朗有關的駭客組織MuddyWater入侵了多家電信公司。', 'Mandiant', 'attributes', 'IR'],
    ['ESET研究人員斷定，北韓駭客組織Lazarus竊取了這批加密貨幣。', 'ESET', 'attributes', 'KP'],
    ['Mandiant週二發布報告。該公司表示，北韓駭客組織Lazarus竊取了用戶資料。', 'Mandiant', 'attributes', 'KP'],
  ],
  accusation: [
    ['瑞典政府控诉俄罗斯黑客组织APT28发动网络攻击。', 'SE', 'attributes', 'RU'],
    ['瑞典政府控訴俄羅斯駭客組織APT28發動網路攻擊。', 'SE', 'attributes', 'RU'],
    ['澳大利亚政府控告中国黑客组织APT40入侵议会网络。', 'AU', 'attributes', 'CN'],
    ['澳洲政府控告中國駭客組織APT40入侵國會網路。', 'AU', 'attributes', 'CN'],
    ['美国司法部控告两名伊朗黑客入侵了水务系统。', 'US', 'attributes', 'IR'],
    ['加拿大政府将此次网络攻击归罪于中国。', 'CA', 'attributes', 'CN'],
  ],
};

for (const [group, cases] of Object.entries(POSITIVES)) {
  for (const [body, claimant, stance, target] of cases) {
    test(`zh ${group}: ${body.slice(0, 36)}`, () => {
      const cs = claimsOf(body, 'zh', TITLE);
      assert.ok(has(cs, claimant, stance, target), show(cs));
    });
  }
}

/** Role nouns before a name: the person is found with the role and speaks for the state. */
for (const [body, name, role, state] of [
  ['台灣數位發展部次長李明哲表示，中國駭客持續攻擊政府網站。', 'Li Mingzhe', '次長', 'TW'],
  ['白宫新闻秘书莎拉·琼斯表示，中国黑客入侵了联邦机构。', 'Sarah Jones', '新闻秘书', 'US'],
  ['白宮新聞秘書莎拉·瓊斯表示，中國駭客入侵了聯邦機構。', 'Sarah Jones', '新聞秘書', 'US'],
] as const) {
  test(`zh role noun before a name: ${body.slice(0, 20)}`, () => {
    const x = extract(`${TITLE.title}\n${body}\nSource: https://example.org/story`, { lang: 'zh' });
    const p = x.people.find((q) => q.role === role);
    assert.ok(p && p.speaks_for === state, JSON.stringify(x.people));
    assert.ok(p.name === name || p.aliases.includes(name), JSON.stringify(x.people));
  });
}

/** Near misses: [body, the claim that must not be made]. */
const NEGATIVES: readonly Case[] = [
  // 被控制 (controlled) is no charge (控告, 控诉).
  ['研究人员发现，被控制的服务器位于越南，用户数据遭到窃取。', 'VN', 'attributes'],
  // A command post is no commander; a consulate is no consul.
  ['俄罗斯驻上海总领事馆周二表示，当地天气晴朗。', 'RU', 'attributes'],
  // 告诉 with no words reported after it.
  ['荷兰外交部长周二告诉记者他将访问俄罗斯。', 'NL', 'attributes', 'RU'],
];

for (const [body, claimant, stance, target] of NEGATIVES) {
  test(`zh near miss (negative): ${body.slice(0, 36)}`, () => {
    const cs = claimsOf(body, 'zh', TITLE);
    assert.ok(!has(cs, claimant, stance, target), show(cs));
  });
}
