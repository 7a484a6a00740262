/**
 * People quoted for their expertise: "according to the researcher X", "Laut dem Analysten X", "selon le chercheur
 * X", "según el investigador X", "по словам эксперта X": the descriptor before the name is a role, as a minister's
 * office is, in the languages whose profiles lacked it (en, fr, de, es, ru; vi and zh had them); so is a German
 * politician's ("Die Grünen-Politikerin X forderte"). The name is the
 * person's, without the descriptor ("Аналитик Игорь Кузнецов" is Igor Kuznetsov), in the nominative after a
 * Russian genitive. A descriptor before a company's name makes no person of it, nor before a university's
 * (German and Russian gain the word as an organisation word, as the other profiles had it). Sentences invented
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const peopleOf = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang }).people;
const named = (people: ReturnType<typeof peopleOf>) => people.map((p) => [p.name, ...p.aliases]);

const FOUND: Array<{ lang: string; body: string; name: string }> = [
  { lang: 'en', body: 'According to the analyst Mira Castellane, the loader was rewritten in Rust.', name: 'Mira Castellane' },
  { lang: 'fr', body: "Selon le chercheur Lukas Orbendt, l'application est un cheval de Troie.", name: 'Lukas Orbendt' },
  { lang: 'de', body: 'Laut dem Analysten Lukas Orbendt handelt es sich um einen Trojaner.', name: 'Lukas Orbendt' },
  { lang: 'de', body: 'Der Velmora-Experte Jonas Brekker sagte, die Gruppe sei seit 2019 aktiv.', name: 'Jonas Brekker' },
  { lang: 'de', body: 'Die Grünen-Politikerin Anna Berger forderte Aufklärung über den Angriff.', name: 'Anna Berger' },
  { lang: 'es', body: 'Según el investigador Lukas Orbendt, la aplicación es un troyano.', name: 'Lukas Orbendt' },
  { lang: 'ru', body: 'Аналитик Игорь Кузнецов сообщил, что группа действует с 2019 года.', name: 'Igor Kuznetsov' },
  { lang: 'ru', body: 'По словам исследователя Игоря Кузнецова, группа действует с 2019 года.', name: 'Igor Kuznetsov' },
  { lang: 'ru', body: 'По словам эксперта «Лаборатории Касперского» Игоря Кузнецова, группа действует с 2019 года.', name: 'Igor Kuznetsov' },
];

for (const { lang, body, name } of FOUND) {
  test(`${lang}: an expert's descriptor introduces their name: ${body.slice(0, 40)}`, () => {
    const people = peopleOf(body, lang);
    assert.equal(people.length, 1, `${body}\n${JSON.stringify(named(people))}`);
    assert.ok(named(people)[0]!.includes(name), `${body}\n${JSON.stringify(named(people))}`);
    // The descriptor is not part of the name.
    assert.ok(!/analyst|chercheur|Analysten|Experte|Politikerin|investigador|Аналитик|исследовател|эксперт/iu.test(people[0]!.name), people[0]!.name);
  });
}

const NONE: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'According to the firm Velmora Systems, the attack began on Monday.' },
  { lang: 'en', body: 'Researchers at Velmora Systems found the implant.' },
  { lang: 'fr', body: "Selon la société Velmora Systems, l'attaque a commencé lundi." },
  { lang: 'de', body: 'Experten von Velmora Systems fanden die Schadsoftware.' },
  { lang: 'de', body: 'Experten der Universität Lindau sagten, der Angriff sei abgewehrt worden.' },
  { lang: 'es', body: 'Según la empresa Velmora Systems, el ataque comenzó el lunes.' },
  { lang: 'ru', body: 'Эксперты компании обнаружили вредоносную программу.' },
];

for (const { lang, body } of NONE) {
  test(`${lang}: no person where the descriptor names a company or a group of experts: ${body.slice(0, 40)}`, () => {
    assert.deepEqual(named(peopleOf(body, lang)), []);
  });
}
