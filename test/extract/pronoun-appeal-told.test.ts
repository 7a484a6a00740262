/**
 * Reported speech with a personal pronoun as the subject of an appeal ("Anschließend habe er ... verlangt", "Il a
 * ensuite exigé ..., selon le parquet", "по данным прокуратуры, он потребовал ...", "He then demanded ..., prosecutors
 * said"): when the voice that reports the sentence is
 * a state or a body that no named person speaks for, the "he" is someone the report tells of (the hacker, the
 * defendant), and his demand is no call of the state's. Negatives: a named official who speaks and then "he"
 * calls on someone keeps the official's call; so does a body's "er"/"elle" in plain narration, where the pronoun
 * may stand for the body itself ("der Geheimdienst ... Er rief ... auf", "la société ... Elle invite ..."). Names and texts invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const TOLD = [
  ['de', 'Die amerikanische Justiz hat einen Mann aus Teheran wegen eines Einbruchs bei dem Sender Zelvia angeklagt, wie die Staatsanwaltschaft in Boston mitteilte. Der Mann soll Daten des Senders erbeutet haben. Anschließend habe er von dem Sender zwei Millionen Dollar verlangt.'],
  ['fr', 'La justice américaine a inculpé un Iranien pour le piratage de la chaîne Zelvia, a annoncé le parquet de Boston. L\'homme aurait dérobé des données de la chaîne. Il a ensuite exigé deux millions de dollars de la chaîne, selon le parquet.'],
  ['en', 'The US Justice Department charged an Iranian man over a hack of the broadcaster Zelvia, prosecutors in Boston said. The man stole data from the broadcaster, according to the indictment. He then demanded two million dollars from the broadcaster, prosecutors said.'],
  ['ru', 'Министерство юстиции США предъявило обвинение гражданину Ирана во взломе телеканала Zelvia, сообщила прокуратура Бостона. По данным следствия, мужчина похитил данные телеканала. Затем, по данным прокуратуры, он потребовал от телеканала два миллиона долларов.'],
] as const;

for (const [lang, body] of TOLD) {
  test(`${lang}: "he demanded", told by a body no named person voices, is no state's call`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}

const OFFICIAL = [
  ['de', 'Der deutsche Innenminister Kasimir Lenz warf Russland den Angriff auf das Parlament vor. Er forderte Moskau auf, die Angriffe sofort einzustellen.'],
  ['fr', 'Le ministre français de l\'Intérieur, Kasimir Lenz, a accusé la Russie de l\'attaque contre le Parlement. Il a appelé Moscou à cesser immédiatement ces attaques.'],
  ['en', 'German Interior Minister Kasimir Lenz accused Russia of the attack on parliament. He called on Moscow to stop the attacks immediately.'],
] as const;

for (const [lang, body] of OFFICIAL) {
  test(`${lang}: "he" after a named official who speaks keeps the official's call`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'calls-for' && c.target === 'RU'), show(cs));
  });
}

const BODY = [
  ['de', 'Der ukrainische Geheimdienst SBU warnte vor Angriffen der russischen Gruppe Sandworm auf Webcams. Er rief die Besitzer von Kameras auf, deren Aufnahmen nicht mehr öffentlich ins Netz zu stellen.', 'UA'],
  ['fr', 'La société Velmora a découvert une campagne du groupe APT28 contre des exploitants industriels. Elle appelle les opérateurs à déconnecter leurs automates du réseau public.', 'Velmora'],
  ['en', 'The Ukrainian security service SBU said it had shut down hundreds of webcams used to spy on air defences. It called on webcam owners to stop streaming images online.', 'UA'],
] as const;

for (const [lang, body, caller] of BODY) {
  test(`${lang}: a body's pronoun in plain narration keeps the body's call`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'calls-for' && c.claimant === caller), show(cs));
  });
}
