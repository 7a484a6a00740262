/**
 * A speech verb followed by its subject (inversion): a verb that opens its clause ("Как сообщила компания X, ...",
 * "Comme l'a indiqué la société X, ...", "Sagte die Firma X, ..."), or one whose subject after it closes the
 * sentence ("Об атаках ... сообщила компания X.", "Über die Angriffe ... berichtete die Firma X."). A role word there gives the floor to its body ("Как заявил
 * представитель X"). A word that opens the verb's object ("заявил о причастности X", "informó sobre X") makes the
 * party what is told, not who tells it. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { claimsOf as claims, show } from '../helpers/claim-sentences.ts';

const claimants = (cs: ClaimCandidate[]) => cs.map((c) => c.claimant);

test('a speech verb opening its clause takes the subject after it (ru, fr, es)', () => {
  const ru = claims('Как сообщила компания ESET, группировка Sandworm атаковала энергосети Украины.', 'ru');
  assert.ok(claimants(ru).includes('ESET'), show(ru));
  const fr = claims('Comme l’a indiqué la société ESET, le groupe Sandworm a attaqué le réseau électrique ukrainien.', 'fr');
  assert.ok(claimants(fr).includes('ESET'), show(fr));
  const es = claims('Informó la empresa ESET que el grupo Sandworm atacó la red eléctrica de Ucrania.', 'es');
  assert.ok(claimants(es).includes('ESET'), show(es));
});

test('a role word after the verb gives the floor to its body (ru)', () => {
  const ru = claims('Как заявил представитель СБУ, атаки провела группировка Sandworm, связанная с Россией.', 'ru');
  assert.ok(claimants(ru).includes('UA'), show(ru));
});

test('a subject after the verb closing the sentence speaks (ru, de)', () => {
  const ru = claims('Об атаках группировки Sandworm на энергосети Украины сообщила компания ESET.', 'ru');
  assert.ok(claimants(ru).includes('ESET'), show(ru));
  const aside = claims('Об атаках группировки Sandworm на энергосети Украины сообщали, в частности, ESET и Microsoft.', 'ru');
  assert.ok(claimants(aside).includes('ESET'), show(aside));
  const de = claims('Über die Angriffe der Gruppe Sandworm auf das ukrainische Stromnetz berichtete am Montag die Firma ESET.', 'de');
  assert.ok(claimants(de).includes('ESET'), show(de));
});

test('a party after a word opening the verb’s object does not speak (ru, es, fr, de)', () => {
  for (const [lang, body, party] of [
    ['ru', 'Заявил о причастности России к атакам группировки Sandworm и представитель ведомства.', 'RU'],
    ['ru', 'Об атаках группировки Sandworm, о которых говорят в Киеве, ничего не известно.', 'UA'],
    ['es', 'Informó sobre Rusia y el grupo APT28 un portavoz anónimo.', 'RU'],
    ['fr', 'A déclaré à propos de la Russie et du groupe APT28 un porte-parole anonyme.', 'RU'],
    ['de', 'Bekannt ist, dass die Gruppe APT28 Systeme in Russland nutzte.', 'RU'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(!claimants(cs).includes(party), `${lang}: ${show(cs)}`);
  }
});

test('a sentence that opens with its subject keeps it: a state named after the verb does not speak (ru, es, de)', () => {
  for (const [lang, body, speaker, party] of [
    ['ru', 'Правительство Эстонии сообщило о российских кибератаках на порты.', 'EE', 'RU'],
    ['ru', 'Правительство Эстонии упомянуло российские кибератаки на порты.', 'EE', 'RU'],
    ['es', 'El Gobierno de Estonia informó de ciberataques rusos contra sus puertos.', 'EE', 'RU'],
    ['de', 'Die Regierung Estlands berichtete von russischen Cyberangriffen auf Häfen.', 'EE', 'RU'],
  ] as const) {
    const cs = claims(body, lang);
    assert.ok(!claimants(cs).includes(party), `${lang}: ${show(cs)}`);
    if (cs.length) assert.ok(claimants(cs).includes(speaker), `${lang}: ${show(cs)}`);
  }
});
