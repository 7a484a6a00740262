/**
 * A forecast told with a verb of saying, no verb of warning: a speaker saying a party's hostile acts will go on
 * warns of that party (the doer named beside the act's noun); and an expectation that an actor goes on, with the
 * verb in the subjunctive ("espera que X continúe", "que X siga"), warns of the actor. A journalist's forecast with
 * no speaker, a harmless thing forecast to go on, the speaker's own side as the doer, the party attacked beside the
 * noun: no warning. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract([...text.split(' || '), 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en: "said Russian attacks ... will not stop" warns of Russia', () => {
  const got = claims('Baltic security || Latvia\'s interior minister said Russian attacks on municipal websites will not stop.', 'en');
  assert.ok(got.includes('LV warns RU'), got.join('; '));
});

test('ru: "заявил, что северокорейские атаки ... не прекратятся" warns of North Korea', () => {
  const got = claims('Обзор || Представитель Минобороны Японии заявил, что северокорейские атаки на японские биржи не прекратятся.', 'ru');
  assert.ok(got.includes('JP warns KP'), got.join('; '));
});

test('fr: "a déclaré que les attaques iraniennes ... ne cesseront pas" warns of Iran', () => {
  const got = claims('Chronique || Le ministre israélien de la Défense a déclaré que les attaques iraniennes contre les réseaux d\'eau ne cesseront pas.', 'fr');
  assert.ok(got.includes('IL warns IR'), got.join('; '));
});

test('de: "sagte, die chinesischen Angriffe ... würden weitergehen" warns of China', () => {
  const got = claims('Lagebild || Der taiwanische Digitalminister sagte, die chinesischen Angriffe auf Behördennetze würden weitergehen.', 'de');
  assert.ok(got.includes('TW warns CN'), got.join('; '));
});

test('es: "dijo que los ataques rusos ... no cesarán" warns of Russia', () => {
  const got = claims('Crónica || El ministro moldavo dijo que los ataques rusos contra la comisión electoral no cesarán.', 'es');
  assert.ok(got.includes('MD warns RU'), got.join('; '));
});

test('es: an expectation in the subjunctive ("espera que X continúe", "que X siga") warns of the actor', () => {
  const a = claims('Informe || ESET espera que Sandworm continúe sus ataques contra operadores de energía.', 'es');
  assert.ok(a.some((c) => c.startsWith('ESET warns ')), a.join('; '));
  const b = claims('Informe || «Esperamos que Sandworm siga atacando a operadores de energía», dijo un analista de ESET.', 'es');
  assert.ok(b.some((c) => c.startsWith('ESET warns ')), b.join('; '));
});

test('negatives: a journalist\'s forecast, a harmless forecast, the speaker\'s own side, the party attacked', () => {
  const journalist = claims('Analysis || Russian attacks on municipal websites will not stop this year, our analysis suggests.', 'en');
  assert.ok(!journalist.some((c) => / warns /.test(c)), journalist.join('; '));
  const harmless = claims('Обзор || Представитель Минобороны Японии заявил, что японские учения с американскими военными продолжатся.', 'ru');
  assert.ok(!harmless.some((c) => / warns /.test(c)), harmless.join('; '));
  const own = claims('Chronique || Le ministre israélien de la Défense a déclaré que les opérations israéliennes contre les pirates ne cesseront pas.', 'fr');
  assert.ok(!own.includes('IL warns IL'), own.join('; '));
  const victim = claims('Crónica || El ministro dijo que los ataques contra bancos rusos continuarán.', 'es');
  assert.ok(!victim.some((c) => / warns RU/.test(c)), victim.join('; '));
});
