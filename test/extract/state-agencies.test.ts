/**
 * State bodies speak for their state: national cyber agencies, intelligence and security services,
 * police units and foreign ministries of states beyond the usual few, in the renderings each language
 * uses. A short name two states' bodies share goes to the state named nearby. Texts
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const has = (got: string[], re: RegExp) => assert.ok(got.some((c) => re.test(c)), got.join('; '));
const hasNot = (got: string[], re: RegExp) => assert.ok(!got.some((c) => re.test(c)), got.join('; '));

test('ru: the South Korean intelligence service by its Russian name and initials speaks for KR', () => {
  const got = claims('Национальная служба разведки Южной Кореи сообщила, что хакеры из КНДР проникли в сети двух судостроительных заводов. НСР предупредила, что такие атаки продолжатся.', 'ru');
  has(got, /^KR (attributes|accuses) KP$/);
  hasNot(got, /^(NSR|НСР) /);
});

test('vi: the South Korean intelligence service speaks for KR', () => {
  const got = claims('Cơ quan Tình báo Quốc gia cho biết tin tặc Triều Tiên đã xâm nhập mạng của một nhà sản xuất vũ khí.', 'vi');
  has(got, /^KR (attributes|accuses) KP$/);
});

test('en: a Pakistani military press wing and a Norwegian security authority speak for their states', () => {
  has(claims('The ISPR said Indian intelligence operatives had hacked the phones of several officers.', 'en'), /^PK (attributes|accuses) IN$/);
  has(claims('The NSM said Russian hackers had broken into the email system of the parliament.', 'en'), /^NO (attributes|accuses) RU$/);
});

test('es: the Brazilian foreign ministry and the Mexican foreign secretariat speak for their states', () => {
  has(claims('El Itamaraty exigió explicaciones a Canadá por el espionaje de sus redes.', 'es'), /^BR calls-for CA$/);
  has(claims('La SRE condenó el espionaje de Estados Unidos contra funcionarios del gobierno.', 'es'), /^MX (attributes|accuses) US$/);
});

test('de: the Czech cyber agency by its German name speaks for CZ', () => {
  has(claims('Die Nationale Behörde für Cyber- und Informationssicherheit warnte vor Angriffen chinesischer Hacker auf Krankenhäuser.', 'de'), /^CZ warns CN$/);
});

test('zh: a shared short name goes to the state named nearby', () => {
  const got = claims('沙特阿拉伯发布一份技术报告。NCA在报告中警告，伊朗黑客正在攻击能源企业。', 'zh');
  has(got, /^SA warns IR$/);
  hasNot(got, /^GB /);
});

test('en: a shared short name after the other state goes to that state (near miss: not the one the other article named)', () => {
  has(claims('Britain named the gang leader. The NCA said Russian hackers had stolen the data.', 'en'), /^GB (attributes|accuses) RU$/);
  hasNot(claims('Saudi Arabia published a report on the wiper. The NCA warned that Iranian hackers were behind it.', 'en'), /^GB /);
});

test('fr: a long name two states share follows the state named nearby (near miss: not South Korea)', () => {
  const got = extract('En Grèce, le Service national de renseignement a reconnu avoir surveillé le téléphone d’un député.', { lang: 'fr' });
  assert.ok(!got.countries.some((c) => c.code === 'KR'), JSON.stringify(got.countries));
});
