/**
 * A victim named after a trailing speech verb tells of its own hit: German separable verbs hold that subject
 * between their parts ("..., teilte das Unternehmen am Montag mit", "..., teilte die Velmora AG in Berlin mit"),
 * and a company noun after the verb ("..., said the company", "..., dijo la compañía") points back to the
 * company named before. The company confirms it was hit. Negatives: a party inside a separable verb that is
 * not right after it is its object, not who speaks ("Die Regierung kündigte Sanktionen gegen Russland an");
 * a trailing speaker telling of another's hit confirms nothing of its own. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['de', 'Velmora', 'Die Velmora AG hat ihre Produktion eingestellt. Ihre Systeme seien durch Cyberangriffe lahmgelegt worden, teilte das Unternehmen am Montag mit.'],
  ['de', 'Velmora', 'Die Velmora AG hat ihre Produktion eingestellt. Ihre Server seien von Hackern angegriffen worden, teilte die Velmora AG am späten Montag mit.'],
  ['en', 'Velmora Steel', 'Velmora Steel has halted production. Its systems had been crippled by cyberattacks, said the company.'],
  ['es', 'Velmora', 'La empresa Velmora detuvo su producción. Sus sistemas fueron paralizados por ciberataques, dijo la compañía.'],
] as const) {
  test(`${lang}: a victim after a trailing speech verb confirms its hit: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Production halted' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

test('de: a party after a separable verb\'s object is no speaker (negative)', () => {
  const cs = claimsOf('Unbekannte Hacker griffen die Systeme an. Die Regierung in Berlin kündigte am Montag Sanktionen gegen Russland an.', 'de', { title: 'Sanktionen' });
  assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
});

test('de: a trailing speaker telling of another\'s hit confirms nothing of its own (negative)', () => {
  const cs = claimsOf('Die Systeme der Velmora AG seien durch Cyberangriffe lahmgelegt worden, teilte das Bundesamt für Sicherheit in der Informationstechnik am Montag mit.', 'de', { title: 'Angriff' });
  assert.ok(!cs.some((c) => c.stance === 'confirms' && c.claimant === 'DE'), show(cs));
});
