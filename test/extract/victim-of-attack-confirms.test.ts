/**
 * A victim telling that it fell victim to one attack confirms it was hit: "said it was the victim of a
 * ransomware attack", "fell victim to a ...", "dijo haber sido víctima de un ...", "sei Opfer eines ...
 * geworden", "là nạn nhân của một vụ tấn công" (the French and Russian forms the profiles read already).
 * Not a confirmation: a state calling itself a victim of hacking in general when it rebuts an accusation
 * ("is also a victim of cyberattacks", "cũng là nạn nhân"), or victims who are not the speaker.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CONFIRMS: Array<[lang: string, body: string]> = [
  ['en', 'Maersk said it was the victim of a ransomware attack.'],
  ['en', 'The Dutch hospital group Zorgwijk said it was the victim of a ransomware attack.'],
  ['es', 'El grupo hospitalario neerlandés Zorgwijk dijo haber sido víctima de un ataque de ransomware.'],
  ['de', 'Maersk erklärte, es sei Opfer eines Cyberangriffs geworden.'],
  ['vi', 'Maersk cho biết họ là nạn nhân của một vụ tấn công mạng.'],
  ['fr', "Maersk a indiqué avoir été victime d'une cyberattaque."],
  ['ru', 'Компания Maersk сообщила, что стала жертвой кибератаки.'],
];

for (const [lang, body] of CONFIRMS) {
  test(`${lang}: the company that says it fell victim to an attack confirms it was hit`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'confirms' && c.claimant === c.target && (c.claimant === 'Maersk' || c.claimant === 'Zorgwijk')), show(cs));
  });
}

const NOT_CONFIRMS: Array<[lang: string, body: string]> = [
  ['en', 'Britain accused China of the hack. Beijing said China is also a victim of cyberattacks.'],
  ['vi', 'Anh cáo buộc Trung Quốc đứng sau các vụ xâm nhập hệ thống bầu cử. Bắc Kinh cho rằng mình cũng là nạn nhân.'],
  ['es', 'China dijo que también es víctima de ciberataques.'],
  ['en', 'Thousands of patients were victims of the data leak, the ministry said.'],
];

for (const [lang, body] of NOT_CONFIRMS) {
  test(`${lang}: a victim of hacking in general, or others' victimhood, confirms no hit`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}
