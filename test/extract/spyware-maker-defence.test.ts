/**
 * The maker of the surveillance tools a text tells of answers for their use: a party told as a spyware maker or seller
 * right beside its name ("the spyware maker X", "Spähsoftware-Hersteller X", "développé par X", "fabricado por X",
 * "разработчик X", "X开发的", profile `toolMaker`), or one that is itself a threat group named in the text, is the
 * accused when it justifies the tools' use in reported speech with no verb of denial (claims/rules/self-justification.ts).
 * Also "argumentiert" as a German verb of speech before its clause. Negatives: the same account by a party described
 * only as a customer or a reporter, a maker of something else far from its name, and a maker whose words tell of
 * another party's conduct. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<{ lang: string; body: string; denier: string }> = [
  { lang: 'en', body: 'The phones of two lawyers were infected with a tool developed by NSO Group. NSO Group said that not the company itself but its government clients had operated the tool.', denier: 'NSO Group' },
  { lang: 'en', body: 'Researchers found traces of an implant on the phones of three editors. The spyware maker NSO Group insisted that the implant was only used lawfully.', denier: 'NSO Group' },
  { lang: 'de', body: 'Auf den Handys zweier Anwälte fanden Forscher Spuren einer Infektion. Der Spähsoftware-Hersteller NSO Group betonte, das Programm werde lediglich rechtmäßig verwendet.', denier: 'NSO Group' },
  // "argumentiert" opens the reported clause.
  { lang: 'de', body: 'Der israelische Hersteller NSO Group steht wegen der Überwachung von Reportern vor Gericht. Das Unternehmen hat stets argumentiert, nicht die Firma selbst, sondern ihre Kunden hätten die Software bedient.', denier: 'NSO Group' },
  { lang: 'fr', body: "Des traces d'un logiciel développé par NSO Group ont été trouvées sur les téléphones de deux avocats. NSO Group a assuré que le logiciel était utilisé uniquement dans le cadre de la loi.", denier: 'NSO Group' },
  { lang: 'es', body: 'Los teléfonos de dos abogados fueron infectados con un programa fabricado por NSO Group. NSO Group insistió en que el programa solo se usó contra delincuentes.', denier: 'NSO Group' },
  { lang: 'ru', body: 'Следы заражения нашли на телефонах двух адвокатов. Разработчик программы NSO Group заявил, что программа применялась только в рамках закона.', denier: 'NSO Group' },
  { lang: 'zh', body: '两名律师的手机被NSO集团研发的间谍软件入侵。NSO集团表示，该公司自身并未使用这款软件。', denier: 'NSO Group' },
];

for (const { lang, body, denier } of DENIALS) {
  test(`${lang}: a spyware maker's account of its tools' lawful use is ${denier}'s denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies' && c.target === denier), `${body}\n${show(cs)}`);
  });
}

const NO_DENIAL: Array<{ lang: string; body: string; party: string }> = [
  // A party named with no maker's words and accused by no one.
  { lang: 'en', body: 'The phones of two lawyers were infected with a spy tool. Amnesty International said the tool was only used lawfully in some countries.', party: 'Amnesty International' },
  { lang: 'de', body: 'Auf den Handys zweier Anwälte fanden Forscher Spuren einer Infektion. Amnesty International betonte, das Programm werde angeblich lediglich rechtmäßig verwendet.', party: 'Amnesty International' },
  // The maker speaks of the conduct of another party named in its words.
  { lang: 'en', body: 'The phones of two lawyers were infected with a tool developed by NSO Group. NSO Group said that Mexico had used the tool only lawfully.', party: 'NSO Group' },
  { lang: 'es', body: 'Los teléfonos de dos abogados fueron infectados con un programa fabricado por NSO Group. NSO Group afirmó que México solo usó el programa contra delincuentes.', party: 'NSO Group' },
  // The maker's words are no denial when the words narrow a hit: "only five phones were hit".
  { lang: 'zh', body: '两名律师的手机被NSO集团研发的间谍软件入侵。NSO集团表示，只有五部手机受到影响。', party: 'NSO Group' },
  // The maker words stand far from the party's name, in another clause.
  { lang: 'fr', body: "Un fabricant de logiciels a été cité dans l'enquête, qui vise plusieurs pays. Amnesty International a assuré que le logiciel était utilisé uniquement dans le cadre de la loi.", party: 'Amnesty International' },
];

for (const { lang, body, party } of NO_DENIAL) {
  test(`${lang}: no denial by ${party} in "${body.slice(0, 40)}…"`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === party && c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}
