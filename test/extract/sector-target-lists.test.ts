/**
 * Lists of targets: a Chinese list introduced by its targets' word ("锁定对象涵盖政府、媒体及电信等领域",
 * "攻擊對象包括…") and a Spanish perfect of the act ("ha penetrado en redes de escuelas, centros
 * sanitarios y administraciones locales") tell what was hit, so each listed sector counts; a list
 * with no act or target word does not.
 * Sentences written for these tests, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(text, { lang }).sectors.map((s) => s.name).sort();
const brief = (s: string) => `Brief\n${s}\nSource: x`;

test('zh: a list after 锁定对象 / 攻擊對象 is a list of targets', () => {
  assert.deepEqual(sectors(brief('报告指出，该组织自2015年起十分活跃，锁定对象涵盖政府、媒体及电信等领域。'), 'zh'), ['government', 'media', 'telecommunications']);
  assert.deepEqual(sectors(brief('調查指出，該組織的攻擊對象包括媒體及電信業者。'), 'zh'), ['media', 'telecommunications']);
});

test('zh: the same list with no target word is not', () => {
  assert.deepEqual(sectors(brief('该论坛的参与者涵盖政府、媒体及电信等领域。'), 'zh'), []);
});

test('es: a perfect participle of the act and the listed sectors', () => {
  assert.deepEqual(
    sectors(brief('El grupo Velmor ha penetrado desde 2019 en redes de escuelas, centros sanitarios y administraciones locales.'), 'es'),
    ['education', 'government', 'healthcare'],
  );
  assert.deepEqual(sectors(brief('El foro reunió a representantes de escuelas, centros sanitarios y administraciones locales.'), 'es'), []);
});
