/**
 * A role that names no state ("Foreign Minister", "le ministre des Affaires étrangères", "Außenminister",
 * "министр иностранных дел") speaks for the state its sentence names, but not for a state named inside a
 * quotation the role stands outside of: the quoted words are whom the person accuses, not whose official
 * they are. A state outside the quotation ("Estonian Foreign Minister", "министр иностранных дел
 * Эстонии") still gives the role its state. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang });
const show = (x: ReturnType<typeof run>) => JSON.stringify({ people: x.people.map((p) => [p.name, p.speaks_for]), claims: x.claims.map((c) => [c.claimant, c.stance, c.target]) });

const QUOTED_ACCUSED: Array<[lang: string, body: string]> = [
  ['en', '"Russia’s military intelligence is responsible for hacking our ministries," Foreign Minister Jaan Velmor said.'],
  ['fr', '« La Russie est responsable du piratage de nos ministères », a déclaré le ministre des Affaires étrangères Jaan Velmor.'],
  ['de', '„Russland ist für den Angriff auf unsere Ministerien verantwortlich“, sagte Außenminister Jaan Velmor.'],
  ['es', '"Rusia es responsable del ataque contra nuestros ministerios", dijo el ministro de Exteriores Jaan Velmor.'],
  ['ru', '«Россия несет ответственность за взлом наших министерств», — заявил министр иностранных дел Яан Велмор.'],
];

for (const [lang, body] of QUOTED_ACCUSED) {
  test(`${lang}: the minister does not speak for the state accused in the quotation`, () => {
    const x = run(body, lang);
    assert.ok(!x.people.some((p) => p.speaks_for === 'RU'), show(x));
    assert.ok(!x.claims.some((c) => c.claimant === 'RU'), show(x));
  });
}

// Negative: the state named outside the quotation is the minister's.
const OWN_STATE: Array<[lang: string, body: string]> = [
  ['en', '"Russia is behind these attacks," Estonian Foreign Minister Jaan Velmor said.'],
  ['de', '„Russland steckt hinter den Angriffen“, sagte der estnische Außenminister Jaan Velmor.'],
  ['ru', '«За атаками стоит Россия», — заявил министр иностранных дел Эстонии Яан Велмор.'],
];

for (const [lang, body] of OWN_STATE) {
  test(`${lang}: the state outside the quotation is the minister's, who accuses the state inside it`, () => {
    const x = run(body, lang);
    assert.ok(x.people.some((p) => p.speaks_for === 'EE'), show(x));
    assert.ok(x.claims.some((c) => c.claimant === 'EE' && c.target === 'RU'), show(x));
  });
}
