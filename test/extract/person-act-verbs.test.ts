/**
 * A name right before an official's act verb ("X condemned the sabotage", "X verurteilte", "X a condamné", "X
 * condenó", "X осудил") is a person who acts, as before a speech verb: the act verbs are the ones people-acting.ts
 * already reads for people found otherwise. Not after a locative ("the mission in New York rejected": a place),
 * nor after an article ("El Palacio Real condenó": a noun phrase), and not a body with an organisation word ("Die Firma Velmora verurteilte"). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang }).people.map((p) => p.name);

const ACTING: Array<{ lang: string; body: string; name: string }> = [
  { lang: 'en', body: 'Tove Lindqvist condemned the sabotage of the undersea cable.', name: 'Tove Lindqvist' },
  { lang: 'en', body: 'Ursula von der Leyen denounced the attack on the grid.', name: 'Ursula von der Leyen' },
  { lang: 'de', body: 'Tove Lindqvist verurteilte die Sabotage des Unterseekabels.', name: 'Tove Lindqvist' },
  { lang: 'fr', body: 'Tove Lindqvist a condamné le sabotage du câble sous-marin.', name: 'Tove Lindqvist' },
  { lang: 'es', body: 'Tove Lindqvist condenó el sabotaje del cable submarino.', name: 'Tove Lindqvist' },
  { lang: 'ru', body: 'Тове Линдквист осудила диверсию на подводном кабеле.', name: 'Тове Линдквист' },
];

for (const { lang, body, name } of ACTING) {
  test(`${lang}: a name before an act verb is a person: ${body.slice(0, 40)}`, () => {
    assert.deepEqual(names(body, lang), [name]);
  });
}

const NOT_PEOPLE: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Iran's permanent mission to the UN in Geneva rejected those allegations on Monday." },
  { lang: 'en', body: 'The hospital in Santa Clara condemned the attack.' },
  { lang: 'de', body: 'Die Firma Velmora Systeme verurteilte die Sabotage.' },
  { lang: 'fr', body: "L'ambassade à Buenos Aires a condamné l'attaque." },
  { lang: 'es', body: 'El Palacio Real condenó el ataque contra la red.' },
];

for (const { lang, body } of NOT_PEOPLE) {
  test(`${lang}: a place or a body before an act verb is no person: ${body.slice(0, 40)}`, () => {
    assert.deepEqual(names(body, lang), []);
  });
}
