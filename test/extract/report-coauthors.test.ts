/**
 * A report that speaks ("the report says", "le rapport affirme", "im Bericht heißt es", "el informe afirma", "в докладе
 * говорится", "报告认为", "báo cáo này cho biết") speaks for every author the text lists as issuing it: "X and Y published
 * a report", "a report released by X and Y" (each makes the claim). One author alone co-signs nothing; a list named
 * inside someone else's words ("Analysts said the campaign hit firms in X and Y, ... the report") wrote no report.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const JOINT: Array<[string, string]> = [
  ['en', "The FBI and Britain's NCSC published a report on Tuesday. The report says that Russian military intelligence ran the intrusions."],
  ['en', "A report released on Tuesday by the FBI and Britain's NCSC describes the intrusions. The report says that Russian military intelligence ran the intrusions."],
  ['fr', 'Le FBI et le NCSC britannique ont publié un rapport mardi. Le rapport affirme que le renseignement militaire russe a mené les intrusions.'],
  ['de', 'Das FBI und das britische NCSC haben am Dienstag einen Bericht veröffentlicht. Im Bericht heißt es, der russische Militärgeheimdienst stecke hinter den Angriffen.'],
  ['es', 'El FBI y el NCSC británico publicaron un informe el martes. El informe afirma que la inteligencia militar rusa dirigió las intrusiones.'],
  ['ru', 'ФБР и британский NCSC во вторник опубликовали доклад. В докладе говорится, что за атаками стоит российская военная разведка.'],
  ['zh', '5月4日，美国联邦调查局和英国国家网络安全中心联合发布报告。报告认为，俄罗斯军方情报机构实施了这些入侵。'],
  ['vi', 'FBI và NCSC của Anh công bố báo cáo hôm thứ Ba. Báo cáo này cho biết tình báo quân đội Nga đứng sau các vụ xâm nhập.'],
];
for (const [lang, body] of JOINT) {
  test(`${lang}: a report two bodies issued speaks for both`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['US', 'GB']) assert.ok(attributes(cs, s, 'RU'), `${s} ${show(cs)}`);
  });
}

test('en: a report one body issued speaks for that body alone', () => {
  const cs = claimsOf('The FBI published a report on Tuesday, naming Britain and Canada among the victims. The report says that Russian military intelligence ran the intrusions.', 'en');
  assert.ok(attributes(cs, 'US', 'RU'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'GB' || c.claimant === 'CA'), show(cs));
});

test('en: places named in what someone said before the report write no report', () => {
  const cs = claimsOf('Analysts said the campaign hit firms in Britain and Canada, a detail the report did not stress. The report says that Russian military intelligence ran the intrusions.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'GB' || c.claimant === 'CA'), show(cs));
});

test('fr: a report journalists cite, on intrusions in two states, does not speak for them; nor does one that names no one', () => {
  for (const body of ['Des journalistes ont cité un rapport sur des intrusions en France et en Italie. Le rapport ne dit pas qui est derrière les intrusions.', 'Selon un rapport, des pirates ont visé la France et l\'Italie. Le rapport affirme que le renseignement militaire russe a mené les intrusions.']) {
    const cs = claimsOf(body, 'fr');
    assert.ok(!cs.some((c) => c.claimant === 'FR' || c.claimant === 'IT'), show(cs));
  }
});
