/**
 * State organs resolve to the state they belong to (organ-state.ts and the organ lexicon): a state
 * named next to an organ's name overrides the knowledge base's default for a name several states use,
 * an organ noun qualified by a state makes the name it heads or that completes it that state's, and
 * organ names in each language resolve to their state as claimants and as the accused.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && (target === undefined || c.target === target));

test('a possessor state before a shared organ name is its state, not the default one', () => {
  const en = claimsOf("Estonia's National Cyber Security Centre said the intrusions came from Russia.", 'en');
  assert.ok(attributes(en, 'EE', 'RU'), show(en));
  assert.ok(!has(en, 'GB'), show(en));
  const zh = claimsOf('俄罗斯外交部发言人指责美国对其发动网络攻击。', 'zh');
  assert.ok(attributes(zh, 'RU', 'US'), show(zh));
  assert.ok(!has(zh, 'CN'), show(zh));
});

test('a state after a shared organ name (genitive, postposed adjective, possessive marker) is its state', () => {
  const ru = claimsOf('Официальный представитель МИД Китая заявил, что хакерские атаки организовали США.', 'ru');
  assert.ok(has(ru, 'CN', 'US'), show(ru));
  assert.ok(!has(ru, 'RU'), show(ru));
  const fr = claimsOf('Le NCSC néerlandais a accusé la Chine d’être derrière ces intrusions.', 'fr');
  assert.ok(attributes(fr, 'NL', 'CN'), show(fr));
  const vi = claimsOf('NCSC của Ireland cáo buộc Trung Quốc đứng sau các vụ xâm nhập.', 'vi');
  assert.ok(attributes(vi, 'IE', 'CN'), show(vi));
});

test('an organ noun qualified by a state gives its state to the name it heads or that completes it', () => {
  const fr = claimsOf('Le ministère polonais du Numérique a accusé la Russie de ces attaques.', 'fr');
  assert.ok(attributes(fr, 'PL', 'RU'), show(fr));
  assert.ok(!fr.some((c) => c.claimant === 'Numérique'), show(fr));
  const en = claimsOf('The Polish Ministry of Digital Affairs accused Russia of the attacks.', 'en');
  assert.ok(attributes(en, 'PL', 'RU'), show(en));
  const ru = claimsOf('ФСО России обвинила США в кибератаке на сайты ведомств.', 'ru');
  assert.ok(attributes(ru, 'RU', 'US'), show(ru));
});

test('a company next to a state keeps its own name: only organs take a state', () => {
  const en = claimsOf("Israel's Check Point Research said on Monday that China was behind the campaign.", 'en');
  assert.ok(!has(en, 'IL'), show(en));
});

test('organ names written in each language resolve to their state, as claimant and as the accused', () => {
  const es = claimsOf('Estados Unidos acusó al Cuerpo de los Guardianes de la Revolución Islámica de los sabotajes contra las depuradoras.', 'es');
  assert.ok(attributes(es, 'US', 'IR'), show(es));
  const es2 = claimsOf('El Departamento del Tesoro impuso sanciones al Ministerio de Inteligencia y Seguridad por el ataque.', 'es');
  assert.ok(!es2.some((c) => /Tesoro|Ministerio|Seguridad/u.test(c.claimant) || /Ministerio|Seguridad/u.test(c.target ?? '')), show(es2));
  const fr = claimsOf("L'Anssi a attribué l'attaque à la Russie.", 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'Anssi'), show(fr));
  const de = claimsOf('Ein Sprecher des Auswärtigen Amts sagte, Russland sei für den Angriff verantwortlich.', 'de');
  assert.ok(!de.some((c) => /Amt/u.test(c.claimant)), show(de));
  const vi = claimsOf('NCSC cảnh báo các đơn vị, doanh nghiệp về đợt tấn công có chủ đích của một nhóm tin tặc.', 'vi');
  assert.ok(vi.length === 0 || vi.every((c) => c.claimant === 'VN'), show(vi));
});

test('an organ after a sentence-opening adverbial of place belongs to the adverbial state', () => {
  const es = claimsOf('Desde Pekín, el Ministerio de Exteriores negó rotundamente las acusaciones.', 'es');
  assert.ok(es.length > 0 && es.every((c) => c.claimant === 'CN'), show(es));
  const es2 = claimsOf('En Polonia, el ministro de Asuntos Digitales acusó a Rusia de los ataques contra las depuradoras.', 'es');
  assert.ok(attributes(es2, 'PL', 'RU'), show(es2));
  assert.ok(!es2.some((c) => /Asuntos/u.test(c.claimant)), show(es2));
  const en = claimsOf('In Poland, the Ministry of Digital Affairs accused Russia of the attacks on water plants.', 'en');
  assert.ok(attributes(en, 'PL', 'RU'), show(en));
});

test('"the <nationality> side": a Chinese abbreviation with 方 is its state', () => {
  const zh = claimsOf('捷方指责中国黑客组织对其外交部网络发动攻击。', 'zh');
  assert.ok(attributes(zh, 'CZ', 'CN'), show(zh));
  const zhHant = claimsOf('澳方指責中國駭客組織發動網路攻擊。', 'zh');
  assert.ok(attributes(zhHant, 'AU', 'CN'), show(zhHant));
});

test('a Chinese one-character state abbreviation before a shared organ name is its state', () => {
  const ru = claimsOf('俄外交部发言人指责美国对俄罗斯发动网络攻击。', 'zh');
  assert.ok(attributes(ru, 'RU', 'US'), show(ru));
  assert.ok(!has(ru, 'CN'), show(ru));
  const gb = claimsOf('英外交部发言人指责中国黑客组织发动网络攻击。', 'zh');
  assert.ok(attributes(gb, 'GB', 'CN'), show(gb));
  // "3日" is a date's day, not Japan (日方): the ministry stays China's.
  const dated = claimsOf('12月3日外交部发言人指责美国对中国发动网络攻击。', 'zh');
  assert.ok(attributes(dated, 'CN', 'US'), show(dated));
  assert.ok(!has(dated, 'JP'), show(dated));
  const bare = claimsOf('外交部发言人表示，美方的指控毫无根据。', 'zh');
  assert.ok(bare.some((c) => c.claimant === 'CN' && c.stance === 'denies'), show(bare));
});
