/**
 * Russian "угроза" (threat) as a bare noun also names roles and categories: "директор по угрозам"
 * (director for threats), "участник угроз" (threat actor), "в контексте общей угрозы" (in the context of a
 * general threat). Those warn of no one; a threat told as such does: "угрожают" (threaten), "угроза
 * для ..." / "со стороны ...", "создают угрозу", "представляет угрозу". French "acteur de la menace" (threat
 * actor) names the actor, as English "threat intelligence" names a trade; "représente une menace",
 * "menacent" warn. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.stance === 'warns');
const title = 'Кибератаки на энергосети';

for (const body of [
  'Заместитель директора британского агентства по угрозам Иван Соколов отметил, что группировка сменила инструменты.',
  'Британские власти считают группировку новым участником угроз, действующим в интересах России.',
  'Россия в докладе британских властей упомянута лишь в контексте общей угрозы.',
]) {
  test(`ru: a threat noun naming a role or a category warns of no one: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'ru', { title });
    assert.ok(!warns(cs), show(cs));
  });
}

for (const body of [
  'Британские власти заявили, что российские хакеры угрожают энергосетям страны.',
  'Британские власти заявили, что российские хакеры создают угрозу для энергосетей.',
  'Британские власти предупредили об угрозе со стороны российских хакеров.',
  'Британские власти заявили, что Россия представляет угрозу для энергосетей.',
]) {
  test(`ru: a threat told as such is a warning (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'ru', { title });
    assert.ok(cs.some((c) => c.claimant === 'GB' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body, t] of [
  ['fr', 'Les autorités britanniques considèrent le groupe comme un nouvel acteur de la menace agissant pour la Russie.', 'Cyberattaques contre le réseau'],
  ['en', "The British agency's director of threat intelligence, John Moore, said the group had changed its tools.", 'Cyberattacks on the grid'],
] as const) {
  test(`${lang}: a threat noun naming an actor or a trade warns of no one: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: t });
    assert.ok(!warns(cs), show(cs));
  });
}

for (const body of [
  'Les autorités britanniques ont déclaré que la Russie représente une menace pour le réseau.',
  'Les autorités britanniques ont déclaré que des pirates russes menacent le réseau.',
]) {
  test(`fr: a threat told as such is a warning (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, 'fr', { title: 'Cyberattaques contre le réseau' });
    assert.ok(cs.some((c) => c.claimant === 'GB' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}
