/**
 * The counter-charge (tu quoque): a speaker answers an accusation by charging the accuser with the same or worse, in a
 * contrastive clause on the accuser ("while itself ...", "trong khi chính mình ...", "一方面…，一方面…", "в то время
 * как сами ...", "alors qu'eux-mêmes ...", "während sie selbst ...", "mientras que ellos mismos ..."). It attributes
 * the act to the accuser, as a statement of its own: after an earlier attribution of the same party it is a second
 * claim, beside a denial in its own sentence it still attributes, and "they themselves" is the party the speaker has
 * been accusing. Negative cases: a concessive clause that is not a charge ("while it continues to investigate"), and
 * the idiom of the thief crying "stop thief" alone, a rebuke with no contrast ("rather than cry 'stop thief'").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const attributions = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target).length;

/** A plain attribution, then the counter-charge on the same accuser: two statements. */
const AFTER_ATTRIBUTION: Array<[string, string, string, string]> = [
  ['en', 'AZ', 'AM', 'Azerbaijani foreign ministry spokeswoman Leyla Guliyeva said Armenia had hacked the mail servers of two ministries in Baku. Guliyeva said Armenia keeps spreading tales of Azerbaijani snooping while itself running intrusions into the networks of its neighbours.'],
  ['es', 'VE', 'CO', 'El canciller venezolano Ramón Ibarra afirmó que Colombia había hackeado los servidores del ministerio de energía. Ibarra afirmó que Colombia difunde rumores sobre espías venezolanos, mientras que ellos mismos llevan a cabo ciberataques contra sus vecinos.'],
  ['ru', 'BY', 'LT', 'Официальный представитель МИД Белоруссии Анна Ковальчук заявила, что Литва взломала серверы двух белорусских министерств. Ковальчук заявила, что Литва распространяет слухи о белорусских шпионах, в то время как сами проводят кибератаки против соседей.'],
];

for (const [lang, speaker, accuser, s] of AFTER_ATTRIBUTION) {
  test(`${lang}: a counter-charge after an attribution of the same party is a second attribution`, () => {
    const cs = claimsOf(s, lang);
    assert.equal(attributions(cs, speaker, accuser), 2, show(cs));
  });
}

/** The counter-charge beside a denial of the accuser's charge, the accuser named or a pronoun for it. */
const WITH_DENIAL: Array<[string, string, string, string]> = [
  ['de', 'CN', 'PH', 'Der Sprecher des chinesischen Außenministeriums, Lin Qiao, sagte, Manila habe die Server zweier Ministerien angegriffen. Lin Qiao sagte, während die Philippinen selbst Cyberangriffe auf ihre Nachbarn ausführen, erheben sie haltlose Vorwürfe gegen China.'],
  ['en', 'AZ', 'AM', 'Azerbaijani foreign ministry spokeswoman Leyla Guliyeva said Armenia had hacked the mail servers of two ministries in Baku. Guliyeva rejected the groundless accusations of snooping made by Armenia, while Yerevan itself runs intrusions into the networks of its neighbours.'],
  ['fr', 'DZ', 'MA', "Le porte-parole du ministère algérien des Affaires étrangères, Karim Belkacem, a affirmé que le Maroc avait piraté les serveurs de deux ministères. Karim Belkacem a rejeté des accusations sans fondement, alors qu'eux-mêmes mènent des cyberattaques contre leurs voisins."],
];

for (const [lang, speaker, accuser, s] of WITH_DENIAL) {
  test(`${lang}: a counter-charge beside a denial attributes the act to the accuser`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(attributions(cs, speaker, accuser) >= 2, show(cs));
  });
}

/** Concessive or contrastive clauses that turn no charge back, and the idiom alone as a rebuke. */
const NOT_COUNTER: Array<[string, string, string, string]> = [
  ['en', 'AZ', 'AM', 'Azerbaijani foreign ministry spokeswoman Leyla Guliyeva said Armenia had hacked the mail servers of two ministries in Baku. Guliyeva said the ministry had restored its mail service, while it continues to investigate the attack.'],
  ['es', 'VE', 'CO', 'El canciller venezolano Ramón Ibarra afirmó que Colombia había hackeado los servidores del ministerio de energía. Ibarra afirmó que el ministerio restableció el servicio, mientras sigue investigando el ataque.'],
];

for (const [lang, speaker, accuser, s] of NOT_COUNTER) {
  test(`${lang}: a concessive clause that is no charge, or the idiom alone, adds no attribution`, () => {
    const cs = claimsOf(s, lang);
    assert.equal(attributions(cs, speaker, accuser), 1, show(cs));
  });
}
