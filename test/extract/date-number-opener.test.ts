/**
 * A date or a count opening the sentence after a capitalised word ("Am 14.03.2024 warnte ...", "El 14 de marzo
 * advirtió ...") is no organisation: the name-shape scan used to keep the number left after stripping the opening
 * preposition ("14": a digit after its first character looked like a marked name), and that number became the
 * subject before the verb, so the party after the verb (verb-second order) never spoke. Every stance of the fronted
 * clause is tested (warn, confirm, deny, call, accuse), with controls in en and fr where a date opens the sentence,
 * and negatives: no named party after the verb, a date-led sentence with no stance. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string, target?: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && (target === undefined || c.target === target));
const noNumberClaimant = (cs: ReturnType<typeof claimsOf>) => !cs.some((c) => /^\d+$/u.test(c.claimant) || /^\d+$/u.test(c.target ?? ''));

for (const [lang, body, claimant, stance, target] of [
  ['de', 'Am 14.03.2024 warnte das BSI vor Angriffen der Gruppe APT28 auf Energieversorger.', 'DE', 'warns', 'APT28'],
  ['de', 'Am 21.11.2023 warnte das Bundesamt für Sicherheit in der Informationstechnik vor Angriffen russischer Hacker.', 'DE', 'warns', 'RU'],
  ['de', 'Am 02.11.2023 bestätigte die Firma Veltrona den Angriff auf ihre Server.', 'Veltrona', 'confirms', 'Veltrona'],
  ['de', 'Am 17.05.2024 wies das chinesische Außenministerium die Vorwürfe zurück.', 'CN', 'denies', undefined],
  ['de', 'Am 30.09.2024 forderte das BSI die Betreiber auf, ihre Systeme umgehend zu aktualisieren.', 'DE', 'calls-for', undefined],
  ['de', 'Am 12.06.2024 hat die Bundesregierung Russland beschuldigt, hinter dem Angriff auf die Stadtwerke zu stehen.', 'DE', 'attributes', 'RU'],
  ['es', 'El 14 de marzo advirtió el CCN de ataques de piratas rusos contra hospitales.', 'ES', 'warns', 'RU'],
  ['en', 'On 14.03.2024 the NCSC warned of attacks by Russian hackers on water utilities.', 'GB', 'warns', 'RU'],
  ['fr', "Le 14.03.2024, l'ANSSI a mis en garde contre des attaques de pirates russes visant les hôpitaux.", 'FR', 'warns', 'RU'],
  ['fr', "Le 14 mars, la France a accusé la Russie d'être derrière l'attaque contre la mairie.", 'FR', 'attributes', 'RU'],
] as const) {
  test(`${lang}: a date opening the sentence is no subject: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberangriff auf Versorger' });
    assert.ok(has(cs, claimant, stance, target), show(cs));
    assert.ok(noNumberClaimant(cs), show(cs));
  });
}

for (const [lang, body] of [
  // No named party speaks: experts are no claimant.
  ['de', 'Am 14.03.2024 warnten Experten vor Angriffen russischer Hacker auf Wasserwerke.'],
  ['de', 'Am 14.03.2024 fiel in mehreren Landkreisen der Strom aus.'],
  ['es', 'El 14 de marzo cayó la red eléctrica en varias provincias.'],
] as const) {
  test(`${lang}: a date opening the sentence makes no claimant (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberangriff auf Versorger' });
    assert.equal(cs.length, 0, show(cs));
  });
}
