/**
 * A warning that forecasts hostile acts going on warns of the doer named beside the act's noun ("warned that
 * Chinese attacks ... will continue"), not of another party its words name; and a warning that does not rule out
 * further attacks (zh "不排除进一步…攻击") is a warning of the actor it tells. A forecast with no doer beside the
 * noun, a past act, a forecast of something else, or a link not ruled out warns of no one. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract([...text.split(' || '), 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en: the doer beside the attacks forecast to continue is warned of, not the state whose charges failed', () => {
  const got = claims('Report on managed service providers || Mandiant warned that Washington\'s indictments have not deterred the hackers and that Chinese attacks on such providers will continue.', 'en');
  assert.ok(got.includes('Mandiant warns CN'), got.join('; '));
  assert.ok(!got.includes('Mandiant warns US'), got.join('; '));
});

test('es: "los ataques chinos ... continuarán" (act noun, doer beside it, future predicate) warns of China', () => {
  const got = claims('Informe sobre proveedores || Según el informe, Mandiant advirtió ayer que las sanciones de Washington no disuadieron a nadie y que los ataques chinos sobre operadoras del sector eléctrico continuarán.', 'es');
  assert.ok(got.includes('Mandiant warns CN'), got.join('; '));
  assert.ok(!got.includes('Mandiant warns US'), got.join('; '));
});

test('de: "russische Angriffe ... werden nicht aufhören" warns of Russia', () => {
  const got = claims('Bericht über Angriffe || Mandiant warnte, die Sanktionen der USA hätten nichts bewirkt und russische Angriffe auf Energieversorger werden nicht aufhören.', 'de');
  assert.ok(got.includes('Mandiant warns RU'), got.join('; '));
  assert.ok(!got.includes('Mandiant warns US'), got.join('; '));
});

test('ru: "китайские атаки ... продолжатся" warns of China', () => {
  const got = claims('Отчёт о поставщиках || В компании Mandiant предупредили, что обвинения Вашингтона не остановили хакеров и китайские атаки на поставщиков продолжатся.', 'ru');
  assert.ok(got.includes('Mandiant warns CN'), got.join('; '));
  assert.ok(!got.includes('Mandiant warns US'), got.join('; '));
});

test('zh: further attacks not ruled out are a warning of the actor', () => {
  const got = claims('韩国情报机构发出警示 || 韩国国家情报院认为，朝鲜正加强对韩国的网络攻击，不排除进一步对能源等关键基础设施发动大规模网络攻击。', 'zh');
  assert.ok(got.includes('KR warns KP'), got.join('; '));
});

test('negatives: no doer beside the noun, a past act, a forecast of something else, a link not ruled out', () => {
  const victim = claims('Report on providers || Mandiant warned that Washington\'s indictments have not deterred the hackers and that attacks against Chinese providers will continue.', 'en');
  assert.ok(!victim.includes('Mandiant warns CN'), victim.join('; '));
  const past = claims('Informe sobre proveedores || Mandiant advirtió de que las acusaciones de Washington no frenaron a los piratas, y los ataques chinos continuaron el martes.', 'es');
  assert.ok(!past.includes('Mandiant warns CN'), past.join('; '));
  const revenue = claims('Quarterly results || The company expects revenue from Chinese customers to continue to grow, and the investigation will continue.', 'en');
  assert.ok(!revenue.some((c) => / warns /.test(c)), revenue.join('; '));
  const link = claims('安全公司报告 || 360公司认为，这是一次具有政治背景的定向攻击，不排除与近期地区紧张局势有关。', 'zh');
  assert.ok(!link.some((c) => / warns /.test(c)), link.join('; '));
});
