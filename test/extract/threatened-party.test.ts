/**
 * A state threatened or warned as the verb's object: "threatened X with sanctions", "menace X de représailles",
 * "amenazó a X con sanciones", "đe dọa trừng phạt X", "威胁对X实施制裁"; a retaliation aimed at a party ("vowed
 * to hit back at X", "vowed to respond to X's hacking") and a warning sent to it ("a lancé un avertissement à X").
 * The party threatened is the warning's target: a preposition that the cue governs marks its object, not a place,
 * a state before the verb "menace" is its subject, not a "menace" of its own, and a sanction threatened is not
 * imposed, so no accusation. Negative cases: an audience warned of a state's hackers keeps the state as the threat,
 * a warning of a state's hackers stays one, a sanction imposed is an accusation and no warning, a state's own
 * "menace" quoted by it warns of nothing, a place after a plain warning verb is no target. Sentences and names
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const THREATENED: Array<[lang: string, claimant: string, target: string, body: string]> = [
  ['en', 'AU', 'CN', 'Australia threatened China with sanctions over the intrusion into its parliament network.'],
  ['en', 'JP', 'KP', 'Japan threatened North Korea with new sanctions after the theft of cryptocurrency.'],
  ['en', 'US', 'KP', 'Washington vowed to hit back at North Korea after the theft of cryptocurrency.'],
  ['en', 'US', 'RU', 'The White House vowed to strike back at Moscow for the sabotage of a pipeline operator.'],
  ['en', 'CA', 'CN', 'Canada vowed to respond to the Chinese hacking of its research council.'],
  ['fr', 'BE', 'CN', 'La Belgique menace la Chine de représailles après le piratage de ses ministères.'],
  ['fr', 'DE', 'CN', "Le gouvernement allemand menace Pékin de sanctions après l'espionnage de ses ministères."],
  ['fr', 'GB', 'IR', "Londres a lancé un avertissement à l'Iran après les cyberattaques contre ses hôpitaux."],
  ['fr', 'FR', 'RU', 'Paris a adressé un avertissement à Moscou après la cyberattaque contre ses hôpitaux.'],
  ['es', 'US', 'IR', 'Estados Unidos amenazó a Irán con sanciones por los ataques informáticos contra sus hospitales.'],
  ['es', 'CL', 'CN', 'Chile amenazó a China con represalias por el ciberataque contra su red eléctrica.'],
  ['vi', 'US', 'KP', 'Mỹ đe dọa trừng phạt Triều Tiên vì các vụ đánh cắp tiền điện tử.'],
  ['vi', 'GB', 'RU', 'Anh đe dọa trừng phạt Nga sau cuộc tấn công mạng làm tê liệt nhiều bệnh viện.'],
  ['vi', 'US', 'IR', 'Mỹ đe dọa Iran bằng các biện pháp trừng phạt mới.'],
  ['zh', 'US', 'CN', '美国威胁对中国实施制裁。'],
  ['zh', 'GB', 'IR', '英国政府威胁对伊朗实施新的制裁，以回应针对医院的网络攻击。'],
];

for (const [lang, claimant, target, body] of THREATENED) {
  test(`${lang}: the state threatened or warned as the object is the warning's target (${claimant}→${target})`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target), show(cs));
  });
}

const THREATENED_SANCTION: Array<[lang: string, body: string]> = [
  ['vi', 'Mỹ đe dọa trừng phạt Triều Tiên vì các vụ đánh cắp tiền điện tử.'],
  ['zh', '美国威胁对中国实施制裁。'],
];

for (const [lang, body] of THREATENED_SANCTION) {
  test(`${lang}: a sanction threatened is not imposed: no accusation (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(cs));
  });
}

const IMPOSED: Array<[lang: string, claimant: string, target: string, body: string]> = [
  ['vi', 'US', 'KP', 'Mỹ trừng phạt Triều Tiên vì các vụ đánh cắp tiền điện tử.'],
  ['zh', 'US', 'CN', '美国对中国实施制裁，指责其发动网络攻击。'],
];

for (const [lang, claimant, target, body] of IMPOSED) {
  test(`${lang}: a sanction imposed stays an accusation, no warning (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === target), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}

const AUDIENCE: Array<[lang: string, claimant: string, body: string]> = [
  ['en', 'US', 'The FBI warned companies that Russian hackers are targeting their email servers.'],
  ['en', 'US', 'The FBI warned of Russian hackers targeting email servers.'],
  ['de', 'DE', 'Das BSI warnte Unternehmen vor russischen Hackern, die E-Mail-Server angreifen.'],
  ['fr', 'FR', "L'ANSSI a mis en garde les entreprises contre des pirates russes qui visent leurs serveurs."],
  ['es', 'ES', 'El CCN advirtió a las empresas de que hackers rusos atacan sus servidores de correo.'],
];

for (const [lang, claimant, body] of AUDIENCE) {
  test(`${lang}: an audience warned of a state's hackers keeps the state as the threat (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

test('fr: a state quoting the "menace" others see in it warns of nothing (negative)', () => {
  const cs = claimsOf("Pékin a dénoncé la prétendue « menace chinoise » et rejeté les accusations.", 'fr');
  assert.ok(!cs.some((c) => c.claimant === 'CN' && c.stance === 'warns' && c.target === 'CN'), show(cs));
});

test('en: a place after a plain warning verb is where it was said, no target (negative)', () => {
  const cs = claimsOf('A senior official warned at a conference in Singapore that ransomware gangs are growing bolder.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'warns' && c.target === 'SG'), show(cs));
});
