/**
 * An audit of the Chinese cue profile (lexicons/zh.ts) for ordinary words of news, press conferences, embassy
 * statements, advisories and vendor blogs, in simplified and traditional forms and Taiwan and Hong Kong usage:
 * speech verbs ("告诉记者", "写道", "斷定"), role nouns and the references back to a speaker or a company ("次長",
 * "新闻秘书", "該公司", "這位發言人"), accusation ("控诉", "控告", "归罪于"), warning ("告诫", "回擊"),
 * admission ("坦承") and appeal ("吁请", "籲", "敦请", "督促", "奉勸"). Negatives: near misses that tell no claim,
 * or the other reading. Sentences written for this test.
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
  'warning and admission': [
    ['英国国家网络安全中心告诫企业，朝鲜黑客组织Lazarus正在攻击加密货币交易所。', 'GB', 'warns', 'KP'],
    ['英國國家網路安全中心告誡企業，北韓駭客組織Lazarus正在攻擊加密貨幣交易所。', 'GB', 'warns', 'KP'],
    ['中國外交部表示，中方將予以堅決回擊。', 'CN', 'warns'],
    ['Okta公司坦承遭北韓駭客組織Lazarus入侵。', 'Okta', 'confirms'],
  ],
  appeal: [
    ['欧盟吁请俄罗斯停止恶意网络活动。', 'EU', 'calls-for'],
    ['歐盟籲請俄羅斯停止惡意網路活動。', 'EU', 'calls-for'],
    ['台灣外交部籲中國停止網路攻擊。', 'TW', 'calls-for'],
    ['欧盟敦请俄罗斯停止恶意网络活动。', 'EU', 'calls-for'],
    ['日本政府督促朝鲜停止网络攻击。', 'JP', 'calls-for'],
    ['中國外交部奉勸美方停止抹黑。', 'CN', 'calls-for'],
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
  // A supervisor urging its own staff addresses no party.
  ['日本政府督促各部门更新软件。', 'JP', 'attributes'],
  // An admission of a shortcoming, no hit.
  ['Okta公司坦承其客服流程存在不足。', 'Okta', 'confirms'],
  // An appeal to the public to stay vigilant warns of no party.
  ['美國財政部指責中國駭客組織APT41入侵。中國國家安全部呼籲民眾提高警惕。', 'CN', 'warns'],
  // The one who urged is not the one urged.
  ['欧盟吁请俄罗斯停止恶意网络活动。', 'RU', 'calls-for'],
];

for (const [body, claimant, stance, target] of NEGATIVES) {
  test(`zh near miss (negative): ${body.slice(0, 36)}`, () => {
    const cs = claimsOf(body, 'zh', TITLE);
    assert.ok(!has(cs, claimant, stance, target), show(cs));
  });
}
