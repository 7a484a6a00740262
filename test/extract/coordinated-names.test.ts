/**
 * Two people joined by a conjunction before one verb ("X and Y said", "X и Y заявили", "X et Y ont déclaré",
 * "X und Y sagten", "X y Y afirmaron") are both people: the first had no verb of its own next to it, and the
 * second's plural verb was read as an organisation's. A known entity in the first place makes no person of the
 * second ("Check Point and Y said" is left as before), and a staff noun opening the sentence ("Эксперты
 * Московского университета заявили") is a common noun, not a name's first word. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang }).people.map((p) => [p.name, ...p.aliases]);

const PAIRS: Array<{ lang: string; body: string; names: [string, string] }> = [
  { lang: 'en', body: 'Mira Castellane and Tomasz Wrona said the attack had been repelled.', names: ['Mira Castellane', 'Tomasz Wrona'] },
  { lang: 'fr', body: "Élodie Marchetti et Thibault Garnier ont déclaré que l'attaque était contenue.", names: ['Élodie Marchetti', 'Thibault Garnier'] },
  { lang: 'de', body: 'Jörg Habermann und Nancy Vogt sagten, der Angriff sei abgewehrt worden.', names: ['Jörg Habermann', 'Nancy Vogt'] },
  { lang: 'es', body: 'Inés Calderón y Luis Ferrán afirmaron que el ataque fue contenido.', names: ['Inés Calderón', 'Luis Ferrán'] },
  { lang: 'ru', body: 'Игорь Кузнецов и Олег Дёмин заявили, что атака отражена.', names: ['Igor Kuznetsov', 'Oleg Dyomin'] },
];

for (const { lang, body, names } of PAIRS) {
  test(`${lang}: both people of "X and Y said"`, () => {
    const got = people(body, lang);
    assert.equal(got.length, 2, `${body}\n${JSON.stringify(got)}`);
    for (const n of names) assert.ok(got.some((g) => g.includes(n)), `${n} in ${JSON.stringify(got)}`);
  });
}

test('en: a known company first makes no person of the second name', () => {
  assert.deepEqual(people('Check Point and Palo Alto Networks said the attack had been repelled.', 'en'), []);
});

test('fr: a state first makes no person of a company', () => {
  assert.deepEqual(people("La Russie et Velmora Systèmes ont déclaré que l'attaque était contenue.", 'fr'), []);
});

test('ru: a staff noun opening the sentence is no name', () => {
  assert.deepEqual(people('Эксперты Московского университета заявили, что атака отражена.', 'ru'), []);
});
