/**
 * A shortened later mention of a multi-word company name ("Orsolan" after "Orsolan Resorts") names the company again:
 * a company noun a sentence or two later ("the company", "der Konzern", "l'entreprise", "la empresa") points back to it
 * however far back its full name stood. Not when the word stands in another name ("Orsolan Gateway") nor when the
 * company is not named again within the noun's reach. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (body: string) => ['Casino hack', body, 'Source: x'].join('\n');

test('en: "Orsolan ... the company" points back to Orsolan Resorts named four sentences before', () => {
  const got = claims(article('The casino chain Orsolan Resorts runs hotels in three countries. Its shares rose last year. In March, wipers hit its servers. The damage was high. Orsolan at first kept quiet about the incident. Later the company attributed the attack to APT33.'), 'en');
  assert.ok(got.some((c) => /^Orsolan Resorts (accuses|attributes) /.test(c)), got.join('; '));
});

test('de: "Orsolan selbst ... der Konzern" is the Orsolan Resorts confirming', () => {
  const got = claims(article('Der Hotelkonzern Orsolan Resorts wurde im März angegriffen. Der Schaden war hoch. Die Täter löschten Festplatten. Die Ermittlungen dauerten Monate. Orsolan selbst hatte den Vorfall zunächst verschwiegen. Später bestätigte der Konzern den Angriff.'), 'de');
  assert.ok(got.includes('Orsolan Resorts confirms Orsolan Resorts'), got.join('; '));
});

test('fr: "Orsolan ... l\'entreprise" points back to Orsolan Resorts', () => {
  const got = claims(article("La chaîne de casinos Orsolan Resorts exploite des hôtels dans trois pays. Son action a monté l'an dernier. En mars, un logiciel destructeur a frappé ses serveurs. Les dégâts ont été importants. Orsolan avait d'abord minimisé l'incident. Plus tard, l'entreprise a attribué l'attaque au groupe APT33."), 'fr');
  assert.ok(got.some((c) => /^Orsolan Resorts (accuses|attributes) /.test(c)), got.join('; '));
});

test('es: "Orsolan ... la empresa" points back to Orsolan Resorts', () => {
  const got = claims(article('La cadena de casinos Orsolan Resorts opera hoteles en tres países. Sus acciones subieron el año pasado. En marzo, un programa destructivo golpeó sus servidores. Los daños fueron altos. Orsolan había minimizado el incidente. Más tarde, la empresa atribuyó el ataque al grupo APT33.'), 'es');
  assert.ok(got.some((c) => /^Orsolan Resorts (accuses|attributes) /.test(c)), got.join('; '));
});

test('en, de: not named again within reach, the company named far back is not the antecedent', () => {
  const en = claims(article('The casino chain Orsolan Resorts runs hotels in three countries. Its shares rose last year. In March, wipers hit its servers. The damage was high. The police at first kept quiet about the incident. Later the company attributed the attack to APT33.'), 'en');
  assert.ok(!en.some((c) => c.startsWith('Orsolan Resorts')), en.join('; '));
  const de = claims(article('Der Hotelkonzern Orsolan Resorts wurde im März angegriffen. Der Schaden war hoch. Die Täter löschten Festplatten. Die Ermittlungen dauerten Monate. Die Polizei hatte den Vorfall zunächst verschwiegen. Später bestätigte der Konzern den Angriff.'), 'de');
  assert.ok(!de.some((c) => c.startsWith('Orsolan Resorts')), de.join('; '));
});

test('en: the word inside another name ("Orsolan Gateway") does not name the company again', () => {
  const got = claims(article('The casino chain Orsolan Resorts runs hotels in three countries. Its shares rose last year. In March, wipers hit its servers. The damage was high. Orsolan Gateway was the entry point. Later the company attributed the attack to APT33.'), 'en');
  assert.ok(!got.some((c) => c.startsWith('Orsolan Resorts')), got.join('; '));
});
