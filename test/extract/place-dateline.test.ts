/**
 * A dateline known by its place (claims/place-dateline.ts): a capital, a seat or a major city written in ordinary case
 * before a dash ("Hà Nội - ", "Hanoi – ", "Ханой - "), with or without a date, opens a report filed there; the place is
 * no party of the sentence. A state named right after a state body ("Bộ Nội vụ Lít-va", "МВД Литвы") names that body's
 * state, and the dateline's state is neither the speaker nor the accused. A state's own name before a dash, with no date,
 * is no dateline ("Lít-va - Ba Lan ..." pairs two states). Sentences invented for this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';
import { datelineLength } from '../../src/extract/claims/parties.ts';

const warns = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) => cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target);
const involves = (cs: ReturnType<typeof claimsOf>, state: string) => cs.some((c) => c.claimant === state || c.target === state);

describe('dateline known by its place', () => {
  const positives: Array<[string, string]> = [
    ['vi', 'Hà Nội - Bộ Nội vụ Lít-va cho rằng nhóm tin tặc Belarus đứng sau vụ đột nhập mạng bưu chính hôm thứ Ba.'],
    ['vi', 'Hà Nội - Theo Bộ Nội vụ Lít-va, nhóm tin tặc Belarus đứng sau vụ đột nhập mạng bưu chính hôm thứ Ba.'],
    ['vi', 'Hà Nội, 14/3 - Bộ Nội vụ Lít-va nhận định nhóm tin tặc Belarus đứng sau vụ đột nhập mạng bưu chính.'],
    ['de', 'Hanoi – Nach Angaben des litauischen Innenministeriums steckt eine belarussische Hackergruppe hinter dem Einbruch ins Paketnetz.'],
    ['ru', 'Ханой - По данным МВД Литвы, за взломом сети почтовых терминалов стоит белорусская хакерская группа.'],
    ['ru', 'Ханой - За взломом сети почтовых терминалов стоит белорусская хакерская группа, заявили в МВД Литвы.'],
  ];
  for (const [lang, body] of positives) {
    it(`${lang}: the body's own state accuses, not the dateline's: ${body.slice(0, 40)}`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(attributes(cs, 'LT', 'BY') && !involves(cs, 'VN'), show(cs));
    });
  }

  it('en: the dateline place is not what a warning is of', () => {
    const cs = claimsOf('Hanoi - The Lithuanian interior ministry blamed the parcel network breach on a crew from Belarus and warned of further intrusions.', 'en');
    assert.ok(warns(cs, 'LT', 'BY') && !involves(cs, 'VN'), show(cs));
  });

  it('reads the place of a dateline, in ordinary case, with or without a date', () => {
    for (const s of ['Hà Nội - Bộ Nội vụ Lít-va cho rằng', 'Hanoi – Nach Angaben des Ministeriums', 'Ханой - По данным МВД', 'Vilnius, 14/3 - Le ministère estime']) assert.ok(datelineLength(s) > 0, s);
  });

  // Negatives.
  it('vi: a body with no state named after a Hanoi dateline still speaks for Vietnam', () => {
    const cs = claimsOf('Hà Nội - Bộ Nội vụ cho rằng nhóm tin tặc Belarus đứng sau vụ đột nhập mạng bưu chính hôm thứ Ba.', 'vi');
    assert.ok(attributes(cs, 'VN', 'BY'), show(cs));
  });

  it('a state name, a common word or an unknown town before a dash opens no undated dateline', () => {
    for (const s of ['Lít-va - Ba Lan ký thỏa thuận chung về an ninh mạng.', 'Analyse – Le ministère estime que', 'Kleinstadt – Das Ministerium glaubt']) assert.equal(datelineLength(s), 0, s);
  });

  it('en: a capital that speaks with no dash is still its state', () => {
    const cs = claimsOf('Vilnius blamed the parcel network breach on a crew from Belarus.', 'en');
    assert.ok(attributes(cs, 'LT', 'BY'), show(cs));
  });
});
