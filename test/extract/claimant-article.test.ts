/**
 * An organisation claimant is its name without the article the sentence puts before it: French elides
 * the article before a vowel and glues it to the name ("L'Institut Corvelle a confirmé ..." -> "Institut
 * Corvelle"), also after a live-blog counter ("(3/5) L’Agence ..."). The same holds for the separate
 * articles of en, es, de. Negatives: names that carry their article keep it ("Le Monde", "The New York
 * Times"), and a state body after an elided article still speaks for its state. Names invented for these
 * tests, apart from the two newspapers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = { title: 'Cyberattaque: des pirates visent un port' };

for (const [lang, body, name, stance] of [
  ['fr', "L'Institut Corvelle a confirmé que la Chine se trouvait derrière le piratage du port.", 'Institut Corvelle', 'attributes'],
  ['fr', "(3/5) L'Institut Corvelle a confirmé que la Chine se trouvait derrière le piratage du port.", 'Institut Corvelle', 'attributes'],
  ['fr', 'L’Agence Pellomar a accusé la Russie d’avoir piraté les serveurs du port.', 'Agence Pellomar', 'accuses'],
  ['fr', "L'Observatoire Dunvik a attribué l'intrusion dans le réseau du port à l'Iran.", 'Observatoire Dunvik', 'accuses'],
  ['es', 'El Instituto Corvelle confirmó que China estaba detrás del ataque contra el puerto.', 'Instituto Corvelle', 'attributes'],
  ['de', 'Die Firma Pellomar machte Russland für den Angriff auf den Hafen verantwortlich.', 'Pellomar', 'accuses'],
  ['en', 'The Corvelle Institute confirmed that China was behind the breach of the port.', 'Corvelle Institute', 'attributes'],
] as const) {
  test(`${lang}: the claimant is the name without its article: ${body.slice(0, 45)}`, () => {
    const cs = claimsOf(body, lang, TITLE);
    assert.ok(cs.some((c) => c.claimant === name && (c.stance === stance || (c.stance === 'accuses' && stance === 'attributes') || (c.stance === 'attributes' && stance === 'accuses'))), show(cs));
    assert.ok(!cs.some((c) => /^(?:l['’]|the |el |die )/iu.test(c.claimant)), show(cs));
  });
}

for (const [lang, body, name] of [
  ['fr', "Le Monde a révélé que la Chine se trouvait derrière le piratage du port.", 'Le Monde'],
  ['en', 'The New York Times reported that China was behind the breach of the port.', 'The New York Times'],
] as const) {
  test(`${lang}: a name that carries its article keeps it (negative): ${body.slice(0, 45)}`, () => {
    const cs = claimsOf(body, lang, TITLE);
    assert.ok(cs.some((c) => c.claimant === name), show(cs));
  });
}

test("fr: a state body after an elided article still speaks for its state (negative)", () => {
  const cs = claimsOf("L'ANSSI a attribué le piratage du port à la Russie.", 'fr', TITLE);
  assert.ok(cs.some((c) => c.claimant === 'FR' && c.target === 'RU'), show(cs));
});
