/**
 * A reaction verb that tags a quotation with its speaker ("a réagi X", "entgegnete X", "replicó X")
 * makes no claim, but X is whom the pronoun of the next speech tag refers to ('"...", a-t-elle
 * assuré'), not an official named earlier only as a target. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (text: string, lang: string) => extract(text, { lang }).people.map((p) => p.name);

test('fr: "a-t-elle assuré" after "a réagi X" is X speaking, not the target named before', () => {
  const p = names('Titre\nLe chef de l\'État, ainsi que l\'ex-Premier ministre Paul Girard, auraient été ciblés par un outil d\'espionnage, d\'après ces journaux, qui ajoutent que rien n\'est établi.\n"C\'est très grave", a réagi la porte-parole du gouvernement, Claire Dubois, sur une radio. "Toute la lumière sera faite", a-t-elle assuré.\nSource : x', 'fr');
  assert.ok(p.includes('Claire Dubois') && !p.includes('Paul Girard'), JSON.stringify(p));
});

test('de: "versicherte sie" after "entgegnete X" is X speaking', () => {
  const p = names('Titel\nDer französische Präsident sowie der frühere Premierminister Paul Gerber sollen ins Visier genommen worden sein, berichten diese Medien, die betonen, dass nichts bewiesen sei.\n„Das ist sehr ernst“, entgegnete die Regierungssprecherin, Klara Dorn, im Radio. „Wir werden alles aufklären“, versicherte sie.\nQuelle: x', 'de');
  assert.ok(p.includes('Klara Dorn') && !p.includes('Paul Gerber'), JSON.stringify(p));
});

test('es: "aseguró ella" after "replicó X" is X speaking', () => {
  const p = names('Título\nEl presidente francés, así como el ex primer ministro Pablo Girón, habrían sido espiados, según estos medios, que precisan que nada está probado.\n"Es muy grave", replicó la portavoz del Gobierno, Clara Durán, en la radio. "Se aclarará todo", aseguró ella.\nFuente: x', 'es');
  assert.ok(p.includes('Clara Durán') && !p.includes('Pablo Girón'), JSON.stringify(p));
});

test('fr: with no reaction verb, the pronoun still refers to the official who spoke before (negative)', () => {
  const p = names('Titre\nLe Premier ministre français Paul Girard a déclaré que l\'attaque venait de l\'étranger. "Toute la lumière sera faite", a-t-il assuré.\nSource : x', 'fr');
  assert.ok(p.includes('Paul Girard'), JSON.stringify(p));
});
