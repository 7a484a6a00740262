/**
 * A sector's people with the act's participle right after them are its victims, even where the act
 * is told nowhere before them ("one of the MPs targeted", "дипломаты, атакованные ...", "des
 * diplomates piratés"). Where a bare verb after the noun is its own finite verb (Russian without the
 * comma, Vietnamese), the people act. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (text: string, lang: string) => extract(`Brief\n${text}\nSource: x`, { lang }).sectors.map((s) => s.name).sort();

const victims: [string, string][] = [
  ['en', 'Tim Rowe, one of the MPs targeted, spoke first.'],
  ['ru', 'Дипломаты, атакованные хакерами, обратились в полицию.'],
  ['fr', 'Les courriels des diplomates piratés ont été publiés.'],
];
for (const [lang, text] of victims) {
  test(`${lang}: the act's participle after a sector's people makes them victims`, () => {
    assert.ok(sectors(text, lang).includes('government'), sectors(text, lang).join(','));
  });
}

const acting: [string, string][] = [
  ['ru', 'Дипломаты атаковали решение суда.'],
  ['vi', 'Các quan chức tấn công quyết định của tòa án.'],
  ['en', 'After the intrusion, officials said systems were restored.'],
];
for (const [lang, text] of acting) {
  test(`${lang}: a finite verb after a sector's people is theirs, not an act on them`, () => {
    assert.ok(!sectors(text, lang).includes('government'), sectors(text, lang).join(','));
  });
}
