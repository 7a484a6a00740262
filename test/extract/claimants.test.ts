/**
 * Who makes a claim and against whom, on sentences written for these tests: an intergovernmental
 * body named in any of its languages' forms is one claimant ("EU", "NATO"); a statement's title names
 * its author, who speaks the text's "we" when no one else speaks in the sentence; a second verb
 * joined by "and" inside a speaker's words is the speaker's, not the reported clause's subject's;
 * the co-subjects of a warning are its authors, never its target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { claimsOf, show } from '../helpers/claim-sentences.ts';
const claims = (body: string, lang: string, title = 'Headline'): ClaimCandidate[] => claimsOf(body, lang, { title });
const has = (cs: ClaimCandidate[], claimant: string, stance: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && (target === undefined || c.target === target));

const BODIES: Array<[string, string, string, string]> = [
  ['en', 'The European Union accused Russia of the attack on the satellite network.', 'EU', 'RU'],
  ['fr', 'L’UE a accusé la Russie de l’attaque contre le réseau satellitaire.', 'EU', 'RU'],
  ['es', 'La Unión Europea acusó a Rusia del ataque contra la red de satélites.', 'EU', 'RU'],
  ['ru', 'Евросоюз обвинил Россию в атаке на спутниковую сеть.', 'EU', 'RU'],
  ['zh', '欧盟指责俄罗斯对卫星网络发动攻击。', 'EU', 'RU'],
  ['ru', 'НАТО обвинило Иран в атаке на портовые системы.', 'NATO', 'IR'],
  ['fr', 'L’Otan a accusé l’Iran de l’attaque contre les systèmes portuaires.', 'NATO', 'IR'],
];
for (const [lang, sentence, claimant, target] of BODIES) {
  test(`${lang}: an intergovernmental body named in the language's own form is one claimant (${claimant})`, () => {
    const cs = claims(sentence, lang);
    assert.ok(has(cs, claimant, 'attributes', target), show(cs));
  });
}

/** A statement whose title names its author; the body reports the accusation, then says "we" deny it. */
const STATEMENTS: Array<[string, string, string, string]> = [
  ['en', 'Statement by the Embassy of Iran in Canada on the port intrusion', 'Yesterday the Canadian government accused Iran of the intrusion into the port systems. We firmly reject these accusations.', 'IR'],
  ['fr', 'Communiqué de l’Ambassade d’Iran au Canada', 'Hier, le gouvernement canadien a accusé l’Iran de l’intrusion dans les systèmes du port. Nous rejetons fermement ces accusations.', 'IR'],
  ['es', 'Comunicado de la Embajada de Irán en Canadá', 'Ayer el Gobierno de Canadá acusó a Irán de la intrusión en los sistemas del puerto. Nosotros rechazamos firmemente estas acusaciones.', 'IR'],
  ['ru', 'Заявление Посольства Ирана в Канаде', 'Вчера правительство Канады обвинило Иран во вторжении в системы порта. Мы категорически отвергаем эти обвинения.', 'IR'],
  ['zh', '伊朗驻加拿大使馆发言人就加方指责答记者问', '加拿大政府昨天指责伊朗入侵港口系统。我们坚决反对这种指责。', 'IR'],
];
for (const [lang, title, body, author] of STATEMENTS) {
  test(`${lang}: a statement's "we" is the author its title names, not the party last heard accusing`, () => {
    const cs = claims(body, lang, title);
    assert.ok(has(cs, author, 'denies', author), show(cs));
    assert.ok(!has(cs, 'CA', 'denies'), show(cs));
  });
}

test('en: a title that only reports a statement names no author; "we" inside a quote stays its speaker\'s', () => {
  const cs = claims('"We reject these accusations," the Iranian foreign ministry said after Canada accused Iran of the intrusion.', 'en', 'Statement by the Embassy of Canada in Iran');
  assert.ok(has(cs, 'IR', 'denies', 'IR'), show(cs));
  assert.ok(!has(cs, 'CA', 'denies'), show(cs));
});

const ELIDED: Array<[string, string, string, string]> = [
  ['en', 'Canadian officials said on Friday that Iran was behind the breach, and accused Tehran of arming Russia.', 'CA', 'IR'],
  ['fr', 'Le ministère canadien a déclaré lundi que l’Iran était derrière l’intrusion et a accusé Téhéran d’aider la Russie.', 'CA', 'IR'],
  ['es', 'El Gobierno de Canadá dijo el lunes que Irán estaba detrás de la intrusión y acusó a Teherán de ayudar a Rusia.', 'CA', 'IR'],
];
for (const [lang, sentence, speaker, accused] of ELIDED) {
  test(`${lang}: a stance verb joined by "and" inside a speaker's words is the speaker's`, () => {
    const cs = claims(sentence, lang);
    assert.ok(has(cs, speaker, 'attributes', accused), show(cs));
    assert.ok(!cs.some((c) => c.claimant === accused && c.stance === 'accuses'), show(cs));
  });
}

const CO_SUBJECTS: Array<[string, string, string[]]> = [
  ['en', 'Russia attacked the port systems last year. The FBI and the NSA, together with agencies from Canada and Australia, issued a joint warning about the unit.', ['US', 'CA', 'AU']],
  ['es', 'Rusia atacó los sistemas del puerto el año pasado. El FBI y la NSA, junto con agencias de Canadá y Australia, publicaron un aviso conjunto sobre la unidad.', ['US', 'CA', 'AU']],
];
for (const [lang, body, authors] of CO_SUBJECTS) {
  test(`${lang}: the co-subjects and co-signers of a warning are its authors, never its target`, () => {
    const cs = claims(body, lang).filter((c) => c.stance === 'warns');
    assert.ok(cs.length > 0, show(cs));
    assert.ok(!cs.some((c) => c.target && authors.includes(c.target)), show(cs));
  });
}

const PLACES: Array<[string, string]> = [
  ['en', 'Prosecutors in Springfield have charged two Iranian nationals over the port intrusion.'],
  ['es', 'Los fiscales en Springfield acusaron a Irán de la intrusión en el puerto.'],
  ['fr', 'Les procureurs à Springfield ont accusé l’Iran de l’intrusion dans le port.'],
];
for (const [lang, sentence] of PLACES) {
  test(`${lang}: a name after "in" that is no state or body of one is a place, not the claimant`, () => {
    const cs = claims(sentence, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Springfield'), show(cs));
  });
}
