/**
 * A state beside a noun for what an attack hits ("Israeli infrastructure", "les infrastructures israéliennes",
 * "israelische Infrastrukturen") owns the thing hit: in the cue path it is never the accused of the accusation, as
 * in the reported-act path (hit-noun-state.ts). A state beside an actor noun ("Israeli hackers") stays accused, and so
 * does a state that is the passive's complement; "organizaciones vinculadas a X" is no copula with a participle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const accusesState = (cs: ReturnType<typeof claimsOf>, v: string) => cs.some((c) => (c.stance === 'accuses' || c.stance === 'attributes') && c.target === v);

test('the state owning the infrastructure an attributed act aimed at is not accused', () => {
  const cases: Array<[string, string]> = [
    ['The FBI said the leak operation, attributed to the same crew, aimed to undermine trust in Israeli infrastructure.', 'en'],
    ["Selon l'ANSSI, cette campagne, attribuée au même collectif, visait à ébranler la confiance dans les infrastructures israéliennes.", 'fr'],
    ['Das BSI rechnete die Kampagne der Gruppe Grauwolke zu, die das Vertrauen in israelische Infrastrukturen untergraben sollte.', 'de'],
    ['Según la policía de Valdoria, la campaña, atribuida al mismo colectivo, buscaba socavar la confianza en las infraestructuras israelíes.', 'es'],
  ];
  for (const [body, lang] of cases) {
    const cs = claimsOf(body, lang);
    assert.ok(!accusesState(cs, 'IL'), `${lang}: ${show(cs)}`);
  }
});

test('"organizaciones vinculadas a X": the plural ending is no copula, no accusation', () => {
  const cs = claimsOf('Según la firma Kestrova, su informe advierte de que varias organizaciones vinculadas a Japón vigilan ya esta actividad.', 'es');
  assert.ok(!cs.some((c) => c.stance === 'accuses' && c.target === 'JP'), show(cs));
});

test('negatives: a state beside an actor noun, or the passive complement, is still accused', () => {
  const en = claimsOf('The FBI accused Israeli hackers of stealing data from a Nevada hospital.', 'en');
  assert.ok(attributes(en, 'US', 'IL'), show(en));
  const es = claimsOf('La firma Kestrova dijo que la intrusión fue vinculada a Irán por sus analistas.', 'es');
  assert.ok(attributes(es, 'Kestrova', 'IR'), show(es));
  const fr = claimsOf("L'ANSSI a accusé des pirates iraniens d'avoir visé des serveurs italiens.", 'fr');
  assert.ok(attributes(fr, 'FR', 'IR'), show(fr));
  assert.ok(!accusesState(fr, 'IT'), show(fr));
});

test('a hit noun before a state that an actor noun follows leaves the state the actor\'s', () => {
  const ru = claimsOf('Ранее Kestrova приписывала взлом банковских серверов иранским хакерам.', 'ru');
  assert.ok(attributes(ru, 'Kestrova', 'IR'), show(ru));
});
