/**
 * A sentence that opens with a speech verb and no subject ("Añadió que", "Заявил также, что", "并表示，",
 * "Cho biết thêm,", "Added that") goes on with the speaker of the sentence right before it. Negatives: a
 * sentence before it that no one spoke (a new party acting, not speaking), a subject after the verb, a
 * question. A header field whose value is a date ("Дата: 03.03.2025", "Última actualización: 3 mar") opens
 * no questioner's turn that would silence the rest of a live blog. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Cyberattack on the foreign ministry';

for (const [lang, body] of [
  ['es', 'Tomás Ledra, el canciller de Brasil, dijo el martes que la red interna había quedado fuera de servicio. Añadió que Rusia está detrás del ataque.'],
  ['es', 'Tomás Ledra, el canciller de Brasil, dijo el martes que la red interna había quedado fuera de servicio. Y agregó que Rusia está detrás del ataque.'],
  ['ru', 'Министр иностранных дел Бразилии Томас Ледра заявил во вторник, что внутренняя сеть министерства не работает. Заявил также, что за атакой стоит Россия.'],
  ['ru', 'Министр иностранных дел Бразилии Томас Ледра заявил во вторник, что внутренняя сеть министерства не работает. Добавил, что за атакой стоит Россия.'],
  ['zh', '巴西外交部发言人托马斯·莱德拉周二表示，外交部内部网络已经瘫痪。并表示，俄罗斯是这次攻击的幕后黑手。'],
  ['vi', 'Bộ trưởng Ngoại giao Brazil Tomás Ledra hôm thứ Ba nói mạng nội bộ của bộ đã ngừng hoạt động. Cho biết thêm, Nga đứng sau vụ tấn công.'],
  ['en', 'Brazilian foreign minister Tomás Ledra said on Tuesday that the ministry network had gone down. Added that Russia was behind the attack.'],
] as const) {
  test(`${lang}: a subjectless speech verb goes on with the speaker before: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(attributes(cs, 'BR', 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  // The sentence before tells an act, not speech: no one to go on with.
  ['es', 'El Gobierno de Brasil convocó el martes al embajador de Portugal. Añadió que Rusia está detrás del ataque.'],
  ['ru', 'Правительство Бразилии во вторник вызвало посла Португалии. Добавил, что за атакой стоит Россия.'],
  // A question asks, it does not state.
  ['es', 'Tomás Ledra, el canciller de Brasil, dijo el martes que la red interna había quedado fuera de servicio. ¿Añadió que Rusia está detrás del ataque?'],
] as const) {
  test(`${lang}: no speaker to go on with (negative): ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!attributes(cs, 'BR', 'RU'), show(cs));
  });
}

test('es: a subject after the verb speaks, not the speaker before (negative)', () => {
  const body = 'Tomás Ledra, el canciller de Brasil, dijo el martes que la red interna había quedado fuera de servicio. Añadió el portavoz ruso Iván Sokol que Ucrania está detrás del ataque.';
  const cs = claimsOf(body, 'es', { title: TITLE });
  assert.ok(!attributes(cs, 'BR', 'UA'), show(cs));
});

for (const [lang, header, body] of [
  ['es', 'Última actualización: 3 mar 2025 - 10:05 CET', 'Tomás Ledra, el canciller de Brasil, dijo el martes que la red interna había quedado fuera de servicio. Añadió que Rusia está detrás del ataque.'],
  ['ru', 'Дата: 03.03.2025', 'Министр иностранных дел Бразилии Томас Ледра заявил во вторник, что внутренняя сеть министерства не работает. Добавил, что за атакой стоит Россия.'],
] as const) {
  test(`${lang}: a dated header field opens no questioner's turn: ${header}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE, header });
    assert.ok(attributes(cs, 'BR', 'RU'), show(cs));
  });
}

// "und fügte hinzu, dass": a speech verb coordinated under the subject of the first (de has no other "added").
for (const body of [
  'Der brasilianische Außenminister Tomás Ledra sprach am Dienstag mit Journalisten und fügte hinzu, dass Russland hinter dem Angriff steckt.',
  'Der brasilianische Außenminister Tomás Ledra sagte am Dienstag, das interne Netz sei ausgefallen. Er fügte hinzu, dass Russland hinter dem Angriff stecke.',
]) {
  test(`de: "fügte hinzu" speaks: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, 'de', { title: TITLE });
    assert.ok(attributes(cs, 'BR', 'RU'), show(cs));
  });
}

test('de: a new subject of "fügte hinzu" speaks, not the speaker before (negative)', () => {
  const body = 'Der brasilianische Außenminister Tomás Ledra sagte am Dienstag, das interne Netz sei ausgefallen. Später fügte das russische Außenministerium hinzu, dass die Ukraine hinter dem Angriff stecke.';
  const cs = claimsOf(body, 'de', { title: TITLE });
  assert.ok(!attributes(cs, 'BR', 'UA'), show(cs));
});
