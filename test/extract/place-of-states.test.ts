/**
 * A state named only as where someone was is no party: the place of a visit, a conference or a speech,
 * of an arrest or a trial (src/extract/place-of.ts, heads in lexicons/entity/place-heads.ts). It neither
 * speaks with the minister who was there nor becomes a party by standing in a hostile sentence; the
 * place where the hostile act itself happens still is one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (text: string, lang: string) => extract(`Headline\n${text}\nSource: x`, { lang });
const countries = (text: string, lang: string) => run(text, lang).countries.map((c) => c.code).sort();
const claims = (text: string, lang: string) => run(text, lang).claims.map((c) => `${c.claimant}|${c.stance}|${c.target ?? ''}`).sort();

test('the place of a visit, a conference or a speech does not speak (en, fr, es, ru, zh, vi)', () => {
  assert.deepEqual(claims('Speaking at a forum in Singapore, the Dutch foreign minister accused Iran of hacking the port of Rotterdam.', 'en'), ['NL|accuses|IR']);
  assert.deepEqual(claims('Lors d’une visite au Japon, la ministre belge a accusé la Chine d’espionner ses ministères.', 'fr'), ['BE|accuses|CN']);
  assert.deepEqual(claims('Durante una visita a Perú, el canciller chileno acusó a Corea del Norte del robo de criptomonedas.', 'es'), ['CL|accuses|KP']);
  assert.deepEqual(claims('Во время визита в Индию министр иностранных дел Франции обвинил Россию в кибератаках.', 'ru'), ['FR|accuses|RU']);
  assert.deepEqual(claims('英国外交大臣在访问日本期间指责俄罗斯发动网络攻击。', 'zh'), ['GB|accuses|RU']);
  assert.deepEqual(claims('Phát biểu tại Hà Lan, Bộ trưởng Úc cáo buộc Trung Quốc tấn công mạng quốc hội.', 'vi'), ['AU|accuses|CN']);
  assert.deepEqual(countries('Auf einer Konferenz in Prag sagte die deutsche Innenministerin, russische Hacker hätten Stadtwerke angegriffen.', 'de'), ['DE', 'RU']);
});

test('the place of an arrest or a trial is no party; the victims named in the charge are (en, fr, es, ru, de, zh, vi)', () => {
  assert.deepEqual(countries('A Latvian national was arrested in Thailand over ransomware attacks on Canadian hospitals.', 'en'), ['CA']);
  assert.deepEqual(countries('Un homme de 30 ans a été arrêté en Espagne pour des attaques contre des hôpitaux belges.', 'fr'), ['BE']);
  assert.deepEqual(countries('El pirata fue detenido en Portugal por ataques contra hospitales peruanos.', 'es'), ['PE']);
  assert.deepEqual(countries('Хакер был арестован в Польше за атаки на немецкие больницы.', 'ru'), ['DE']);
  assert.deepEqual(countries('Ein Gericht in Spanien verurteilte den Hacker wegen Angriffen auf chilenische Banken.', 'de'), ['CL']);
  assert.deepEqual(countries('该黑客在泰国被捕，他涉嫌攻击了韩国银行。', 'zh'), ['KR']);
  assert.deepEqual(countries('Tin tặc bị bắt tại Thái Lan vì đã tấn công các ngân hàng Hàn Quốc.', 'vi'), ['KR']);
});

test('the place where the hostile act happens is still a party (negative case: en, fr)', () => {
  assert.deepEqual(countries('Intrusions in Poland and attacks on Italian ministries were reported on Monday.', 'en'), ['IT', 'PL']);
  assert.deepEqual(countries('Des intrusions en Pologne ont visé des ministères.', 'fr'), ['PL']);
});
