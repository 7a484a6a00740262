/**
 * A sentence that points back at the one before with a speech verb ("Об этом сообщили X", "Así lo informó X",
 * "C'est ce qu'a annoncé X", "Das teilte X mit") names its speaker after the verb, as a verb trailing a comma does:
 *  - adjuncts of time may stand between the verb and the speaker ("сообщили в среду официальные лица X", "informó
 *    este miércoles el Gobierno de X", "a annoncé mercredi le gouvernement de X");
 *  - the speaker may be a body named in a place phrase ("сообщили в компании X");
 *  - a phrase set off by a comma after the speaker is its apposition ("в компании X, специализирующейся на ..."),
 *    no reported clause.
 * The words of the sentence before are the speaker's. Negatives: a party inside a relative clause after the comma
 * does not speak; a place or an audience after the verb is no speaker; a sentence not opening with the
 * back-pointing words lends none. Names of bodies and places invented or generic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const T = { title: 'Cyberattack on a hospital' };

for (const [lang, body, who, whom] of [
  ['ru', 'За атакой на серверы больницы стоит Китай. Об этом сообщили в среду официальные лица Индии.', 'IN', 'CN'],
  ['ru', 'За атакой на серверы больницы стоит Китай. Об этом сообщили в министерстве иностранных дел Индии.', 'IN', 'CN'],
  ['ru', 'Кибершпионская группировка APT41 провела серию атак на больницу. Об этом сообщили в компании Kaspersky, специализирующейся на защите от киберугроз.', 'Kaspersky', 'APT41'],
  ['es', 'Hackers chinos atacaron los servidores del hospital. Así lo informó este miércoles el Gobierno de India.', 'IN', 'CN'],
  ['fr', "Des pirates chinois ont attaqué les serveurs de l'hôpital. C'est ce qu'a annoncé mercredi le gouvernement de l'Inde.", 'IN', 'CN'],
] as const) {
  test(`${lang}: the speaker after a back-pointing verb says the sentence before: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const [lang, body, who] of [
  ['ru', 'За атакой на серверы больницы стоит Китай. Об этом сообщила в среду газета, которая ссылается на МИД Индии.', 'IN'],
  ['ru', 'За атакой на серверы больницы стоит Китай. Об этом сообщили в среду журналисты в Индии.', 'IN'],
  ['es', 'Hackers chinos atacaron los servidores del hospital. Así lo informó este miércoles un diario, que cita al Gobierno de India.', 'IN'],
  ['fr', "Des pirates chinois ont attaqué les serveurs de l'hôpital. C'est ce qu'a annoncé mercredi un journal, qui cite le gouvernement de l'Inde.", 'IN'],
  ['de', 'Chinesische Hacker haben die Server der Klinik angegriffen. Das teilte am Mittwoch eine Zeitung mit, die sich auf die Regierung Indiens beruft.', 'IN'],
  ['es', 'Hackers chinos atacaron los servidores del hospital. El miércoles informó el Gobierno de India sobre nuevas medidas.', 'IN'],
] as const) {
  test(`${lang}: no speaker lent to the sentence before (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, T);
    assert.ok(!cs.some((c) => c.claimant === who), show(cs));
  });
}
