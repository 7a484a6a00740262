/**
 * Which sectors an article codes as targeted: sentences written for these tests (not from the eval
 * set), each pair showing a sector word as a target and the same word as something else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectorsOf = (text: string, lang?: string) => extract(text, lang ? { lang } : {}).sectors.map((s) => s.name).sort();

test('a company named as the victim names its sector; the same company as a source does not', () => {
  assert.deepEqual(sectorsOf('Hackers linked to Russia broke into TV5Monde in 2015 and took its channels off the air.\n'), ['media']);
  assert.deepEqual(sectorsOf('Chinese state hackers breached AT&T and Verizon, officials familiar with the matter said.\n'), ['telecommunications']);
  // The broadcaster is where the story comes from: no sector.
  assert.deepEqual(sectorsOf('Russian hackers attacked the power grid in Ukraine, the BBC reported on Monday.\n'), ['energy']);
  assert.deepEqual(sectorsOf('An official told CNN that Iranian hackers were behind the intrusion at the dam.\n'), []);
});

test('media as the source of a report is not a targeted sector, in several languages', () => {
  assert.deepEqual(sectorsOf('В СМИ на прошлой неделе появились сообщения, что хакеры атаковали энергосистему страны.\n', 'ru'), ['energy']);
  assert.deepEqual(sectorsOf('Media reports said the hackers had targeted the banking sector.\n', 'en'), ['finance']);
  assert.deepEqual(sectorsOf('Hackers defaced the websites of several news outlets and broadcasters during the vote.\n', 'en'), ['media']);
});

test('"the two governments" are the states as parties, not the government sector', () => {
  assert.deepEqual(sectorsOf('Les deux gouvernements s’accusent mutuellement d’espionnage informatique.\n', 'fr'), []);
  assert.deepEqual(sectorsOf('Both governments have traded accusations of cyber espionage for years.\n', 'en'), []);
  assert.deepEqual(sectorsOf('The hackers stole data from government agencies in both countries.\n', 'en'), ['government']);
});

test('a sector word inside a Vietnamese proper name is not the sector', () => {
  // "Đại học Công nghiệp Hà Nội" is a university (education), not the manufacturing sector.
  assert.deepEqual(sectorsOf('Tin tặc nhiều tháng liền xâm nhập Đại học Công nghiệp Hà Nội.\n', 'vi'), ['education']);
  assert.deepEqual(sectorsOf('Tin tặc liên tục tấn công các doanh nghiệp công nghiệp và ngân hàng.\n', 'vi'), ['finance', 'manufacturing']);
});

test('people of a sector count only as its victims', () => {
  assert.deepEqual(sectorsOf('Hackers read the mailboxes of the ambassador and other officials.\n', 'en'), ['government']);
  assert.deepEqual(sectorsOf('Officials said Chinese hackers were behind the attacks.\n', 'en'), []);
  assert.deepEqual(sectorsOf('US officials accused Chinese hackers of stealing trade secrets.\n', 'en'), []);
});

test('in a long Chinese sentence the hostile act must be told in or next to the sector\'s clause', () => {
  const far = '报告称，有关企业为争取政府合同，相互勾连，编造证据，多方游说，对外散布所谓网络攻击的说法。\n';
  assert.deepEqual(sectorsOf(far, 'zh'), []);
  assert.deepEqual(sectorsOf('黑客组织长期对多国政府机构发动网络攻击，窃取大量敏感数据。\n', 'zh'), ['government']);
});

test('a sector adjective counts only where a sector noun heads it', () => {
  assert.deepEqual(sectorsOf('The malware was aimed at the financial, energy and government sectors of Ukraine.\n', 'en'), ['energy', 'finance', 'government']);
  assert.deepEqual(sectorsOf('The hackers were after financial gain, investigators said of the attack.\n', 'en'), []);
  assert.deepEqual(sectorsOf('Russian military intelligence officers hacked the email of a think tank.\n', 'en'), []);
  assert.deepEqual(sectorsOf('Des pirates ont visé les secteurs énergétique et financier du pays.\n', 'fr'), ['energy', 'finance']);
  assert.deepEqual(sectorsOf('Les pirates du renseignement militaire russe ont attaqué le réseau électrique.\n', 'fr'), ['energy']);
});

test('a threat to a sector names it; the accused companies of an accusation do not', () => {
  assert.deepEqual(sectorsOf('The group remains a serious threat to hospitals and water utilities.\n', 'en'), ['healthcare', 'water']);
  assert.deepEqual(sectorsOf('Washington accused three Chinese technology companies of helping the hackers who breached telecom operators.\n', 'en'), ['telecommunications']);
  // What someone is accused of doing keeps its victims.
  assert.deepEqual(sectorsOf('Ils sont accusés d’avoir provoqué les coupures de courant lors de cyberattaques en Ukraine.\n', 'fr'), ['energy']);
});

const countriesOf = (text: string, lang?: string) => extract(text, lang ? { lang } : {}).countries.map((c) => c.code).sort();

test('a state named once as the place where a hostile act happens is a party, in several languages', () => {
  // Each pair: the state after a preposition of place in a sentence telling an attack, then the same
  // state named once in a sentence that tells no hostile act (a place in passing, not a party).
  assert.ok(countriesOf('The intruders compromised routers at two ministries in Norway last spring.\n', 'en').includes('NO'));
  assert.ok(!countriesOf('The minister spent a week on holiday in Norway last spring.\n', 'en').includes('NO'));
  assert.ok(countriesOf('Die Angreifer haben im Frühjahr Server von Behörden in der Schweiz kompromittiert.\n', 'de').includes('CH'));
  assert.ok(!countriesOf('Der Minister verbrachte im Frühjahr eine Woche in der Schweiz.\n', 'de').includes('CH'));
  assert.ok(countriesOf('Les pirates ont piraté les serveurs de trois hôpitaux en Belgique au printemps.\n', 'fr').includes('BE'));
  assert.ok(!countriesOf('Le ministre a passé une semaine de vacances en Belgique au printemps.\n', 'fr').includes('BE'));
  assert.ok(countriesOf('Хакеры атаковали серверы трёх министерств в Польше прошлой весной.\n', 'ru').includes('PL'));
  assert.ok(!countriesOf('Министр провёл неделю отпуска в Польше прошлой весной.\n', 'ru').includes('PL'));
});

test('water, rail and election words of each language name their sector where an attack is told (de, fr, es)', () => {
  assert.deepEqual(sectorsOf('Prorussische Hacker haben die Steuerung einer Kläranlage in Bayern manipuliert.\n', 'de'), ['water']);
  assert.deepEqual(sectorsOf('Die Angreifer haben Server der Staatsbahn verschlüsselt.\n', 'de'), ['transportation']);
  assert.deepEqual(sectorsOf('Die Hacker griffen die Wahlinfrastruktur des Landes an.\n', 'de'), ['elections']);
  assert.deepEqual(sectorsOf('Des pirates ont piraté les automates de plusieurs stations d’eau en Bretagne.\n', 'fr'), ['water']);
  assert.deepEqual(sectorsOf('Los piratas informáticos atacaron plantas de tratamiento de agua en dos provincias.\n', 'es'), ['water']);
  assert.deepEqual(sectorsOf('Los hackers atacaron los sistemas del operador ferroviario estatal.\n', 'es'), ['transportation']);
});

test('inflected adjectives of European states name them (de, es)', () => {
  assert.ok(countriesOf('Norwegische Behörden meldeten, dass Hacker die Server des Parlaments kompromittiert hätten. Die norwegische Regierung verurteilte den Angriff.\n', 'de').includes('NO'));
  assert.ok(countriesOf('Dänische Behörden meldeten einen Angriff auf Energieversorger. Der dänische Minister sprach von Sabotage.\n', 'de').includes('DK'));
  assert.ok(countriesOf('Las autoridades danesas denunciaron que los hackers atacaron a empresas danesas de energía.\n', 'es').includes('DK'));
  assert.ok(countriesOf('Las autoridades noruegas dijeron que los piratas atacaron el parlamento noruego.\n', 'es').includes('NO'));
});
