/**
 * A title announcing a person's statement ("Statement by Minister X", "Комментарий официального
 * представителя А.Б.Петровой", "Erklärung von Ministerin X") names the speaker of the body, which is
 * that statement: the person speaks even when the body never names them again. A title that names a
 * person without announcing what they say ("Minister X visits Berlin"), or a body that reports the
 * statement rather than being it (third person: "The ministry said"), still needs the body to name them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (title: string, body: string, lang: string) =>
  extract(`${title}\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => p.name);

const EN = 'Today we witnessed another campaign. The accusations are baseless.';
const REPORT = 'The ministry said the portal was flooded with requests.';

test('ru: a comment by a spokeswoman named with initials in the title', () => {
  assert.deepEqual(people('Комментарий официального представителя МИД России А.Б.Петровой в связи с обвинениями', 'Сегодня мы стали свидетелями очередной кампании. Обвинения беспочвенны.', 'ru'), ['Петрова']);
});

test('en, de, fr, es: a statement by a minister named in the title', () => {
  assert.deepEqual(people('Statement by Foreign Minister Jan Kowalczyk on the cyber attack', EN, 'en'), ['Jan Kowalczyk']);
  assert.deepEqual(people('Erklärung von Außenministerin Jana Kowalczyk zum Cyberangriff', 'Heute wurden wir Zeugen einer weiteren Kampagne. Die Vorwürfe sind haltlos.', 'de'), ['Jana Kowalczyk']);
  assert.deepEqual(people('Déclaration du ministre des Affaires étrangères Jean Kowalczyk sur la cyberattaque', "Nous avons été témoins d'une nouvelle campagne. Les accusations sont sans fondement.", 'fr'), ['Jean Kowalczyk']);
  assert.deepEqual(people('Declaración del ministro de Exteriores Juan Kowalczyk sobre el ciberataque', 'Nosotros rechazamos otra campaña más. Las acusaciones carecen de fundamento.', 'es'), ['Juan Kowalczyk']);
});

test('en, ru: a body in the third person reports the statement: the title name needs repeating', () => {
  assert.deepEqual(people('Statement by Foreign Minister Jan Kowalczyk on the cyber attack', REPORT, 'en'), []);
  assert.deepEqual(people('Комментарий официального представителя МИД России А.Б.Петровой в связи с обвинениями', 'Министерство сообщило, что обвинения беспочвенны.', 'ru'), []);
});

test('en, ru: a title that announces no statement needs the body to name the person', () => {
  assert.deepEqual(people('Foreign Minister Jan Kowalczyk visits Berlin', EN, 'en'), []);
  assert.deepEqual(people('Официальный представитель МИД России А.Б.Петрова посетила Берлин', 'Сегодня мы стали свидетелями очередной кампании. Обвинения беспочвенны.', 'ru'), []);
});
