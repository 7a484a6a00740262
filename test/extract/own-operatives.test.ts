/**
 * A state body announcing its own operation through its operatives named by a possessive: "the agency said its cyber
 * specialists had hacked ...", "служба сообщила, что ее киберспециалисты взломали ...", "le service a indiqué que ses
 * spécialistes ont attaqué ...", "el servicio afirmó que sus especialistas atacaron ...": claimant and target that
 * state. Operatives who stopped or found an attack did none, and a company's experts are no state's. Texts written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (lines: string[], lang: string) =>
  extract([...lines, 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('en, ru, fr, es: a state service saying its own specialists attacked claims the operation', () => {
  const en = claims(['Airline servers down', "Ukraine's defence intelligence agency said its cyber specialists had hacked the servers of a Russian airline."], 'en');
  assert.ok(en.includes('UA attributes UA'), en.join('; '));
  const ru = claims(['Сбой в авиакомпании', 'Служба безопасности Украины сообщила, что ее киберспециалисты взломали серверы российской авиакомпании.'], 'ru');
  assert.ok(ru.includes('UA attributes UA'), ru.join('; '));
  const fr = claims(['Panne chez une compagnie aérienne', "Le renseignement militaire ukrainien a indiqué que ses spécialistes ont attaqué les serveurs d'une compagnie aérienne russe."], 'fr');
  assert.ok(fr.includes('UA attributes UA'), fr.join('; '));
  const es = claims(['Caída de una aerolínea', 'El servicio de inteligencia de Ucrania afirmó que sus especialistas atacaron los servidores de una aerolínea rusa.'], 'es');
  assert.ok(es.includes('UA attributes UA'), es.join('; '));
});

test('ru: "its specialists carried out an operation against" is the service\'s own operation', () => {
  const ru = claims(['Сбой в авиакомпании', 'Служба безопасности Украины заявила, что ее специалисты провели успешную спецоперацию против российской авиакомпании.'], 'ru');
  assert.ok(ru.includes('UA attributes UA'), ru.join('; '));
});

test('en, ru, es: specialists who repelled, blocked or found an attack did none', () => {
  const en = claims(['Airline servers', "Ukraine's defence intelligence agency said its cyber specialists had repelled an attack on the servers of a state airline."], 'en');
  assert.ok(!en.includes('UA attributes UA'), en.join('; '));
  const ru = claims(['Сбой в авиакомпании', 'Служба безопасности Украины сообщила, что ее специалисты отразили атаку на серверы государственной авиакомпании.'], 'ru');
  assert.ok(!ru.includes('UA attributes UA'), ru.join('; '));
  const es = claims(['Caída de una aerolínea', 'La policía de Italia informó de que sus técnicos frenaron dos ataques contra los servidores de una aerolínea.'], 'es');
  assert.ok(!es.includes('IT attributes IT'), es.join('; '));
});

test('en: a company\'s own experts are no state\'s operation', () => {
  const en = claims(['Airline servers', 'Velmora Security said its experts had hacked into a test network of a Russian airline at its request.'], 'en');
  assert.ok(!en.some((c) => / attributes /.test(c)), en.join('; '));
});
