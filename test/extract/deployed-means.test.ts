/**
 * A cyber means deployed for a hostile purpose, told in someone's words: "according to X, Y uses its cyber
 * capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen". The means and the purpose
 * together are the act the reported words pin on the state; a defensive purpose tells none, and the state the
 * deployment is aimed at is its victim, not its author.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const positives: [string, string, string, string][] = [
  ['en', 'According to the NCSC, the North Korean regime uses its cyber capabilities to procure submarine designs.', 'GB', 'KP'],
  ['en', 'According to the NCSC, Iran relies on its cyber units in order to harvest passwords of exiled reporters.', 'GB', 'IR'],
  ['de', 'Nach Einschätzung des BfV setzt Iran seine Cyberfähigkeiten seit Jahren ein, um Baupläne für Drohnen zu beschaffen.', 'DE', 'IR'],
  ['de', 'Nach Angaben des BfV nutzt Nordkorea Schadprogramme, um Zugangsdaten von Werften zu erbeuten.', 'DE', 'KP'],
  ['fr', "Selon l'ANSSI, la Corée du Nord utilise ses capacités cyber pour obtenir les plans de frégates de la société Orvalis.", 'FR', 'KP'],
  ['es', 'Según el CCN, Irán emplea sus capacidades cibernéticas para obtener los planos de una fábrica de turbinas en Tarragona.', 'ES', 'IR'],
  ['ru', 'По данным ФБР, КНДР использует кибервозможности для получения чертежей подводных лодок.', 'US', 'KP'],
  ['vi', 'Theo Bộ Công an, Triều Tiên sử dụng năng lực mạng để thu thập bản vẽ tàu ngầm của một xưởng đóng tàu.', 'VN', 'KP'],
  ['zh', '美方官员评估认为，朝鲜利用网络能力获取潜艇设计图纸。', 'US', 'KP'],
];

for (const [lang, body, claimant, target] of positives) {
  test(`deployed means (${lang}): ${claimant} attributes ${target}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

// Defensive use: the means protect, no act is told.
const defensive: [string, string][] = [
  ['en', 'According to the NCSC, the Estonian agency uses its cyber capabilities to protect hospitals in Tartu.'],
  ['de', 'Nach Einschätzung des BfV nutzt Frankreich seine Cyberfähigkeiten zum Schutz der Stromnetze.'],
  ['fr', "Selon l'ANSSI, la Belgique utilise ses capacités cyber pour protéger les réseaux de ses hôpitaux."],
  ['es', 'Según el CCN, Portugal utiliza sus capacidades cibernéticas para proteger las redes de sus puertos.'],
  ['ru', 'По данным ФБР, Канада использует кибервозможности для защиты больниц.'],
  ['vi', 'Theo Bộ Công an, Singapore sử dụng năng lực mạng để bảo vệ các bệnh viện.'],
  ['zh', '美方官员评估认为，加拿大利用网络能力保护医院。'],
];

for (const [lang, body] of defensive) {
  test(`deployed means (${lang}): a defensive use attributes nothing`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

// The state the deployment is aimed at is its victim.
const victims: [string, string, string, string, string][] = [
  ['en', 'According to the NCSC, Iran uses hackers to obtain data from German shipyards.', 'GB', 'IR', 'DE'],
  ['de', 'Nach Angaben des BfV setzt Nordkorea Hacker ein, um Baupläne aus japanischen Werften zu beschaffen.', 'DE', 'KP', 'JP'],
  ['fr', "Selon l'ANSSI, l'Iran utilise des logiciels espions pour surveiller des opposants installés en Suède.", 'FR', 'IR', 'SE'],
];

for (const [lang, body, claimant, target, victim] of victims) {
  test(`deployed means (${lang}): the state hit is not the accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, claimant, victim), show(cs));
  });
}

// The supplier of the means sold it; the state that deployed it is the accused, and the supplier is not, even
// where the deployer is not named as a state.
const supplied: [string, string, string, string | undefined, string][] = [
  ['en', 'The Serbian authorities used spyware supplied by an Israeli vendor to surveil two reporters, Amnesty International revealed in a report.', 'Amnesty International', 'RS', 'IL'],
  ['es', 'Las autoridades serbias utilizaron un programa espía suministrado por una firma israelí para vigilar a dos reporteros, reveló Amnistía Internacional.', 'Amnesty International', 'RS', 'IL'],
  ['fr', 'Les autorités serbes ont utilisé un logiciel espion fourni par une firme israélienne pour surveiller deux reporters, révèle Amnesty International.', 'Amnesty International', undefined, 'IL'],
  // The deployer is no state the text names: the supplier's state is still not the accused.
  ['en', 'The city police used spyware supplied by the Israeli firm Orvex to surveil two reporters, Amnesty International revealed.', 'Amnesty International', undefined, 'IL'],
  ['es', 'La policía local utilizó un programa espía suministrado por la empresa israelí Orvex para vigilar a dos reporteros, reveló Amnistía Internacional.', 'Amnesty International', undefined, 'IL'],
  ['ru', 'Местная полиция использовала шпионскую программу, поставленную израильской фирмой Orvex, для слежки за двумя репортёрами, сообщила Amnesty International.', 'Amnesty International', undefined, 'IL'],
];

for (const [lang, body, claimant, target, supplier] of supplied) {
  test(`deployed means (${lang}): the supplier is not the accused`, () => {
    const cs = claimsOf(body, lang);
    if (target) assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!attributes(cs, claimant, supplier), show(cs));
  });
}
