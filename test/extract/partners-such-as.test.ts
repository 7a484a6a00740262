/**
 * Partners listed as examples ("shared work with partners such as the United Kingdom and the United States",
 * "nos partenaires, tels que le Royaume-Uni, les États-Unis et le Japon", "socios como ...", "Partnern wie ...",
 * "партнерами, такими как ...", "các đối tác như ..."): they side with the speaker, they are neither accused nor
 * warned. Negative case: the accused named after such a list is still accused. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const PARTNERS: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'The EU Council said the step belongs to shared work with partners such as the United Kingdom and the United States against ransomware crews.' },
  { lang: 'fr', s: "Le Conseil de l'UE a indiqué que cette décision relève d'un travail conduit avec nos partenaires, tels que le Royaume-Uni, les États-Unis et le Japon, contre les bandes de rançongiciels." },
  { lang: 'es', s: 'El Consejo de la UE afirmó que la medida forma parte de los esfuerzos con socios como el Reino Unido y Estados Unidos para responder a la ciberdelincuencia.' },
  { lang: 'de', s: 'Der EU-Rat erklärte, die Maßnahme sei Teil gemeinsamer Anstrengungen mit Partnern wie dem Vereinigten Königreich und den USA, um auf Cyberkriminalität zu reagieren.' },
  { lang: 'ru', s: 'Совет ЕС заявил, что эта мера является частью совместных усилий с партнерами, такими как Великобритания и США, по противодействию киберпреступности.' },
  { lang: 'vi', s: 'Hội đồng EU cho biết biện pháp này nằm trong nỗ lực chung với các đối tác như Anh và Mỹ nhằm đối phó với tội phạm mạng.' },
];

for (const c of PARTNERS) {
  test(`${c.lang}: partners listed as examples are neither accused nor warned: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!cs.some((x) => x.target === 'GB' || x.target === 'US' || x.claimant === 'GB' || x.claimant === 'US'), show(cs));
  });
}

test('en: the accused after a list of partners is still accused (negative)', () => {
  const cs = claimsOf('The EU Council said that, with partners such as the United Kingdom, it holds Russia responsible for the attacks.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'EU' && (x.stance === 'accuses' || x.stance === 'attributes') && x.target === 'RU'), show(cs));
});
