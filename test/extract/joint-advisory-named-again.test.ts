/**
 * A joint act named again as the subject of a verb of saying ("The advisory states that ...", "the joint advisory
 * says ..."): an advisory is a report (en reportNouns/reportRefs), its author is the first body before it where it was
 * issued, and while the joint act is current every co-signer speaks (coalition.ts carriedVoice takes a reference to
 * the report as it takes "it" or "the statement"). Negatives: an advisory about a firm (the firm wrote nothing); a
 * report by a firm after a joint act of states (the firm is no co-signer, the states do not echo it). Other
 * languages already resolve a joint report named again (checked here). Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who] of [
  ['en', "The FBI, together with Canada's Communications Security Establishment and Britain's GCHQ, issued a joint advisory on Monday. The advisory states that Iran is behind the intrusions.", ['US', 'CA', 'GB']],
  ['en', "The FBI and the Australian Signals Directorate issued a joint cybersecurity advisory about the Kestrel Spider group. The advisory says that Iran is behind the intrusions.", ['US', 'AU']],
  ['fr', "La France, l'Allemagne et l'Italie ont publié lundi un rapport conjoint sur ces intrusions. Le rapport affirme que l'Iran est derrière les intrusions.", ['FR', 'DE', 'IT']],
  ['es', 'Francia, Alemania e Italia publicaron el lunes un informe conjunto sobre las intrusiones. El informe afirma que Irán está detrás de las intrusiones.', ['FR', 'DE', 'IT']],
  ['de', 'Frankreich, Deutschland und Italien veröffentlichten am Montag einen gemeinsamen Bericht über die Angriffe. Der Bericht sagt, Iran stecke hinter den Angriffen.', ['FR', 'DE', 'IT']],
  ['ru', 'Франция, Германия и Италия в понедельник опубликовали совместный доклад об атаках. В докладе говорится, что за атаками стоит Иран.', ['FR', 'DE', 'IT']],
  ['zh', '法国、德国和意大利周一发布联合报告。该报告称，伊朗是这些攻击的幕后黑手。', ['FR', 'DE', 'IT']],
  ['vi', 'Pháp, Đức và Ý hôm thứ Hai công bố báo cáo chung về các vụ xâm nhập. Báo cáo này cho biết Iran đứng sau các vụ xâm nhập.', ['FR', 'DE', 'IT']],
] as const) {
  test(`${lang}: a joint act named again speaks for every co-signer: ${body.slice(-55)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    for (const w of who) assert.ok(attributes(cs, w, 'IR'), `${w} ${show(cs)}`);
  });
}

test('en: an advisory about a firm is not the firm\'s (negative)', () => {
  const cs = claimsOf('The FBI issued an advisory about the firm Brightwater Systems on Monday. The advisory says that Iran is behind the intrusions.', 'en', { title: 'Cyberattack' });
  assert.ok(!cs.some((c) => c.claimant === 'Brightwater Systems'), show(cs));
});

test('en: a firm\'s report after a joint act of states is not the states\' (negative)', () => {
  const cs = claimsOf("The FBI and the Australian Signals Directorate issued a joint advisory on Monday. Separately, Velmora Labs published a report on Tuesday. The report says that Iran is behind the intrusions.", 'en', { title: 'Cyberattack' });
  assert.ok(!attributes(cs, 'AU', 'IR'), show(cs));
});
