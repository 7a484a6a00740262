/**
 * A threat noun heading a compound that names a kind of actor ("is probably an Iranian threat actor", "is an
 * advanced persistent threat group", "un groupe de menace persistante avancée", "是伊朗威胁行为者"): the
 * sentence describes the group, it warns of nothing. Negative cases: the same subject called a threat to
 * someone still warns. Sentences written for this test, with invented names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; compound: string; threat: string }> = [
  { lang: 'en', compound: 'Analysts at Nortel believe Blue Heron is most probably an Iranian threat actor.', threat: 'Nortel said Blue Heron is a serious threat to regional banks.' },
  { lang: 'en', compound: 'Nortel says Blue Heron is an advanced persistent threat group tied to Beijing.', threat: 'Nortel says Blue Heron remains a grave threat to water utilities.' },
  { lang: 'fr', compound: 'Pour les analystes de Nortel, Blue Heron serait un groupe de menace persistante avancée basé en Iran.', threat: 'Selon Nortel, Blue Heron est une menace sérieuse pour les banques régionales.' },
  { lang: 'fr', compound: 'Pour Nortel, Blue Heron est un groupe de menace suivi depuis 2016.', threat: 'Selon Nortel, Blue Heron reste une menace durable pour les hôpitaux.' },
  { lang: 'zh', compound: 'Nortel认为，Blue Heron是一个伊朗威胁行为者。', threat: 'Nortel认为，Blue Heron是对地区银行的严重威胁。' },
];

for (const c of CASES) {
  test(`${c.lang}: a threat noun naming a kind of actor is no warning: ${c.compound.slice(0, 40)}`, () => {
    const cs = claimsOf(c.compound, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: the subject called a threat to someone still warns (negative): ${c.threat.slice(0, 40)}`, () => {
    const cs = claimsOf(c.threat, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Nortel' && x.stance === 'warns'), show(cs));
  });
}
