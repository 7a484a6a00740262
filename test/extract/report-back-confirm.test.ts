/**
 * Two forms of a victim telling its own hit:
 *  - a state's bodies named after the systems hit ("the IT platform of twelve ministries", "die IT-Plattform von
 *    zwölf estnischen Ministerien", "сети двенадцати министерств"): the state's own systems when the state tells of them;
 *  - a sentence that tells the act with no speaker, followed by one that points back at it with a speech verb and
 *    names the speaker ("Das teilte die Regierung Estlands mit", "Об этом сообщило правительство Эстонии", "C'est ce
 *    qu'a annoncé X", "Así lo informó X"): that speaker says the words before, and confirms or attributes there.
 * Negatives: another state's bodies are no own hit; a back-pointing sentence with no named speaker gives no speaker;
 * a sentence not opening with the back-pointing words lends none. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);
const T = { title: 'Cyberattack on ministries' };

for (const [lang, body, who] of [
  ['en', 'The Estonian government said hackers had broken into the IT platform of twelve ministries.', 'EE'],
  ['de', 'Die Regierung Estlands teilte mit, Hacker seien in die IT-Plattform von zwölf estnischen Ministerien eingedrungen.', 'EE'],
  ['ru', 'Правительство Эстонии сообщило, что хакеры проникли в сети двенадцати министерств.', 'EE'],
  ['de', 'Hacker sind in die IT-Plattform von zwölf estnischen Ministerien eingedrungen. Das teilte die Regierung Estlands am Montag mit.', 'EE'],
  ['de', 'Hacker sind in die Server des Unternehmens eingedrungen. Das teilte Microsoft mit.', 'Microsoft'],
  ['ru', 'Хакеры проникли в сети двенадцати министерств Эстонии. Об этом сообщило правительство Эстонии.', 'EE'],
  ['fr', "Des pirates ont pénétré dans les systèmes de l'entreprise. C'est ce qu'a annoncé Microsoft lundi.", 'Microsoft'],
  ['es', 'Unos hackers atacaron los servidores de la empresa. Así lo informó Microsoft el lunes.', 'Microsoft'],
] as const) {
  test(`${lang}: a victim tells its own hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(confirms(cs, who), show(cs));
  });
}

test('de: the speaker pointed back to attributes what the sentence before tells', () => {
  const cs = claimsOf('Hinter dem Angriff steckt Russland. Das teilte die Regierung Estlands mit.', 'de', T);
  assert.ok(attributes(cs, 'EE', 'RU'), show(cs));
});

for (const [lang, body, who] of [
  ['en', 'The Estonian government said hackers had broken into the networks of the Latvian government.', 'EE'],
  ['de', 'Hacker sind in die Server des Unternehmens eingedrungen. Das sei schlimm, sagte Microsoft.', 'Microsoft'],
  ['de', 'Hacker sind in die Server des Unternehmens eingedrungen. Microsoft teilte am Montag neue Zahlen mit.', 'Microsoft'],
  ['ru', 'Хакеры атаковали серверы компании. Об этом пока ничего не известно.', 'Microsoft'],
] as const) {
  test(`${lang}: no own hit told (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(!confirms(cs, who), show(cs));
  });
}
