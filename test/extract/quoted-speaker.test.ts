/**
 * A quotation closed before its speech verb ("\"...,\" the ministry said", "« ... », a déclaré le
 * ministère", "«...», — заявил представитель"): a party inside the quotation does not speak, the speaker
 * is told between the quotation and the verb or right after the verb, and the words are the
 * quotation's. The audience after the verb ("a déclaré à l'AFP") does not speak. A quotation that
 * repeats a claim the text has told (same claimant, stance, target and operations) is that claim.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
import { quoteLeadEnd } from '../../src/extract/claims/speech.ts';
import { lexiconFor } from '../../src/extract/lexicons/index.ts';
import type { Sentence } from '../../src/extract/segment.ts';

const LEAD = 'The servers went down on Tuesday and stayed offline for days.';

const QUOTED: Array<[string, string, string, string]> = [
  ['en', '"All we know points to Russia being behind the intrusion," the Ukrainian defence ministry said in a statement on Friday.', 'UA', 'RU'],
  ['fr', '« La Russie est derrière le piratage de nos serveurs », a affirmé mardi le ministère ukrainien lors d\'une conférence de presse.', 'UA', 'RU'],
  ['es', '"China está detrás de estos ataques contra nuestras redes", afirmó el ministro de Defensa filipino ante el Congreso.', 'PH', 'CN'],
  ['ru', '«За атакой на серверы стоит Пекин», — заявил представитель министерства обороны Филиппин журналистам.', 'PH', 'CN'],
  ['vi', '"Trung Quốc đứng sau những cuộc tấn công này", người phát ngôn Bộ Quốc phòng Philippines nói với báo giới.', 'PH', 'CN'],
  ['de', '„Hinter dem Angriff auf unsere Netze steht Russland", sagte ein Sprecher des estnischen Außenministeriums am Montag in Tallinn.', 'EE', 'RU'],
];
for (const [lang, sentence, claimant, accused] of QUOTED) {
  test(`${lang}: a quotation closed before its speech verb is the speaker's, not the accused's`, () => {
    const cs = claimsOf(`${LEAD}\n${sentence}`, lang);
    assert.ok(attributes(cs, claimant, accused), show(cs));
    assert.ok(!cs.some((c) => c.claimant === accused), show(cs));
  });
}

test('fr, es: the audience of the words after the verb does not speak', () => {
  const fr = claimsOf(`${LEAD}\n« La Russie est derrière le piratage de nos serveurs », a déclaré à l'AFP le ministère ukrainien de la Défense.`, 'fr');
  assert.ok(attributes(fr, 'UA', 'RU'), show(fr));
  assert.ok(!fr.some((c) => c.claimant === 'AFP' || c.claimant === 'RU'), show(fr));
  const es = claimsOf(`${LEAD}\n"Rusia está detrás del ataque contra nuestras redes", declaró a la agencia EFE el ministro de Defensa ucraniano.`, 'es');
  assert.ok(!es.some((c) => c.claimant === 'EFE' || c.claimant === 'RU'), show(es));
});

const RESTATED: Array<[string, string]> = [
  ['en', 'Ukraine blamed Russia for the attack on its servers on Friday.\n"Russia is behind this attack," the Ukrainian defence ministry said.'],
  ['fr', 'L\'Ukraine a accusé la Russie de l\'attaque contre ses serveurs vendredi.\n« La Russie est derrière cette attaque », a déclaré le ministère ukrainien de la Défense.'],
  ['ru', 'Украина обвинила Россию в атаке на свои серверы в пятницу.\n«За этой атакой стоит Россия», — заявил представитель министерства обороны Украины.'],
];
for (const [lang, body] of RESTATED) {
  test(`${lang}: a quotation repeating the accusation told before it is that accusation`, () => {
    const cs = claimsOf(body, lang);
    const made = cs.filter((c) => c.claimant === 'UA' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU');
    assert.equal(made.length, 1, show(cs));
  });
}

test('en, fr, ru: a quoted name inside a sentence is no quotation of the speaker\'s words', () => {
  const lex = lexiconFor('en')!;
  const named = 'The ministry published a study about the so-called "Volt Typhoon", saying';
  assert.equal(quoteLeadEnd(named, lex, sentence(named), named.length - 'saying'.length), undefined);
  const words = '"The report is a fabrication," the ministry said';
  assert.equal(quoteLeadEnd(words, lex, sentence(words), words.length - 'the ministry said'.length), words.indexOf(',"') + 2);
  const fr = '« Le rapport est une fabrication », a déclaré';
  assert.equal(quoteLeadEnd(fr, lexiconFor('fr')!, sentence(fr), fr.length - 'a déclaré'.length), fr.indexOf('»') + 1);
  const ru = '«Доклад сфабрикован», — заявил';
  assert.equal(quoteLeadEnd(ru, lexiconFor('ru')!, sentence(ru), ru.length - 'заявил'.length), ru.indexOf('»') + 1);
});

function sentence(text: string): Sentence {
  return { start: 0, end: text.length, text, paragraph: 0, inQuote: false, title: false };
}
