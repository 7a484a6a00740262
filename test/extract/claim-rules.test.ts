/**
 * The claim rules of src/extract/claims/rules/, one construction each, on sentences written for
 * these tests in several languages: a discontinuous cue that holds its object ("warf X vor", "held
 * X responsible"), a passive attribution whose accuser is the agent or the speaker, a role word
 * that names its party ("the government of Canada") rather than pointing back, and a reported act
 * whose actor is named beside the act ("Iranian hackers", "tin tặc Iran") even after "of".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
const claims = (body: string, lang: string): ClaimCandidate[] => claimsOf(body, lang);

const DISCONTINUOUS: Array<[string, string, string, string]> = [
  ['de', 'Die kanadische Regierung warf Nordkorea vor, Kryptobörsen bestohlen zu haben.', 'CA', 'KP'],
  ['de', 'Die britische Regierung warf dem Iran vor, die Häfen anzugreifen.', 'GB', 'IR'],
  ['en', 'Canada held the Iranian government responsible for the outage.', 'CA', 'IR'],
  ['fr', 'Le Canada a tenu l’Iran pour responsable de la panne.', 'CA', 'IR'],
  ['es', 'Canadá hizo a Irán responsable del apagón.', 'CA', 'IR'],
];
for (const [lang, sentence, claimant, target] of DISCONTINUOUS) {
  test(`${lang}: a cue told around its object ("warf X vor", "held X responsible") accuses that object`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant === target), show(cs));
  });
}

const PASSIVE: Array<[string, string, string, string]> = [
  ['en', 'The intrusion into the port was attributed to Iran by the Canadian government.', 'CA', 'IR'],
  ['en', 'The intrusion was attributed to Iran by the government of Canada.', 'CA', 'IR'],
  ['fr', 'L’intrusion dans le port a été attribuée à l’Iran par le gouvernement canadien.', 'CA', 'IR'],
  ['es', 'La intrusión en el puerto fue atribuida a Irán por Canadá.', 'CA', 'IR'],
  // The speaker after the clause: a state right before the comma ends the reported words, it is no apposition.
  ['es', 'El ataque fue atribuido a hackers iraníes, dijo el FBI.', 'US', 'IR'],
  ['fr', 'L’attaque a été attribuée à des pirates iraniens, a indiqué le FBI.', 'US', 'IR'],
  ['de', 'Die Störung im Hafen wurde von der kanadischen Regierung dem Iran zugeschrieben.', 'CA', 'IR'],
];
for (const [lang, sentence, claimant, target] of PASSIVE) {
  test(`${lang}: a passive attribution is made by its agent or the speaker, not by its subject`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, target, claimant), show(cs));
  });
}

const RESTATED: Array<[string, string]> = [
  ['en', 'Iran denied on Monday that it had any role at all in the intrusion into the port authority systems. The port restored its terminals after two days of manual work. On Wednesday Iran again denied that it had any role in the intrusion into the port.'],
  ['fr', 'L’Iran a démenti lundi toute implication dans l’intrusion contre les systèmes informatiques de l’autorité portuaire. Le port a rétabli ses terminaux après deux jours de travail manuel. Mercredi, l’Iran a de nouveau démenti toute implication dans cette intrusion.'],
  ['de', 'Der Iran bestritt am Montag jede Beteiligung an dem Eindringen in die Computersysteme der Hafenbehörde. Der Hafen stellte seine Terminals nach zwei Tagen Handarbeit wieder her. Am Mittwoch bestritt der Iran erneut jede Beteiligung an dem Eindringen.'],
  ['es', 'Irán negó el lunes cualquier participación en la intrusión en los sistemas informáticos de la autoridad portuaria. El puerto restableció sus terminales tras dos días de trabajo manual. El miércoles Irán volvió a negar cualquier participación en la intrusión.'],
];
for (const [lang, body] of RESTATED) {
  test(`${lang}: a denial restated later in the article is the denial already told`, () => {
    const cs = claims(body, lang).filter((c) => c.claimant === 'IR' && c.stance === 'denies');
    assert.equal(cs.length, 1, show(cs));
  });
}

const ACTOR_BESIDE: Array<[string, string]> = [
  ['en', 'The attack on the grid was the work of Iranian hackers, the FBI said.'],
  ['fr', 'Selon le FBI, l’attaque contre le réseau est l’œuvre de pirates iraniens.'],
  ['vi', 'Theo FBI, vụ tấn công lưới điện là công việc của tin tặc Iran.'],
  ['ru', 'По данным ФБР, атака на энергосеть была делом рук иранских хакеров.'],
];
for (const [lang, sentence] of ACTOR_BESIDE) {
  test(`${lang}: a state beside an actor noun ("Iranian hackers") is the actor, even after "of"`, () => {
    const cs = claims(sentence, lang);
    assert.ok(attributes(cs, 'US', 'IR'), show(cs));
  });
}

const MEASURES: Array<[string, string]> = [
  ['en', 'Britain accused China of hacking its election body. China will take necessary measures to protect its rights.'],
  ['fr', 'Le Royaume-Uni a accusé la Chine de piratage. La Chine prendra les mesures nécessaires pour protéger ses droits.'],
  ['ru', 'Британия обвинила Китай во взломе. Китай примет необходимые меры для защиты своих прав.'],
  ['zh', '英国指责中国入侵选举机构。中方将采取必要措施维护自身权益。'],
];
for (const [lang, body] of MEASURES) {
  test(`${lang}: an accused state announcing "necessary measures" warns its accuser`, () => {
    const cs = claims(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'CN' && c.stance === 'warns' && c.target === 'GB'), show(cs));
  });
}

const NO_NAME: Array<[string, string, string]> = [
  ['en', 'Over 130 countries have confirmed attendance at the forum.', 'Over 130'],
  ['fr', 'L’Union européenne et ses États membres condamnent la campagne menée par la Russie.', 'États'],
  ['es', 'La Unión Europea y sus Estados miembros condenan la campaña de Rusia.', 'Estados'],
];
for (const [lang, sentence, word] of NO_NAME) {
  test(`${lang}: a state word or a number ("${word}") is no organisation that claims`, () => {
    const cs = claims(sentence, lang);
    assert.ok(!cs.some((c) => c.claimant === word || c.target === word), show(cs));
  });
}
