/**
 * Security vendors of several countries are claimants under the English name their reports go by, also
 * when the text writes them in its own script (lexicons/sources.ts): a Chinese article's "安天" is Antiy,
 * a Russian article's «Доктор Веб» is Dr.Web. Without the list, a two-character Han name or a
 * transliterated brand is no organisation and the attribution it makes is lost. Sentences invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, sentence: string, claimant: string, target: string]> = [
  ['zh', '安天发布报告称，该黑客组织多年来针对邻国政府机构发动网络攻击，并与印度存在关联。', 'Antiy', 'IN'],
  ['zh', '微步在线的分析人员指出，这批网络攻击的基础设施来自俄罗斯。', 'ThreatBook', 'RU'],
  ['zh', '绿盟科技研究人员表示，发动此次网络攻击的组织与朝鲜有关。', 'NSFOCUS', 'KP'],
  ['zh-Hant', '杜浦數位安全研究團隊表示，這波網路攻擊與中國有關。', 'TeamT5', 'CN'],
  ['ru', 'Компания «Доктор Веб» сообщила, что атака на завод была организована хакерами, связанными с Китаем.', 'Dr.Web', 'CN'],
  ['ru', 'Специалисты Solar 4RAYS заявили, что за взломом стоит хакерская группировка, связанная с Украиной.', 'Rostelecom-Solar', 'UA'],
  ['ru', 'В F.A.C.C.T. считают, что хакерская группировка действует в интересах Северной Кореи.', 'F.A.C.C.T.', 'KP'],
  ['en', 'Team Cymru said the servers behind the intrusion pointed to Russia.', 'Team Cymru', 'RU'],
  ['en', 'Researchers at ClearSky said the phishing campaign was run by hackers working for Iran.', 'ClearSky', 'IR'],
  ['de', 'Die Forscher von HarfangLab führen die Spionagekampagne auf eine Gruppe zurück, die im Auftrag Chinas arbeitet.', 'HarfangLab', 'CN'],
];

test('vendors written in their own script or under a brand are claimants under their English name', () => {
  for (const [lang, sentence, claimant, target] of CASES) {
    const cs = claimsOf(sentence, lang === 'zh-Hant' ? 'zh' : lang);
    assert.ok(attributes(cs, claimant, target), `${lang}: ${sentence} -> ${show(cs)}`);
  }
});

test('a vendor name inside a longer word or a product name is no claimant', () => {
  // "安天" alone is the vendor; the news outlet's byline is no claimant of the attribution it reports.
  const cs = claimsOf('据报道，美国官员称这些网络攻击与伊朗有关。', 'zh');
  assert.ok(!cs.some((c) => c.claimant === 'Antiy'), show(cs));
});
