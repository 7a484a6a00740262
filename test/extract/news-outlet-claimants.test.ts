/**
 * News outlets as claimants, on sentences written for these tests: an agency, newspaper or broadcaster
 * that reports a finding ("selon Le Soir", "laut Spiegel", "据《环球时报》报道", "по данным «Коммерсанта»",
 * "theo báo Tuổi Trẻ", "según la agencia EFE") makes the claim under its usual English name; an outlet
 * that is only hacked, or whose reporter only asks, makes none; an outlet's name opening a longer name
 * ("The Guardian Council") is not the outlet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';
import { NEWS_OUTLETS, NEWS_OUTLET_FORMS } from '../../src/knowledge/data/news-outlets.ts';
import { COMPANIES } from '../../src/knowledge/data/company-list.ts';

/** [lang, sentence, outlet, target] */
const REPORTS: Array<[string, string, string, string]> = [
  ['fr', "Selon Le Soir, le groupe APT28, lié au renseignement militaire russe, est à l'origine de l'attaque contre le ministère.", 'Le Soir', 'RU'],
  ['de', 'Laut Spiegel steckt die russische Hackergruppe APT28 hinter dem Angriff auf die SPD.', 'Der Spiegel', 'RU'],
  ['de', 'Laut Süddeutscher Zeitung steckt Russland hinter dem Cyberangriff auf den Bundestag.', 'Süddeutsche Zeitung', 'RU'],
  ['zh', '据《环球时报》报道，美国国家安全局对西北工业大学发动了网络攻击。', 'Global Times', 'US'],
  ['zh', '据南华早报报道，中国黑客入侵了菲律宾政府网络。', 'South China Morning Post', 'CN'],
  ['zh', '据中央社报道，中国黑客攻击了台湾政府网站。', 'Central News Agency', 'CN'],
  ['ru', 'По данным «Коммерсанта», за кибератакой на Минобороны стоит Украина.', 'Kommersant', 'UA'],
  ['ru', 'По данным «Ведомостей», за атакой на Минобороны стоит Украина.', 'Vedomosti', 'UA'],
  ['ru', 'Как сообщил «Интерфакс», за атакой стоят украинские хакеры.', 'Interfax', 'UA'],
  ['vi', 'Theo báo Tuổi Trẻ, Trung Quốc đứng sau vụ tấn công mạng nhằm vào các cơ quan chính phủ.', 'Tuoi Tre', 'CN'],
  ['vi', 'Theo hãng tin Reuters, Nga đứng sau vụ tấn công mạng nhằm vào các cơ quan chính phủ.', 'Reuters', 'RU'],
  ['vi', 'Theo VnExpress, Trung Quốc đứng sau vụ tấn công mạng nhằm vào các cơ quan chính phủ.', 'VnExpress', 'CN'],
  ['es', 'Según la agencia EFE, Rusia está detrás del ciberataque contra el Ministerio de Defensa.', 'EFE', 'RU'],
  ['en', 'Reuters reported that Chinese state hackers were behind the breach of the Treasury.', 'Reuters', 'CN'],
];
for (const [lang, sentence, outlet, target] of REPORTS) {
  test(`${lang}: ${outlet} reporting a finding is its claimant`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, outlet, target), show(cs));
  });
}

test('en: an outlet that is only hacked makes no claim', () => {
  const cs = claimsOf('Hackers linked to Russia breached the systems of Reuters, officials said.', 'en');
  assert.equal(cs.filter((c) => c.claimant === 'Reuters').length, 0, show(cs));
});

test("en: a Reuters reporter's question is not Reuters's claim", () => {
  const cs = claimsOf('A Reuters reporter asked the minister whether China was behind the attack.', 'en');
  assert.equal(cs.filter((c) => c.claimant === 'Reuters').length, 0, show(cs));
});

test('en: an outlet name opening a longer name is not the outlet', () => {
  const cs = claimsOf('The Guardian Council said Israel was behind the cyberattack.', 'en');
  assert.equal(cs.filter((c) => c.claimant === 'The Guardian').length, 0, show(cs));
});

test('the outlet list: unique names, no form of two outlets, none known as a company', () => {
  const names = NEWS_OUTLETS.map((o) => o.name);
  assert.equal(new Set(names).size, names.length);
  const owner = new Map<string, string>();
  for (const f of NEWS_OUTLET_FORMS) {
    assert.ok(!owner.has(f.form) || owner.get(f.form) === f.name, `${f.form}: ${owner.get(f.form)} and ${f.name}`);
    owner.set(f.form, f.name);
  }
  const companyNames = new Set(COMPANIES.flatMap((c) => [c.name, ...Object.values(c.aliases ?? {}).flat()]));
  for (const f of NEWS_OUTLET_FORMS) assert.ok(!companyNames.has(f.form), f.form);
});
