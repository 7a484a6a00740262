/**
 * Nouns for the unnamed doers of an act ("the saboteurs", "les saboteurs", "les auteurs (de l'attaque)", "die Täter",
 * "die Saboteure", "los autores", "los saboteadores", "исполнители", "диверсанты") are the actor an agency phrase
 * ties to its sponsor: "the saboteurs acted on behalf of X" makes the speaker ascribe the act to X.
 * Negatives: the doers still unknown, and "authors" of a report.
 * Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Sabotage inquiry';

for (const [lang, body, who, whom] of [
  ['en', 'Estonian prosecutors said the saboteurs had worked on behalf of Belarus.', 'EE', 'BY'],
  ['fr', 'Le parquet belge a affirmé que les saboteurs avaient agi pour le compte de l’Iran.', 'BE', 'IR'],
  ['fr', 'La police suisse estime que les auteurs avaient agi pour le compte de Pyongyang.', 'CH', 'KP'],
  ['de', 'Die dänische Polizei erklärte, die Täter hätten im Auftrag Russlands gehandelt.', 'DK', 'RU'],
  ['de', 'Die finnische Staatsanwaltschaft teilte mit, die Saboteure hätten im Auftrag Moskaus gehandelt.', 'FI', 'RU'],
  ['es', 'La fiscalía uruguaya afirmó que los autores actuaron por encargo de Irán.', 'UY', 'IR'],
  ['es', 'La policía peruana dijo que los saboteadores trabajaban por encargo de China.', 'PE', 'CN'],
  ['ru', 'Финская полиция заявила, что исполнители действовали в интересах Белоруссии.', 'FI', 'BY'],
  ['ru', 'Эстонская прокуратура заявила, что диверсанты действовали в интересах Ирана.', 'EE', 'IR'],
] as const) {
  test(`${lang}: the doers of an act tied to a sponsor: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Estonian prosecutors said the saboteurs remain unknown.'],
  ['fr', 'La police suisse a indiqué que les auteurs restent inconnus.'],
  ['fr', 'Selon les auteurs du rapport, la Belgique a renforcé ses défenses.'],
  ['de', 'Die dänische Polizei erklärte, die Täter seien weiterhin unbekannt.'],
  ['es', 'Según los autores del informe, Uruguay ha reforzado sus defensas.'],
  ['ru', 'Финская полиция заявила, что исполнители пока не установлены.'],
] as const) {
  test(`${lang}: unknown doers or a report's authors accuse no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
