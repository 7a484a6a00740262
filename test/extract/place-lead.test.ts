/**
 * A state named in the adverbial of time or occasion that opens a sentence ("After the outage in X, ...", "Sau sự cố ở
 * X, ...", "Après la panne en X, ...", "Nach dem Ausfall in X ...", "Tras el apagón en X, ...") is a place, not a
 * speaker beside the subject (claims/place-lead.ts). A sentence opening with the place itself ("In X, the government
 * said ...") and a state that is the subject keep their claims. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

const cases: [string, string, string, string, string][] = [
  ['vi', 'Sự cố mạng điện', 'Sau sự cố mất điện ở Litva, Bộ Ngoại giao Hà Lan cho rằng nhóm tin tặc Nga đứng sau vụ việc.', 'LT', 'NL'],
  ['fr', 'Panne du réseau', "Après la panne d'électricité en Lituanie, le ministère néerlandais des Affaires étrangères a affirmé que des pirates russes étaient derrière l'opération.", 'LT', 'NL'],
  ['es', 'Apagón en la red', 'Tras el incidente en Lituania, el Departamento de Defensa de Estados Unidos afirmó que piratas rusos estaban detrás de la operación.', 'LT', 'US'],
  ['de', 'Stromausfall', 'Nach dem Stromausfall in Litauen erklärte das niederländische Außenministerium, russische Hacker steckten hinter der Operation.', 'LT', 'NL'],
];

for (const [lang, title, sentence, place, speaker] of cases) {
  test(`${lang}: the state in the opening adverbial is a place, the subject's state speaks`, () => {
    const got = claims(article([title, sentence]), lang);
    assert.ok(got.some((c) => new RegExp(`^${speaker} (accuses|attributes) RU$`).test(c)), got.join('; '));
    assert.ok(!got.some((c) => c.startsWith(`${place} `)), got.join('; '));
  });
}

test('en: a sentence that opens with the place itself keeps its government speaking', () => {
  const got = claims(article(['Grid outage', 'In Lithuania, the government said Russian hackers were behind the operation on the grid.']), 'en');
  assert.ok(got.some((c) => /^LT (accuses|attributes) RU$/.test(c)), got.join('; '));
});

test('fr, de: a state that is the subject after an opening adverbial of time still speaks', () => {
  const fr = claims(article(['Panne du réseau', "Après la panne d'électricité, la Lituanie a affirmé que des pirates russes étaient derrière l'opération."]), 'fr');
  assert.ok(fr.some((c) => /^LT (accuses|attributes) RU$/.test(c)), fr.join('; '));
  const de = claims(article(['Stromausfall', 'Nach dem Stromausfall erklärte Litauen, russische Hacker steckten hinter der Operation.']), 'de');
  assert.ok(de.some((c) => /^LT (accuses|attributes) RU$/.test(c)), de.join('; '));
});
