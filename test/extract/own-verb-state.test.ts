/**
 * A state named right after an official's own warning verb ("Minister X warned China against ...", "la ministra X
 * advirtió a China") is whom they speak of, never whose official they are: no state warns itself.
 * With the article's officials' state known, the official warns or accuses for that state. Names and events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Defence Minister Jan Roeland warned China against further attacks on the ministry.'],
  ['fr', 'Le ministre de la Défense, Paul Verlinden, a mis en garde la Chine contre de nouvelles attaques.'],
  ['de', 'Verteidigungsminister Jan Roeland warnte China vor weiteren Angriffen auf das Ministerium.'],
  ['ru', 'Министр обороны Ян Роланд предупредил Китай о последствиях новых атак на министерство.'],
  ['es', 'La ministra de Defensa, Lucía Marvento, advirtió a China de las consecuencias de nuevos ataques.'],
] as const) {
  test(`${lang}: the state an official warns is not theirs: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry attacked' });
    assert.ok(!cs.some((c) => c.claimant === 'CN'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Belgian Prime Minister Marc Dupuis spoke to reporters on Monday. Defence Minister Jan Roeland warned China against further attacks on the ministry.'],
  ['es', 'El primer ministro belga, Marc Dupuis, habló con la prensa el lunes. La ministra de Defensa, Lucía Marvento, advirtió a China de las consecuencias de nuevos ataques.'],
] as const) {
  test(`${lang}: the official warns for the article's state: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry attacked' });
    assert.ok(cs.some((c) => c.claimant === 'BE' && c.stance === 'warns' && c.target === 'CN'), show(cs));
  });
}
