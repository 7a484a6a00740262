/**
 * A conjunction, preposition or adverb opening a sentence before a speech verb ("Como informó la empresa
 * X", "Wie berichtete die Firma X", "Comme l'a indiqué la société X", "Как сообщила компания X", "As X
 * said") is a closed-class word, never a name whatever its case: it is no claimant. The reporting clause
 * it opens names its speaker after the verb, who claims. A real name opening the sentence still speaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claimants = (text: string, lang: string) =>
  extract(`${text}\nSource: https://example.org/story`, { lang }).claims.map((c) => c.claimant);

const cases: Array<[string, string, string]> = [
  ['es', 'Como', 'Intrusión en la red eléctrica\nComo informó la empresa VeloSec, el grupo Sandworm está detrás del sabotaje.'],
  ['es', 'Como', 'Intrusión en la red eléctrica\nComo ha explicado la firma VeloSec, el grupo Sandworm está detrás del sabotaje.'],
  ['de', 'Wie', 'Angriff auf das Stromnetz\nWie berichtete KVX, steckt die Gruppe Sandworm hinter dem Hackerangriff.'],
  ['fr', 'Comme', 'Sabotage du réseau électrique\nComme l’a indiqué la société VeloSec, le groupe Sandworm est derrière le sabotage.'],
  ['fr', 'Ainsi', "Sabotage du réseau électrique\nAinsi que l'a déclaré la société VeloSec, le groupe Sandworm est derrière le sabotage."],
  ['ru', 'Как', 'Кибератака на энергосеть\nКак сообщила компания KVX, за кибератакой стоит группировка Sandworm.'],
  ['en', 'As', 'Grid sabotage\nAs stated by the firm VeloSec, the Sandworm group is behind the sabotage.'],
];

// German and Russian take an unknown vendor for a name only in capitals ("KVX"): every German noun is capitalised.
for (const [lang, opener, text] of cases) {
  const vendor = lang === 'de' || lang === 'ru' ? 'KVX' : 'VeloSec';
  test(`${lang}: "${opener} <verb> ... ${vendor}" makes ${vendor} the claimant, never "${opener}"`, () => {
    const got = claimants(text, lang);
    assert.ok(!got.some((c) => c.split(/\s+/u)[0] === opener), `${opener} taken as a claimant: ${got.join(', ')}`);
    assert.ok(got.includes(vendor), `${vendor} missing: ${got.join(', ')}`);
  });
}

test('de: "Wie berichtete die Firma KVX" no longer makes "Wie" a claimant', () => {
  // The vendor after a common noun ("die Firma KVX") is not yet taken for the speaker in German.
  const got = claimants('Angriff auf das Stromnetz\nWie berichtete die Firma KVX, steckt die Gruppe Sandworm hinter dem Hackerangriff.', 'de');
  assert.ok(!got.includes('Wie'), got.join(', '));
});

test('es, de: the opening word alone is dropped even before an acronym ("Como KVX informó", "Wie KVX berichtete")', () => {
  const es = claimants('Intrusión en la red eléctrica\nComo KVX informó, el grupo Sandworm está detrás del sabotaje.', 'es');
  assert.deepEqual(es, ['KVX']);
  const de = claimants('Sabotage im Stromnetz\nWie KVX berichtete, steckt die Gruppe Sandworm hinter der Sabotage.', 'de');
  assert.deepEqual(de, ['KVX']);
});

test('es: "Según afirmó ..." with no named speaker makes no claimant of "Según"', () => {
  const got = claimants('Intrusión en la red eléctrica\nSegún afirmó el portavoz, el grupo Sandworm está detrás del sabotaje.', 'es');
  assert.ok(!got.includes('Según'), got.join(', '));
});

test('negative: a vendor whose name opens the sentence still speaks (en, es, de)', () => {
  assert.ok(claimants('Grid sabotage\nVelmora said the Sandworm group is behind the sabotage of the grid.', 'en').includes('Velmora'));
  assert.ok(claimants('Intrusión en la red eléctrica\nVelmora informó que el grupo Sandworm está detrás del sabotaje contra Velmora.', 'es').includes('Velmora'));
  assert.ok(claimants('Sabotage bei Velmora\nVelmora erklärte, die Gruppe Sandworm stecke hinter der Sabotage bei Velmora.', 'de').includes('Velmora'));
});
