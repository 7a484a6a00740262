/**
 * A vendor's post whose body opens on the post's date, on a line of its own ("8 March 2024") or as a dateline ("City,
 * 28 February 2024 – "), and then on its own researchers' finding told with "we" ("Researchers at X found a backdoor
 * which we named ..."): the date is no word of the opening sentence, and the research source opening it publishes the
 * post, so its later "we" is that source. A news story opening on a vendor after its date, in the third person, is
 * no vendor's post: its "we" is not the vendor's. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DATE_LINE: Array<[lang: string, header: string, body: string]> = [
  ['en', 'March 8, 2024', 'Researchers at ESET have found a new backdoor in the mail servers of two ministries, which we named Quillwork. Russia denied any involvement. We urge ministries to patch their mail servers without delay.'],
  ['ru', '8 марта 2024 года', 'Исследователи ESET обнаружили новый бэкдор на почтовых серверах двух министерств, который мы назвали Quillwork. Россия отрицает свою причастность. Мы призываем министерства без промедления обновить почтовые серверы.'],
  ['es', '8 de marzo de 2024', 'Los investigadores de ESET han descubierto una nueva puerta trasera en los servidores de correo de dos ministerios que, según nuestro análisis, roba datos de los ministerios. Rusia negó cualquier implicación. Instamos a los ministerios a actualizar sus servidores de correo sin demora.'],
];

for (const [lang, header, body] of DATE_LINE) {
  test(`${lang}: a date on its own line before a vendor's first-person opening: "we" is the vendor`, () => {
    const cs = claimsOf(body, lang, { header: `${header}\n` });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'calls-for'), show(cs));
  });
}

const DATELINE: Array<[lang: string, body: string]> = [
  ['de', 'Bratislava, 28. Februar 2024 – Die Experten von ESET haben eine Spionagesoftware analysiert, die nach unserer Einschätzung Daten aus Ministerien stehlen soll. Russland bestreitet jede Beteiligung. Wir fordern die Ministerien auf, ihre Mailserver umgehend zu aktualisieren.'],
  ['fr', 'Bratislava, 28 février 2024 – Les chercheurs d’ESET ont analysé un logiciel espion qui, selon notre analyse, doit voler des données de ministères. La Russie a démenti toute implication. Nous appelons les ministères à mettre à jour leurs serveurs de messagerie sans tarder.'],
  ['en', 'Bratislava, February 28, 2024 – The experts of ESET have analysed a spying tool which, in our view, is built to steal data from ministries. Russia denied any involvement. We urge ministries to patch their mail servers without delay.'],
];

for (const [lang, body] of DATELINE) {
  test(`${lang}: a dateline before a vendor's first-person opening: "we" is the vendor`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'calls-for'), show(cs));
  });
}

const NEWS: Array<[lang: string, header: string, body: string]> = [
  ['en', 'March 8, 2024', 'Researchers at ESET found a backdoor in the mail servers of two ministries, a report said on Tuesday. Russia denied any involvement. We urge readers to update their phones without delay.'],
  ['de', '8. März 2024', 'Forscher von ESET haben auf den Mailservern zweier Ministerien eine Hintertür gefunden, heißt es in einem Bericht vom Dienstag. Russland bestreitet jede Beteiligung. Wir fordern unsere Leser auf, ihre Telefone umgehend zu aktualisieren.'],
  ['ru', '8 марта 2024 года', 'Исследователи ESET нашли бэкдор на почтовых серверах двух министерств, говорится в отчёте, опубликованном во вторник. Россия отрицает свою причастность. Мы призываем читателей без промедления обновить свои телефоны.'],
];

for (const [lang, header, body] of NEWS) {
  test(`${lang}: a story opening on a vendor's researchers in the third person after its date: "we" is not the vendor`, () => {
    const cs = claimsOf(body, lang, { header: `${header}\n` });
    assert.ok(!cs.some((c) => c.claimant === 'ESET' && c.stance === 'calls-for'), show(cs));
  });
}

test('en: a vendor quoted in the sentence after the date line is no author of the story', () => {
  const cs = claimsOf('Researchers at ESET found a backdoor in two ministries. "We named it Quillwork," the company said. Russia denied any involvement. We urge readers to update their phones.', 'en', { header: 'March 8, 2024\n' });
  assert.ok(!cs.some((c) => c.claimant === 'ESET' && c.stance === 'calls-for'), show(cs));
});
