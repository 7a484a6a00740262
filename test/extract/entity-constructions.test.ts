/**
 * Entity recognition by construction, on sentences written for these tests (names invented where a
 * real person is not needed): who acts or speaks, how a name is shaped, which states are parties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (text: string, lang = 'en') => extract(text, { lang }).people.map((p) => p.name);
const mentioned = (text: string, lang = 'en') => extract(text, { lang }).mentioned_people.map((p) => p.name);
const codes = (text: string, lang = 'en') => extract(text, { lang }).countries.map((c) => c.code).sort();

test('a person who is the subject of a speech verb acts, in several languages; one only named does not', () => {
  assert.ok(names('Investigators found new malware on the servers. Lena Marsh, a researcher at the firm, told reporters the implant was rare.').includes('Lena Marsh'));
  assert.ok(names('Die Behörde meldete einen Angriff auf Server. Kremlsprecher Pawel Orlow sagte, Moskau habe nichts damit zu tun.', 'de').includes('Pawel Orlow'));
  assert.ok(names('Les pirates ont visé des ministères, a déclaré le porte-parole, Luc Bernier, lors d’un point presse.', 'fr').includes('Luc Bernier'));
  assert.ok(names('El ataque afectó a varios ministerios, dijo la portavoz Marta Ibáñez en rueda de prensa.', 'es').includes('Marta Ibáñez'));
  // Only sanctioned: not a person who acts.
  const text = 'The Treasury sanctioned the businessman Karl Ostrow for his role in the attacks.';
  assert.ok(!names(text).includes('Karl Ostrow'));
});

test('inverted reporting: the verb, then the role phrase, then the name ("said spokesperson X", "сказал пресс-секретарь X")', () => {
  assert.ok(names('"We reject this," said the ministry spokesman Tom Avery after the briefing.').includes('Tom Avery'));
  assert.ok(names('«Это неправда», — сказал пресс-секретарь министерства Олег Сизов журналистам.', 'ru').some((n) => n.startsWith('Oleg') || n.includes('Олег')));
  assert.ok(names('« Nous ne sommes pour rien dans cette opération », a affirmé sa porte-parole, Claire Fabre, jeudi.', 'fr').includes('Claire Fabre'));
});

test('a transcript speaker label ("Name: ...") is a person who speaks, in Latin and Cyrillic script', () => {
  const en = 'Regular press briefing\nQuestion: Will you respond to the report?\nAnna Lindqvist: We have seen the report and reject it.\nSource: https://example.org/x';
  assert.ok(names(en).includes('Anna Lindqvist'));
  const de = 'Pressekonferenz\nFrage: Wie reagieren Sie?\nJonas Weber: Wir weisen die Vorwürfe zurück.\nSource: https://example.org/x';
  assert.ok(names(de, 'de').includes('Jonas Weber'));
  const ru = 'Брифинг\nВопрос: Как вы прокомментируете доклад?\nИрина Волкова: Мы отвергаем эти обвинения.\nИсточник: https://example.org/x';
  assert.ok(extract(ru, { lang: 'ru' }).people.some((p) => p.aliases.includes('Irina Volkova') || p.name === 'Irina Volkova'));
});

test('name shapes: an apostrophe or a second capital inside a word, a middle initial, a rank abbreviation after the role', () => {
  assert.ok(names("Home Affairs Minister Clara O'Dowd said the breach was criminal.").includes("Clara O'Dowd"));
  assert.ok(names('Committee chair Ewan McTavish said the agency had been warned.').includes('Ewan McTavish'));
  assert.ok(names('Assistant Attorney General Peter J. Hollis said the network had been dismantled.').some((n) => n.includes('Hollis')));
  assert.ok(names('Agency Director Gen. Mark Tolland warned that the intruders were still active.').includes('Mark Tolland'));
});

test('German role words are compound heads ("Außenamtssprecher", "FBI-Direktor", "EU-Außenbeauftragter")', () => {
  for (const text of [
    'Außenamtssprecher Lukas Brandt sagte, die Vorwürfe seien haltlos.',
    'FBI-Direktor Daniel Reeve sagte, die Hacker seien weiterhin aktiv.',
    'EU-Außenbeauftragter Marco Sala erklärte, die Union verurteile den Angriff.',
  ]) assert.equal(names(text, 'de').length, 1, text);
});

test('a capitalised common word or a role phrase is not a name ("Präsident" alone, Spanish "reunión")', () => {
  assert.deepEqual(mentioned('Der Präsident sagte am Montag nichts dazu.', 'de'), []);
  assert.deepEqual(names('Der Präsident sagte am Montag nichts dazu.', 'de'), []);
});

test('a known state body names its state as a party even when the state itself is not named', () => {
  assert.deepEqual(codes('CERT-FR warned administrators that a flaw in the mail server was being exploited by hackers.'), ['FR']);
  assert.deepEqual(codes('El CCN-CERT alertó de ataques contra organismos públicos.', 'es'), ['ES']);
  assert.deepEqual(codes('Das Bundesamt für Verfassungsschutz warnt vor Angriffen auf Behörden.', 'de'), ['DE']);
});

test('a state that modifies a hostile actor is a party; a place named in passing is not', () => {
  assert.ok(codes('Researchers said Iranian hackers had breached a water utility, in a report published in Geneva.').includes('IR'));
  const vi = codes('Các chuyên gia cho biết tin tặc Nga đã xâm nhập mạng lưới điện.', 'vi');
  assert.ok(vi.includes('RU'), vi.join());
  assert.ok(!codes('Researchers said Iranian hackers had breached a water utility, in a report published in Switzerland.').includes('CH'));
});

test('a list of three or more states in a sentence that tells a hostile act names parties, in several languages', () => {
  const en = codes('The campaign targeted ministries in Estonia, Latvia and Lithuania, the vendor said.');
  for (const c of ['EE', 'LV', 'LT']) assert.ok(en.includes(c), en.join());
  const fr = codes('Les attaques ont visé des ministères en Estonie, en Lettonie et en Lituanie.', 'fr');
  for (const c of ['EE', 'LV', 'LT']) assert.ok(fr.includes(c), fr.join());
  const es = codes('Los ataques afectaron a ministerios de Estonia, Letonia y Lituania.', 'es');
  for (const c of ['EE', 'LV', 'LT']) assert.ok(es.includes(c), es.join());
  // Without a hostile act the list is a list of places.
  assert.deepEqual(codes('The minister visited Estonia, Latvia and Lithuania last spring.'), []);
});

test('zh: a foreign name after a role word, with its Latin form in brackets or written with a middle dot', () => {
  const a = extract('英国国家安全顾问哈维（Tom Harvey）周二表示，黑客入侵了多家电信公司。', { lang: 'zh' }).people;
  assert.ok(a.some((p) => p.name === 'Tom Harvey' && p.aliases.includes('哈维')), JSON.stringify(a));
  const b = [...extract('澳大利亚内政部长詹姆斯·卡特称，该国政府网络遭到攻击。', { lang: 'zh' }).people, ...extract('澳大利亚内政部长詹姆斯·卡特称，该国政府网络遭到攻击。', { lang: 'zh' }).mentioned_people];
  // both parts are standard transcriptions (lexicons/entity/name-forms.ts): the Latin form, the characters as alias
  assert.ok(b.some((p) => p.name === 'James Carter' && p.aliases.includes('詹姆斯·卡特')), JSON.stringify(b.map((p) => p.name)));
  // Traditional role words too.
  const c = extract('美國國務院發言人米勒（Tom Miller）表示，駭客攻擊了政府網路。', { lang: 'zh' }).people;
  assert.ok(c.some((p) => p.name === 'Tom Miller'), JSON.stringify(c));
});

test('zh: repeated transcript labels ("王海涛：") are the spokesperson; question labels are not names', () => {
  const text = '例行记者会\n问：你有何评论？\n王海涛：我们坚决反对。\n问：还有问题吗？\n王海涛：没有了。\nSource: https://example.org/x';
  const ppl = extract(text, { lang: 'zh' }).people;
  assert.deepEqual(ppl.map((p) => p.name), ['Wang Haitao']);
});

test('a known official named in any language\'s form, without a role phrase, is found and given the usual name', () => {
  const de = extract('Die Vorwürfe seien haltlos, sagte Dmitri Peskow am Dienstag in Moskau.', { lang: 'de' }).people;
  assert.ok(de.some((p) => p.name === 'Dmitry Peskov' && p.speaks_for === 'RU'), JSON.stringify(de));
  const ru = extract('Жозеп Боррель заявил, что ЕС осуждает кибератаки.', { lang: 'ru' }).people;
  assert.ok(ru.some((p) => p.name === 'Josep Borrell'), JSON.stringify(ru));
  const zh = extract('林芳正表示，日本政府将加强网络防御。', { lang: 'zh' }).people;
  assert.ok(zh.some((p) => p.name === 'Yoshimasa Hayashi'), JSON.stringify(zh));
});

test('sectors: the effect of an act on its victims marks them targeted, in several languages', () => {
  const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name);
  assert.ok(sectors('Several hospitals were paralysed for two days and patients were sent elsewhere.', 'en').includes('healthcare'));
  assert.ok(sectors('Plusieurs hôpitaux ont été paralysés pendant deux jours.', 'fr').includes('healthcare'));
  assert.ok(sectors('Работа больниц была парализована на два дня.', 'ru').includes('healthcare'));
});

test('de: a sector as the first part of a compound ("Stromnetze", "Krankenhausbetreiber") is found; "Schuldzuweisung" is not education', () => {
  const x = extract('Die Angreifer drangen in Stromnetze und Krankenhausbetreiber ein; eine Schuldzuweisung blieb aus.', { lang: 'de' });
  const names = x.sectors.map((s) => s.name).sort();
  assert.deepEqual(names, ['energy', 'healthcare']);
});
