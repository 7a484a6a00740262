/**
 * Attacking someone in words and other acts of a named person that are no plain speech verb: "carga
 * contra", "arremete contra", "ha repetido" (es); "s'en prend à", "a annoncé", "a porté plainte" (fr);
 * "обрушился с критикой" (ru); "lashed out at", "slammed", "announced" (en); "attackierte", "schoss
 * gegen" (de). The person who does it acts. Negatives: the person attacked in words, and a person only
 * named in the sentence, do not. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

for (const [lang, body, who] of [
  ['es', 'El exalcalde Ramiro Celis carga contra la junta vecinal por el apagón de sus servidores.', 'Ramiro Celis'],
  ['es', 'La senadora Ana Ruiz Beltrán arremetió contra el Gobierno por su silencio ante el ciberataque.', 'Ana Ruiz Beltrán'],
  ['es', 'El alcalde Tomás Vidal ha repetido en varias entrevistas que la red municipal fue saboteada.', 'Tomás Vidal'],
  ['fr', 'Le sénateur Paul Marchand s\'en prend au gouvernement après la fuite de données.', 'Paul Marchand'],
  ['fr', 'Le maire adjoint, Denis Morvan, a annoncé la fermeture du portail municipal.', 'Denis Morvan'],
  ['fr', 'Le maire Nikos Varvakis a porté plainte pour piratage.', 'Nikos Varvakis'],
  ['ru', 'Депутат Иван Сидоров обрушился с критикой на Лондон после кибератаки.', 'Иван Сидоров'],
  ['en', 'Senator Dolores Whitfield lashed out at the agency over the breach.', 'Dolores Whitfield'],
  ['en', 'Minister Hamish Tovey slammed the hackers in a post on Sunday.', 'Hamish Tovey'],
  ['de', 'Der Abgeordnete Jörg Brenner attackierte die Bundesregierung wegen des Hackerangriffs.', 'Jörg Brenner'],
] as const) {
  test(`${lang}: a person attacking in words or announcing acts: ${body.slice(0, 50)}`, () => {
    assert.ok(people(body, lang).includes(who), JSON.stringify(people(body, lang)));
  });
}

for (const [lang, body, who] of [
  ['es', 'La junta vecinal carga contra el exalcalde Ramiro Celis por sus mensajes.', 'Ramiro Celis'],
  ['fr', 'Les hackers s\'en prennent au député Paul Marchand depuis des semaines.', 'Paul Marchand'],
  ['en', 'The agency slammed reports naming Senator Dolores Whitfield as a target.', 'Dolores Whitfield'],
] as const) {
  test(`${lang}: the person attacked or only named does not act (negative): ${body.slice(0, 50)}`, () => {
    assert.ok(!people(body, lang).includes(who), JSON.stringify(people(body, lang)));
  });
}
