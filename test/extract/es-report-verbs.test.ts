/**
 * Spanish verbs of reported speech beyond "dijo/afirmó/señaló": stressing ("recalcó", "puntualizó",
 * "remarcó"), arguing ("argumentó que", "alegó que", "planteó que", "acotó que"), establishing
 * ("constató", "comprobó que"), making known ("dio a conocer que") and learning ("ha tomado conocimiento,
 * por …, de que Y habría …"). Their subject attributes the clause after them. Negatives: the same verbs
 * with an object and no clause. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Ciberataque contra la red eléctrica';

for (const body of [
  'El gobierno de Chile recalcó que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile puntualizó que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile remarcó que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile argumentó que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile alegó que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile planteó que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile constató que hackers rusos atacaron la red eléctrica.',
  'El gobierno de Chile dio a conocer que hackers rusos atacaron la red eléctrica.',
  'El Gobierno de Chile ha tomado conocimiento, por medio de informes de su servicio de inteligencia, de que hackers rusos habrían atacado la red eléctrica.',
  'El Gobierno de Chile tomó conocimiento de que hackers rusos habrían atacado la red eléctrica.',
]) {
  test(`es: a verb of reported speech: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'es', { title: TITLE });
    assert.ok(attributes(cs, 'CL', 'RU'), show(cs));
  });
}

for (const body of [
  'El gobierno de Chile tuvo conocimiento del ataque a la red eléctrica por la prensa.',
  'El gobierno de Chile comprobó los daños en la red eléctrica tras la tormenta en Rusia.',
]) {
  test(`es: the verb with an object and no clause attributes nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'es', { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
