/**
 * A denial told by naming the accusation disinformation or propaganda: "The embassy called the report
 * disinformation", "a qualifié ce rapport de désinformation", "nannte den Bericht Desinformation",
 * "назвало этот доклад дезинформацией", "gọi báo cáo này là thông tin sai lệch". The profiles' denyQualifier
 * lists gain the construction (a verb of naming, then the word within a few tokens); it denies only when an
 * accusation went before, and "called for an end to disinformation" is a call, not a denial. Sentences
 * invented for this test, in five languages (Spanish and Chinese already read it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const denies = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'denies');

for (const [lang, body] of [
  ['en', 'Norway accused Belarus of the intrusion. The Belarusian embassy called the report disinformation.'],
  ['en', 'Norway accused Belarus of the intrusion. Minsk dismissed the accusation as propaganda.'],
  ['fr', "La Norvège a accusé la Biélorussie de l'intrusion. L'ambassade de Biélorussie a qualifié ce rapport de désinformation."],
  ['de', 'Norwegen beschuldigte Belarus des Einbruchs. Die belarussische Botschaft nannte den Bericht Desinformation.'],
  ['de', 'Norwegen beschuldigte Belarus des Einbruchs. Minsk bezeichnete die Vorwürfe als Propaganda.'],
  ['ru', 'Норвегия обвинила Белоруссию во взломе. Посольство Белоруссии назвало этот доклад дезинформацией.'],
  ['vi', 'Na Uy cáo buộc Belarus đứng sau vụ xâm nhập. Đại sứ quán Belarus gọi báo cáo này là thông tin sai lệch.'],
] as const) {
  test(`${lang}: naming the accusation disinformation denies it: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'NO', 'BY'), show(cs));
    assert.ok(denies(cs, 'BY'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Norway accused Belarus of the intrusion. Minsk called for an end to Western disinformation.'],
  ['en', 'The EU accused Russia of spreading disinformation after the attack on the Swedish grid.'],
  ['fr', "La Suède a accusé la Russie d'avoir mené une campagne de désinformation et l'attaque contre le réseau."],
] as const) {
  test(`${lang}: disinformation as the topic is no denial: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
    assert.ok(cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}
