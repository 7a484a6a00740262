/**
 * Connectors of co-authorship ("in partnership with", "in coordination with", "en partenariat avec",
 * "in Kooperation mit", "en asociación con", "в партнёрстве с") introduce co-signers as "together with" does: each makes
 * the act's claims, and a later collective reference ("the partners") names them again. Inside a clause a speaker
 * reports, after a party of that clause, such a connector joins objects or victims, no co-signers; and a denial
 * "along with its allies" names no co-signer ("along with" joins things more often than co-signers: no marker).
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const made = (cs: ReturnType<typeof claimsOf>, who: string, stance: string, target: string | null) =>
  cs.some((c) => c.claimant === who && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && (c.target ?? null) === target);

const POSITIVES: Array<[string, string, string, string | null, string[]]> = [
  ['en', 'The NCSC, in partnership with the FBI and the Australian Signals Directorate, published guidance on Volt Typhoon. The partners assess that the group is sponsored by the Chinese government.', 'attributes', 'CN', ['GB', 'US', 'AU']],
  ['en', "Britain's NCSC, in partnership with the FBI and the Australian Signals Directorate, warned that Chinese state hackers are targeting telecom firms.", 'warns', 'CN', ['GB', 'US', 'AU']],
  ['en', "Britain's NCSC, in coordination with the FBI and the Australian Signals Directorate, warned that Chinese state hackers are targeting telecom firms.", 'warns', 'CN', ['GB', 'US', 'AU']],
  ['fr', "L'ANSSI, en partenariat avec le FBI et le Centre australien de cybersécurité, a publié un guide sur des pirates chinois qui visent les opérateurs télécoms. Les partenaires estiment que ces acteurs restent actifs.", 'attributes', 'CN', ['FR', 'US']],
  ['de', 'Das BSI hat in Kooperation mit dem FBI und dem Australian Cyber Security Centre einen Leitfaden zu chinesischen Hackern veröffentlicht, die Telekommunikationsfirmen angreifen. Die Partner warnen vor weiteren Angriffen.', 'warns', null, ['DE', 'US', 'AU']],
  ['de', 'Das BSI hat in Abstimmung mit dem FBI und dem Australian Cyber Security Centre einen Leitfaden zu chinesischen Hackern veröffentlicht, die Telekommunikationsfirmen angreifen. Die Partner warnen vor weiteren Angriffen.', 'warns', null, ['DE', 'US', 'AU']],
  ['es', 'El CCN-CERT, en asociación con el FBI y el Centro Australiano de Ciberseguridad, publicó una guía sobre hackers chinos que atacan a operadoras de telecomunicaciones. Los socios advierten que los actores siguen activos.', 'warns', 'CN', ['ES', 'US', 'AU']],
  ['ru', 'Национальный центр кибербезопасности Великобритании в партнерстве с ФБР и Австралийским центром кибербезопасности опубликовал рекомендации о китайских хакерах, атакующих телекоммуникационные компании.', 'warns', 'CN', ['GB', 'US', 'AU']],
  ['ru', 'Британский центр NCSC в координации с ФБР предупредил, что китайские хакеры атакуют телекоммуникационные компании.', 'warns', 'CN', ['GB', 'US']],
];
for (const [lang, body, stance, target, signers] of POSITIVES) {
  test(`${lang}: a connector of co-authorship introduces co-signers: ${body.slice(0, 70)}`, () => {
    const cs = claimsOf(body, lang);
    for (const s of signers) assert.ok(made(cs, s, stance, target), `${s} ${show(cs)}`);
  });
}

const NEGATIVES: Array<[string, string, string[]]> = [
  // Objects or victims inside a reported clause: no co-signer (after a stance verb's object, "X accused Y, along with
  // Z, of ...", Z co-signs: claim-statements.test.ts).
  ['en', 'The FBI said Russian hackers attacked ministries along with banks in Poland.', ['PL']],
  ['en', 'The FBI said that Chinese hackers, along with Iranian groups, attacked American water utilities.', ['IR']],
  ['en', 'Microsoft said Russian hackers breached its systems in coordination with Iranian operators.', ['IR']],
  ['fr', 'Le FBI a affirmé que des pirates russes ont agi en coordination avec des opérateurs iraniens contre des hôpitaux.', ['IR']],
  ['de', 'Das FBI erklärte, russische Hacker hätten in Abstimmung mit iranischen Gruppen Krankenhäuser angegriffen.', ['IR']],
  ['ru', 'ФБР заявило, что российские хакеры атаковали министерства в координации с иранскими группировками.', ['IR']],
];
for (const [lang, body, nobody] of NEGATIVES) {
  test(`${lang}: a connector inside the complement of a told verb joins objects: ${body.slice(0, 70)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.length > 0, show(cs));
    for (const n of nobody) assert.ok(!cs.some((c) => c.claimant === n), `${n} ${show(cs)}`);
  });
}

test('en: a denial "along with its allies" is the denier\'s alone', () => {
  const cs = claimsOf('China, along with its allies, denies any involvement in the attacks attributed to Volt Typhoon.', 'en');
  assert.ok(made(cs, 'CN', 'denies', 'CN'), show(cs));
  assert.equal(cs.length, 1, show(cs));
});
