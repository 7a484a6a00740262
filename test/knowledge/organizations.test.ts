import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResolver, loadDefaultKnowledge } from '../../src/knowledge/index.ts';

const r = defaultResolver();
/** [surface, organisation name, state] for organisations findMentions reports. */
const orgsIn = (text: string, lang: string) =>
  r.findMentions(text, { lang, kinds: ['organization'] }).map((m) => [m.surface, m.entity.name, m.entity.attributedTo?.[0]?.country]);

test('state organisations: each is one entity, an identity attributed to its state', () => {
  const orgs = loadDefaultKnowledge().filter((e) => e.kind === 'organization' && !e.sector);
  const names = orgs.map((o) => o.name);
  assert.equal(new Set(names).size, names.length, 'an organisation is listed twice');
  assert.equal(new Set(orgs.map((o) => o.id)).size, orgs.length);
  for (const o of orgs) {
    assert.equal(o.type, 'identity', o.name);
    assert.match(o.attributedTo?.[0]?.country ?? '', /^[A-Z]{2}$/u, o.name);
  }
});

test('companies: each carries its sector and no state, so a company speaks for itself', () => {
  const companies = loadDefaultKnowledge().filter((e) => e.kind === 'organization' && e.sector);
  assert.ok(companies.length >= 20);
  const slugs = new Set(loadDefaultKnowledge().filter((e) => e.kind === 'sector').map((e) => e.sector));
  for (const c of companies) {
    assert.ok(slugs.has(c.sector), `${c.name}: unknown sector ${c.sector}`);
    assert.equal(c.attributedTo, undefined, c.name);
  }
  const found = r.findMentions('Salt Typhoon breached AT&T, Verizon and Lumen; TV5Monde was hit in 2015.', { lang: 'en', kinds: ['organization'] });
  assert.deepEqual(found.map((m) => [m.surface, m.entity.sector]), [['AT&T', 'telecommunications'], ['Verizon', 'telecommunications'], ['Lumen', 'telecommunications'], ['TV5Monde', 'media']]);
  // Common words that are also company names are not taken for the company.
  assert.deepEqual(r.findMentions('An orange light over three swift boats.', { lang: 'en', kinds: ['organization'] }), []);
});

test('state organisations: a speaking agency resolves to its state in every language', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['en', 'The FBI, CISA and the Treasury Department said the NSA and GCHQ agreed.', [['FBI', 'FBI', 'US'], ['CISA', 'CISA', 'US'], ['Treasury Department', 'US Department of the Treasury', 'US'], ['NSA', 'National Security Agency', 'US'], ['GCHQ', 'GCHQ', 'GB']]],
    ['en', 'The State Department and the Justice Department named OFAC and the Revolutionary Guards.', [['State Department', 'US Department of State', 'US'], ['Justice Department', 'US Department of Justice', 'US'], ['OFAC', 'Office of Foreign Assets Control', 'US'], ['Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'IR']]],
    ['zh', '外交部发言人表示，美国联邦调查局和国家安全部都有说法。', [['外交部', 'Ministry of Foreign Affairs of China', 'CN'], ['联邦调查局', 'FBI', 'US'], ['国家安全部', 'Ministry of State Security', 'CN']]],
    ['ru', 'В МИД России заявили, что ФБР и Госдепартамент лгут, а СВР ни при чём.', [['МИД', 'Ministry of Foreign Affairs of Russia', 'RU'], ['ФБР', 'FBI', 'US'], ['Госдепартамент', 'US Department of State', 'US'], ['СВР', 'SVR', 'RU']]],
    ['vi', 'Bộ Ngoại giao Việt Nam bác cáo buộc của Cục Điều tra Liên bang Mỹ.', [['Bộ Ngoại giao Việt Nam', 'Ministry of Foreign Affairs of Vietnam', 'VN'], ['Cục Điều tra Liên bang', 'FBI', 'US']]],
    ['fr', "L'ANSSI et le BSI accusent le GRU; les Gardiens de la révolution aussi.", [['ANSSI', 'ANSSI', 'FR'], ['BSI', 'Federal Office for Information Security', 'DE'], ['GRU', 'GRU', 'RU'], ['Gardiens de la révolution', 'Islamic Revolutionary Guard Corps', 'IR']]],
  ];
  for (const [lang, text, expect] of cases) assert.deepEqual(orgsIn(text, lang), expect, text);
});

test('state organisations: a bare Vietnamese "Bộ Ngoại giao" is not attributed to any state', () => {
  assert.deepEqual(orgsIn('Người phát ngôn Bộ Ngoại giao cho biết.', 'vi'), []);
});

test('state organisations: the state named with an agency stays a country mention of its own', () => {
  const ms = r.findMentions('Bộ Ngoại giao Trung Quốc và МИД России; 美国联邦调查局', {}).map((m) => [m.surface, m.entity.kind]);
  for (const c of ['Trung Quốc', 'России', '美国']) assert.ok(ms.some(([s, k]) => s === c && k === 'country'), `${c} is not a country mention: ${JSON.stringify(ms)}`);
});

test('captions: "Ảnh" (photo) is not "Anh" (the UK) in running text', () => {
  const countries = r.findMentions('Ảnh: Reuters. Bức ảnh chụp tại Anh.', { lang: 'vi', kinds: ['country'] }).map((m) => m.entity.code);
  assert.deepEqual(countries, ['GB']);
});

test('regions: "North America" is not the United States, in any language', () => {
  const cases: Array<[string, string]> = [
    ['en', 'Targets in North America, South America and Latin America.'],
    ['vi', 'Các mục tiêu ở Bắc Mỹ, Nam Mỹ và Mỹ Latinh.'],
    ['fr', 'Des cibles en Amérique du Nord et en Amérique latine.'],
    ['ru', 'Цели в Северной Америке и Латинской Америке.'],
  ];
  for (const [lang, text] of cases) {
    const ms = r.findMentions(text, { lang, kinds: ['country', 'region'] });
    assert.deepEqual(ms.filter((m) => m.entity.kind === 'country').map((m) => m.surface), [], text);
    assert.ok(ms.length >= 2 && ms.every((m) => m.entity.kind === 'region' && m.entity.type === 'location'), text);
  }
  // The country itself is still found next to a region.
  assert.deepEqual(r.findMentions('Mỹ và các nước Bắc Mỹ.', { lang: 'vi', kinds: ['country', 'region'] }).map((m) => m.entity.code ?? m.entity.region), ['US', 'northern-america']);
});
