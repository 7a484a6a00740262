/**
 * A researcher who analyses, discovers or finds acts, as one who speaks does ("Researchers Anna Keller and
 * Tom Brandt analysed the exploit", "ont analysé le code", "analysierte den Code", "проанализировали эксплойт
 * и установили", "Chuyên gia X phân tích mã độc"), and so does a minister who sets out a case ("el ministro
 * ..., Jorge Rodríguez, expuso ante el país"). The verbs join the person-acts profiles. Sentences invented
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const peopleOf = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);

for (const [lang, body, names] of [
  ['en', 'Researchers Anna Keller and Tom Brandt analysed the exploit.', ['Anna Keller', 'Tom Brandt']],
  ['fr', 'Les chercheurs Anne Keller et Tom Brandt ont analysé le code.', ['Anne Keller', 'Tom Brandt']],
  ['de', 'Die Forscherin Anna Keller analysierte den Code.', ['Anna Keller']],
  ['es', 'El ministro de Comunicación, Jorge Ramírez, expuso ante el país que la agresión fue planificada.', ['Jorge Ramírez']],
  ['ru', 'Наши эксперты Борис Ларцев и Игорь Кузьмин проанализировали эксплойт и установили, что он использует уязвимость.', ['Boris Lartsev', 'Igor Kuzmin']],
  ['vi', 'Chuyên gia Nguyễn Văn Hùng phân tích mã độc này.', ['Nguyễn Văn Hùng']],
] as const) {
  test(`${lang}: an expert's finding makes them act: ${names.join(', ')}`, () => {
    const people = peopleOf(body, lang);
    for (const n of names) assert.ok(people.some((p) => p.includes(n)), JSON.stringify(people));
  });
}

test('en: a person only mentioned beside an analysis does not act', () => {
  assert.deepEqual(peopleOf('The samples analysed by the lab resembled the tools of Anna Keller.', 'en'), []);
});
