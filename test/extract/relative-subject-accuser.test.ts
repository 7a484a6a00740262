/**
 * Three constructions of press reports about an accusation and its rebuttal (sentences written for
 * these tests; the states and groups are real, the events invented):
 * - a relative clause whose subject is its antecedent, after a party in the object of an earlier verb
 *   ("Iran rejected the accusations of Spain's government, which attributed ... to X"): the antecedent accuses;
 * - a body of a state followed by the place where it sits ("the embassy of China in Spain rejected"): the
 *   state speaks, the place does not, and the state is no possessed victim;
 * - an attribution whose object names the group first ("atribuyó al grupo X una intrusión en ... de Valencia"):
 *   the group's state is accused, not a place in a later phrase of the object.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`).sort();

test('the antecedent of a relative clause accuses, beside the denial of the main clause (en, fr, es, ru)', () => {
  const both = ['ES accuses IR', 'IR denies IR'];
  assert.deepEqual(claims("Iran rejected the accusations of the government of Spain, which on Tuesday attributed an intrusion at a water utility to APT33.", 'en'), both);
  assert.deepEqual(claims("L'Iran a rejeté les accusations du gouvernement espagnol, qui a imputé mardi au groupe APT33 une intrusion dans une régie des eaux.", 'fr'), both);
  assert.deepEqual(claims('La embajada de Irán rechazó las acusaciones del Gobierno de España, que la víspera atribuyó al grupo APT33 una intrusión.', 'es'), both);
  assert.deepEqual(claims('Иран отверг обвинения правительства Испании, которое накануне приписало группировке APT33 вторжение в сети водоканала.', 'ru'), both);
  // The accuser is not the one who condemns the report.
  assert.deepEqual(claims('Пекин осудил доклад правительства Японии, которое обвинило группировку APT10 во взломе.', 'ru'), ['JP accuses CN']);
});

test('no relative accuser: an object relative with its own subject, or an antecedent that is the victim of an attack', () => {
  assert.deepEqual(claims('Poland blamed Belarus for the attack on its railway, which Minsk denied.', 'en'), ['BY denies BY', 'PL accuses BY']);
  // "que" is the attack's object here: the university attributes nothing.
  assert.deepEqual(claims('El ministerio difundió un documento sobre el ciberataque contra la Universidad de Montalvo, que atribuye al grupo APT33.', 'es').filter((c) => c.startsWith('Montalvo') || c.startsWith('Universidad')), []);
  // A subject relative right at the start of the sentence is the subject's own clause (nothing earlier).
  assert.deepEqual(claims('The FBI, which has attributed the attack to APT33, said the water supply was safe.', 'en'), ['US accuses APT33']);
});

test('a body of a state seated elsewhere speaks for its state (en, es, fr)', () => {
  assert.deepEqual(claims('The embassy of China in Spain rejected the accusations.', 'en'), ['CN denies CN']);
  assert.deepEqual(claims('La embajada de la República Islámica de Irán en España rechazó las acusaciones.', 'es'), ['IR denies IR']);
  assert.deepEqual(claims('La embajada de China en Madrid rechazó las acusaciones.', 'es'), ['CN denies CN']);
  assert.deepEqual(claims("L'ambassade de la République islamique d'Iran en Espagne a rejeté les accusations.", 'fr'), ['IR denies IR']);
  // A possessor followed by a place and then a comma is no speaker.
  assert.deepEqual(claims("Los atacantes robaron datos de la embajada de Lituania en Madrid, según el informe.", 'es').filter((c) => c.startsWith('LT')), []);
});

test('the group named first in the object of an attribution is the accused, not a later place (es, fr)', () => {
  assert.deepEqual(claims('El Gobierno de España atribuyó al grupo APT33 una intrusión en los sistemas de la empresa municipal de aguas de Valencia.', 'es'), ['ES accuses APT33']);
  assert.deepEqual(claims("Le gouvernement français a imputé au groupe APT28 une intrusion dans les serveurs de la mairie de Lyon.", 'fr'), ['FR accuses APT28']);
  // A state named first is still the accused.
  assert.deepEqual(claims('Spain accused Iran of running APT33 against its water utilities.', 'en'), ['ES accuses IR']);
});
