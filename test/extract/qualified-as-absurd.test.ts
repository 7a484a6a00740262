/**
 * The subject of a verb that qualifies what was said ("called the claims absurd", "a qualifié
 * d'absurdes", "nannte ... absurd", "calificó de absurdas", "назвала абсурдными", "称...荒谬", "gọi ...
 * là vô lý") with a qualifier of denial denies; whose claims they were (named after the verb) does not.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

test('the one who calls the accusations absurd denies them (7 languages)', () => {
  const denial = ['RU denies RU'];
  assert.deepEqual(claims('Russian Foreign Ministry spokeswoman Maria Zakharova called the Czech claims of Russian involvement in the attacks "absurd".', 'en'), denial);
  assert.deepEqual(claims("La porte-parole de la diplomatie russe, Maria Zakharova, a qualifié d'« absurdes » les accusations tchèques.", 'fr'), denial);
  assert.deepEqual(claims('Die russische Außenamtssprecherin Maria Sacharowa nannte die tschechischen Vorwürfe «absurd».', 'de'), denial);
  assert.deepEqual(claims('La portavoz de Exteriores rusa, María Zajárova, calificó de «absurdas» las acusaciones checas.', 'es'), denial);
  assert.deepEqual(claims('Официальный представитель МИД России Мария Захарова назвала «абсурдными» заявления чешских властей о причастности российских спецслужб к атакам.', 'ru'), denial);
  assert.deepEqual(claims('俄罗斯外交部发言人扎哈罗娃称捷克的指控荒谬。', 'zh'), denial);
  assert.deepEqual(claims('Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova gọi cáo buộc của Séc là vô lý.', 'vi'), denial);
});

test('a qualifier in a speaker\'s words still denies for the speaker', () => {
  assert.deepEqual(claims("China's accusations are groundless, the US State Department said.", 'en'), ['US denies US']);
});
