/**
 * The one behind an act told with the act fronted, however long its phrase: "за взломом серверов лыжного
 * союза в марте прошлого года стоит X", "detrás del ataque contra ... estaba X", "derrière l'attaque contre
 * ... se trouvait X". The act's phrase may carry its victim, place and date before the verb; the speaker
 * attributes the act to the party after it. Negatives: "derrière" of a place, and "за" of what is voted for
 * ("за предложение ... стоят депутаты") are no blame; a victim's state inside the act's phrase is not the accused. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, claimant, target, title, body] of [
  ['ru', 'NO', 'RU', 'Атака на лыжный союз', 'Прокуратура Норвегии пришла к выводу, что за атакой на Норвежский лыжный союз в 2019 году стоит ГРУ.'],
  ['ru', 'FI', 'CN', 'Атака на портал', 'Полиция Финляндии заявила, что за атакой на портал городской администрации Оулу летом прошлого года стоит Китай.'],
  ['es', 'NO', 'RU', 'Ataque contra la federación', 'La fiscalía noruega concluyó que detrás del ataque contra la federación de esquí en 2019 y 2020 estaba Rusia.'],
  ['fr', 'NO', 'RU', 'Attaque contre la fédération', "Le parquet norvégien a conclu que derrière l'attaque contre la fédération de ski en 2019 se trouvait la Russie."],
] as const) {
  test(`${lang}: the one behind a long fronted act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

test('ru: the states of the victims inside the long act phrase are not the accused', () => {
  const cs = claimsOf('Служба разведки Финляндии заявила, что за массированными атаками на сайты финских и американских государственных учреждений стоит Китай.', 'ru', { title: 'Атаки на сайты' });
  assert.ok(attributes(cs, 'FI', 'CN'), show(cs));
  assert.ok(!attributes(cs, 'FI', 'US'), show(cs));
});

test('es: detrás of a building is a place, not blame', () => {
  const cs = claimsOf('El Ministerio de Defensa de Noruega indicó que detrás del edificio de la embajada de Rusia en el centro de Oslo hay un parque público.', 'es', { title: 'Un nuevo parque' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});

test('fr: derrière a building is a place, not blame', () => {
  const cs = claimsOf("Le ministère norvégien de la Défense a indiqué que derrière le bâtiment de son siège à Oslo se trouve un parc ouvert au public.", 'fr', { title: 'Un nouveau siège' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});

test('ru: за of what is supported is no blame', () => {
  const cs = claimsOf('Сейм Латвии сообщил, что за предложение о новых правилах для операторов связи из Эстонии стоят пять депутатов.', 'ru', { title: 'Новые правила' });
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});
