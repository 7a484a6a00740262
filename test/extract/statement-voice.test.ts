/**
 * A state body's statement tells its positions as plain acts, with no verb of saying: an act told with its agent
 * ("Атаки осуществляются хакерами X", "menée par X", "由X实施", "do X thực hiện") or an actor told acting ("X hackers
 * broke into ..."). The publisher its title names (publisher.ts) attributes the act. Negatives: the same sentence in a
 * news report (no publisher), in a quotation, in a question, beside another party's attribution ("a firm linked ..."),
 * states named where the act hit, and a plain sentence repeating what the statement already said. Sentences written
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVE: Array<[string, string, string, string, string]> = [
  // An act told with its agent.
  ['ru', 'Заявление МИД России', 'Атаки на информационные системы наших ведомств осуществляются хакерами Эстонии.', 'RU', 'EE'],
  ['fr', 'Communiqué du ministère français des Armées', "Cette opération d'espionnage contre nos diplomates est menée par la Corée du Nord.", 'FR', 'KP'],
  ['zh', '中国外交部声明', '针对我国科研机构的网络攻击由美国情报机构实施。', 'CN', 'US'],
  ['en', 'Statement by the Embassy of Canada in Norway', 'The intrusions into our consular network were carried out by Iranian hackers.', 'CA', 'IR'],
  ['de', 'Erklärung der Bundesregierung', 'Die Angriffe auf die Netze mehrerer Landesbehörden wurden von iranischen Hackern durchgeführt.', 'DE', 'IR'],
  ['es', 'Comunicado del Gobierno de Chile', 'El ataque contra los servidores del ministerio fue perpetrado por hackers de Corea del Norte.', 'CL', 'KP'],
  ['vi', 'Tuyên bố của Bộ Ngoại giao Việt Nam', 'Các cuộc tấn công mạng nhằm vào các bộ ngành do tin tặc Trung Quốc thực hiện.', 'VN', 'CN'],
  // An actor told acting.
  ['en', 'Statement by the Embassy of Canada in Norway', 'Iranian hackers broke into the consular network last month.', 'CA', 'IR'],
  ['fr', 'Communiqué du ministère français des Armées', 'Des pirates nord-coréens ont infiltré la messagerie de nos diplomates au printemps.', 'FR', 'KP'],
  ['zh', '中国外交部声明', '美国情报机构长期对我国科研机构实施网络窃密。', 'CN', 'US'],
  ['ru', 'Заявление МИД России', 'Эстонские хакеры атаковали сайты наших ведомств.', 'RU', 'EE'],
  ['de', 'Erklärung der Bundesregierung', 'Iranische Hacker drangen im Frühjahr in die Netze mehrerer Landesbehörden ein.', 'DE', 'IR'],
  ['es', 'Comunicado del Gobierno de Chile', 'Hackers norcoreanos atacaron los servidores del ministerio en marzo.', 'CL', 'KP'],
  ['vi', 'Tuyên bố của Bộ Ngoại giao Việt Nam', 'Tin tặc Trung Quốc đã tấn công hệ thống thư điện tử của các bộ ngành.', 'VN', 'CN'],
];

const NEWS_TITLE: Record<string, string> = {
  ru: 'Хакеры атаковали сайты ведомств',
  fr: 'Des pirates visent des diplomates',
  zh: '黑客攻击科研机构',
  en: 'Hackers hit a consular network',
  de: 'Angriffe auf Landesbehörden',
  es: 'Ataque contra servidores de un ministerio',
  vi: 'Tin tặc tấn công các bộ ngành',
};

for (const [lang, title, body, claimant, target] of POSITIVE) {
  test(`${lang}: a statement's plain sentence is its publisher's attribution: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
  test(`${lang}: the same sentence in a news report gives nothing (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: NEWS_TITLE[lang] });
    assert.ok(!cs.some((c) => c.target === target), show(cs));
  });
}

const CANADA = 'Statement by the Embassy of Canada in Norway';
const RUSSIA = 'Заявление МИД России';

for (const [lang, title, body, target] of [
  // Quoted words are someone else's.
  ['en', CANADA, '"The intrusions into our consular network were carried out by Iranian hackers."', 'IR'],
  ['ru', RUSSIA, 'В одной газете написано: «Сайты наших ведомств атакуют хакеры. Атаки осуществляются хакерами Эстонии».', 'EE'],
  // A question asks.
  ['en', CANADA, 'Were the intrusions into our consular network carried out by Iranian hackers?', 'IR'],
  // Another party's attribution, retold.
  ['en', CANADA, 'A private firm linked the intrusions into our network to Iranian hackers.', 'IR'],
  ['ru', RUSSIA, 'Эстония снова пошла на обострение, обвинив нашу страну в атаке на свои сети.', 'EE'],
  // Background recalled.
  ['ru', RUSSIA, 'Напомним, что в числе введённых мер - санкции против компаний, которые, по версии Минфина Эстонии, помогают хакерам атаковать сети.', 'EE'],
] as const) {
  test(`${lang}: a statement's sentence that is not its plain telling gives nothing (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant === (title === CANADA ? 'CA' : 'RU') && c.target === target), show(cs));
  });
}

test('en: states named where the act hit are not its authors (negative)', () => {
  const cs = claimsOf('The intrusions affected victims in Japan, Chile and Peru.', 'en', { title: CANADA });
  assert.ok(!cs.some((c) => c.claimant === 'CA'), show(cs));
});

test('es: a list of places after a locative is where the act hit (negative)', () => {
  const cs = claimsOf('Las intrusiones afectaron a organismos en Japón, Perú, Chile y Argentina.', 'es', { title: 'Comunicado del Gobierno de Uruguay' });
  assert.ok(!cs.some((c) => c.claimant === 'UY'), show(cs));
});

test('en: a plain sentence repeating the statement\'s own attribution adds no second claim', () => {
  const cs = claimsOf('Canada attributes the intrusions to Iran. The intrusions into our consular network were carried out by Iranian hackers.', 'en', { title: CANADA });
  assert.equal(cs.filter((c) => c.claimant === 'CA' && c.target === 'IR').length, 1, show(cs));
});

test('en: a vendor\'s post is left to its predicates of attribution (negative)', () => {
  const cs = claimsOf('ESET researchers have uncovered a new espionage campaign against embassies. The intrusions into consular networks were carried out by Iranian hackers.', 'en', { title: 'A new espionage campaign' });
  assert.ok(!cs.some((c) => c.claimant === 'ESET' && c.target === 'IR'), show(cs));
});
