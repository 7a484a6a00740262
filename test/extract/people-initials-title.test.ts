/**
 * Two constructions that name a speaker: initials before a surname ("minister R.K. Singh said"),
 * which sentence segmentation must not cut, and a full name with its role in the title, which the
 * body then gives by surname alone ("Statement by Minister X Y" ... "Y told reporters").
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { segmentDocument } from '../../src/extract/segment.ts';

const names = (text: string, lang: string) => extract(text, { lang }).people.flatMap((p) => [p.name, ...p.aliases]);

test('initials before a surname do not end the sentence; country initials after an article still may (en, fr, es)', () => {
  const s = (t: string, lang: string) => segmentDocument(`Note\n${t}\nSource: x`, lang).sentences.map((x) => x.text);
  assert.deepEqual(s('The trade minister P.J. Harlow said on Monday that no data was lost.', 'en'), ['Note', 'The trade minister P.J. Harlow said on Monday that no data was lost.']);
  assert.deepEqual(s("Le ministre P.J. Harlow a déclaré lundi que rien n'avait été volé.", 'fr'), ['Note', "Le ministre P.J. Harlow a déclaré lundi que rien n'avait été volé."]);
  assert.deepEqual(s('El ministro P.J. Harlow dijo el lunes que no hubo robo de datos.', 'es'), ['Note', 'El ministro P.J. Harlow dijo el lunes que no hubo robo de datos.']);
  assert.deepEqual(s('The outage hit the U.S. The ministry said little.', 'en'), ['Note', 'The outage hit the U.S.', 'The ministry said little.']);
});

test('a speaker named with initials and a surname is found (en, es)', () => {
  assert.ok(names('Grid\nThe trade minister P.J. Harlow said on Monday that the outage was an accident.\nSource: x', 'en').some((n) => /Harlow/u.test(n)));
  assert.ok(names('Red\nEl ministro P.J. Harlow dijo el lunes que el apagón fue un accidente.\nSource: x', 'es').some((n) => /Harlow/u.test(n)));
});

test('a full name with its role in the title, then the surname alone speaking in the body (en, fr, ru)', () => {
  const en = 'Statement by Cabinet Secretary Tomas Wendero on the portal outage\n"The portal was flooded with requests," Wendero told reporters, adding that no data was taken.\nSource: x';
  assert.ok(names(en, 'en').includes('Tomas Wendero'));
  const fr = "Déclaration du ministre Tomas Wendero sur la panne du portail\n« Le portail a été submergé de requêtes », a déclaré Wendero devant la presse.\nSource: x";
  assert.ok(names(fr, 'fr').includes('Tomas Wendero'));
  const ru = 'Заявление министра Томаса Вендеро о сбое портала\n«Портал был перегружен запросами», - заявил Вендеро журналистам.\nSource: x';
  assert.ok(names(ru, 'ru').some((n) => /Вендеро|Wendero/u.test(n)));
});

test('a capitalised title with no role names nobody, nor a name the body never repeats (en)', () => {
  assert.deepEqual(names('Operation Medusa Takes Down Snake Network\nThe FBI said the operation ended a long campaign.\nSource: x', 'en'), []);
  assert.deepEqual(names('Statement by Cabinet Secretary Tomas Wendero on the portal outage\nThe ministry said the portal was flooded with requests.\nSource: x', 'en'), []);
});
