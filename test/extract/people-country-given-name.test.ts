/**
 * A given name spelled like a state's name ("Việt Nga", "Đức", "Jordan", "Монако") closes a person's
 * name after a role phrase or an honorific: the person is found, and the state in the name is not the
 * one they speak for. A capitalised body or a sentence-initial noun before a state's name is no person.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const doc = (body: string, lang: string) => extract(`Title\n${body}\nSource: https://example.test/a`, { lang });
const acting = (body: string, lang: string) => doc(body, lang).people;
const everyone = (body: string, lang: string) => { const x = doc(body, lang); return [...x.people, ...x.mentioned_people]; };

const NAMED: Array<[string, string, string, string]> = [
  ['vi', 'Đại biểu Phạm Thị Việt Nga (đoàn Nam Định) nêu: "Nhiều hệ thống của doanh nghiệp đã bị tấn công."', 'Phạm Thị Việt Nga', ''],
  ['vi', 'Thứ trưởng Bộ Công an Việt Nam, ông Lê Minh Đức, cho biết các cuộc tấn công đã bị ngăn chặn.', 'Lê Minh Đức', 'VN'],
  ['en', 'The attack was contained within hours, said Deputy Minister of Defence Paul Jordan of Canada.', 'Paul Jordan', 'CA'],
  ['ru', 'Атака была отражена, заявила заместитель министра обороны Канады Анна Монако.', 'Анна Монако', 'CA'],
];
for (const [lang, body, name, state] of NAMED) {
  test(`${lang}: a given name spelled like a state closes the name after a role or an honorific`, () => {
    const ps = acting(body, lang);
    const p = ps.find((x) => x.name === name || x.aliases.includes(name));
    assert.ok(p, JSON.stringify(ps));
    // '' : the sentence names no state, so none (not the one in the name).
    assert.equal(p.speaks_for, state || undefined, JSON.stringify(p));
  });
}

test('an apposition opened by an honorific is the name\'s own (vi, en)', () => {
  assert.ok(acting('Thứ trưởng Bộ Công an, ông Trần Quang Hải, cho biết hệ thống đã được khôi phục.', 'vi').some((p) => p.name === 'Trần Quang Hải'));
  assert.ok(acting('The deputy minister, Mr Paul Hardy, said the systems had been restored.', 'en').some((p) => p.name === 'Paul Hardy'));
});

test('a body or a common noun before a state\'s name is no person (ru, es, de)', () => {
  assert.deepEqual(everyone('Власти Молдавии заявили, что атака была отражена.', 'ru').map((p) => p.name), []);
  assert.deepEqual(everyone('El Banco Central de Rusia afirmó que sus sistemas no fueron afectados.', 'es').map((p) => p.name), []);
  assert.deepEqual(everyone('Ein Sprecher der Botschaft der Volksrepublik China sagte, die Vorwürfe seien haltlos.', 'de').map((p) => p.name), []);
});
