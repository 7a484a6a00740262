/**
 * An interview's answers: a "we" in a paragraph that answers a question is the side of the one the lead introduced
 * as interviewed ("Wir sprachen mit X, dem Leiter von Y", "Nous avons interrogé X", "Мы поговорили с X"), not the
 * party the answer itself or the narration named last (a foreign agency whose accusation the answer reports).
 * Negatives: a "we" in a paragraph that answers no question, and a "we" inside a quotation, keep their reading.
 * Names and texts invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const ANSWERS = [
  ['de', 'Wir sprachen mit Kasimir Lenz, dem Leiter des polnischen Nachrichtendienstes ABW.\n\nWer steckt hinter den Angriffen?\nDas britische National Cyber Security Centre hat die Kampagne ebenfalls der Gruppe APT28 zugeschrieben.\n\nWas erwarten Sie von den Behörden?\nWir rufen alle Behörden auf, ihre Systeme sofort zu aktualisieren.'],
  ['fr', 'Nous avons interrogé Kasimir Lenz, le directeur de l\'agence polonaise ABW.\n\nQui est derrière ces attaques ?\nLe National Cyber Security Centre britannique a lui aussi attribué la campagne au groupe APT28.\n\nQu\'attendez-vous des administrations ?\nNous appelons toutes les administrations à mettre à jour leurs systèmes sans délai.'],
  ['ru', 'Мы поговорили с Казимиром Ленцем, руководителем польского агентства ABW.\n\nКто стоит за атаками?\nБританский National Cyber Security Centre также приписал кампанию группе APT28.\n\nЧего вы ждёте от ведомств?\nМы призываем все ведомства немедленно обновить свои системы.'],
  ['en', 'We spoke with Kasimir Lenz, the head of Poland\'s ABW agency.\n\nWho is behind the attacks?\nThe British National Cyber Security Centre has also attributed the campaign to APT28.\n\nWhat do you expect from agencies?\nWe call on all agencies to update their systems immediately.'],
] as const;

for (const [lang, body] of ANSWERS) {
  test(`${lang}: an answer's "we" is the interviewee's side, not the agency the answer named`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'GB' && c.stance === 'calls-for'), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'PL' && c.stance === 'calls-for'), show(cs));
  });
}

const NO_QUESTION = [
  ['de', 'Wir sprachen mit Kasimir Lenz, dem Leiter des polnischen Nachrichtendienstes ABW.\n\nDas britische National Cyber Security Centre hat die Kampagne der Gruppe APT28 zugeschrieben. „Wir rufen alle Behörden auf, ihre Systeme sofort zu aktualisieren“, sagte ein Sprecher des Zentrums.'],
  ['fr', 'Nous avons interrogé Kasimir Lenz, le directeur de l\'agence polonaise ABW.\n\nLe National Cyber Security Centre britannique a attribué la campagne au groupe APT28. « Nous appelons toutes les administrations à mettre à jour leurs systèmes », a déclaré un porte-parole du centre.'],
  ['ru', 'Мы поговорили с Казимиром Ленцем, руководителем польского агентства ABW.\n\nБританский National Cyber Security Centre приписал кампанию группе APT28. «Мы призываем все ведомства немедленно обновить свои системы», — заявил представитель центра.'],
] as const;

for (const [lang, body] of NO_QUESTION) {
  test(`${lang}: a quoted "we" outside any answer keeps its speaker`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'PL' && c.stance === 'calls-for'), show(cs));
  });
}
