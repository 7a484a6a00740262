/**
 * A promise of pursuit: a speaker saying its side will (keep) pursuing, prosecuting or punishing hostile actors
 * ("would keep pursuing Iranian hackers", "werde iranische Hacker weiterhin verfolgen", "perseguirá a los piratas",
 * "poursuivra les pirates", "будет и дальше преследовать хакеров", "将坚决严惩…网络攻击") warns of those actors, with
 * no verb of warning. What is pursued must be hostile: pursuing a plan, a policy or a harmless aim warns of no one.
 * Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract([...text.split(' || '), 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en: a state that will keep pursuing a state\'s hackers warns of that state', () => {
  const got = claims('Court report || The Dutch justice minister said the Netherlands would keep pursuing Iranian hackers who break into its hospitals.', 'en');
  assert.ok(got.includes('NL warns IR'), got.join('; '));
});

test('de: "werde iranische Hacker weiterhin verfolgen" warns of Iran', () => {
  const got = claims('Bericht aus Den Haag || Der niederländische Justizminister sagte, die Niederlande werde iranische Hacker, die Krankenhäuser angreifen, auch künftig entschlossen verfolgen.', 'de');
  assert.ok(got.includes('NL warns IR'), got.join('; '));
});

test('es: "perseguirá a los piratas iraníes" warns of Iran', () => {
  const got = claims('Informe judicial || El ministro neerlandés dijo que su país perseguirá a los piratas informáticos iraníes que ataquen sus hospitales.', 'es');
  assert.ok(got.includes('NL warns IR'), got.join('; '));
});

test('fr: "poursuivra les pirates iraniens" warns of Iran', () => {
  const got = claims('Compte rendu || Le ministre néerlandais de la Justice a déclaré que les Pays-Bas poursuivront les pirates iraniens qui attaquent leurs hôpitaux.', 'fr');
  assert.ok(got.includes('NL warns IR'), got.join('; '));
});

test('ru: "будут и дальше преследовать иранских хакеров" warns of Iran', () => {
  const got = claims('Отчёт || Министр юстиции Нидерландов заявил, что Нидерланды будут и дальше преследовать иранских хакеров, атакующих больницы.', 'ru');
  assert.ok(got.includes('NL warns IR'), got.join('; '));
});

test('zh: "将坚决打击…网络攻击" warns of the state the attacks come from', () => {
  const got = claims('外交部例行记者会 || 外交部发言人表示，中国将坚决打击来自菲律宾的网络攻击活动。', 'zh');
  assert.ok(got.includes('CN warns PH'), got.join('; '));
});

test('negatives: pursuing a plan, a policy or talks warns of no one', () => {
  const plan = claims('City news || The Dutch minister said the Netherlands would keep pursuing its plan to build new hospitals with Iranian engineers.', 'en');
  assert.ok(!plan.some((c) => / warns /.test(c)), plan.join('; '));
  const de = claims('Bericht || Der Minister sagte, die Niederlande werde ihre Gespräche mit dem Iran weiterhin verfolgen.', 'de');
  assert.ok(!de.some((c) => / warns /.test(c)), de.join('; '));
  const es = claims('Informe || El ministro dijo que su país perseguirá un acuerdo comercial con Irán.', 'es');
  assert.ok(!es.some((c) => / warns /.test(c)), es.join('; '));
  const zh = claims('外交部例行记者会 || 外交部发言人表示，中国将坚决打击走私活动，并与菲律宾加强合作。', 'zh');
  assert.ok(!zh.some((c) => / warns /.test(c)), zh.join('; '));
});
