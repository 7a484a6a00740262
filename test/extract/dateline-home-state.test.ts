/**
 * A wire report's dateline tells the article's home state when no speaker's state leads (dateline-state.ts,
 * home-state.ts): the generic authorities of a story filed from a capital, with no state named beside them, are that
 * state's ("WIEN (dpa) - Die Behörden warnten ...", "КИШИНЁВ, ... - Власти предупредили ...", "VIÊNG CHĂN, ... - Giới
 * chức cảnh báo ..."). A state named beside the body keeps it: foreign authorities in a report filed elsewhere stay
 * foreign. Sentences invented for this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'warns');

describe('dateline home state', () => {
  const positives: Array<[string, string, string]> = [
    ['de', 'WIEN (dpa) - Die Behörden warnten vor Angriffen der Gruppe Turla.', 'AT'],
    ['ru', 'КИШИНЁВ, 4 марта - Власти предупредили, что атаки группировки APT28 продолжатся.', 'MD'],
    ['vi', 'VIÊNG CHĂN, 4/3 - Giới chức cảnh báo nhóm Lazarus sẽ tiếp tục tấn công.', 'LA'],
  ];
  for (const [lang, body, state] of positives) {
    it(`${lang}: unnamed authorities speak for the dateline's state`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(warns(cs, state), show(cs));
    });
  }

  const negatives: Array<[string, string, string, string]> = [
    ['de', 'WIEN (dpa) - Die ungarischen Behörden warnten vor Angriffen der Gruppe Turla.', 'HU', 'AT'],
    ['ru', 'КИШИНЁВ, 4 марта - Румынские власти предупредили, что атаки группировки APT28 продолжатся.', 'RO', 'MD'],
    ['en', 'BRATISLAVA, May 4 (Reuters) - The Hungarian authorities warned that Turla would strike again.', 'HU', 'SK'],
  ];
  for (const [lang, body, own, dateline] of negatives) {
    it(`${lang}: authorities named with their state stay that state's, not the dateline's`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(warns(cs, own) && !warns(cs, dateline), show(cs));
    });
  }

  it('de: a company speaks for no state, whatever the dateline', () => {
    const cs = claimsOf('WIEN (dpa) - Die Firma warnte vor Angriffen der Gruppe Turla.', 'de');
    assert.ok(!warns(cs, 'AT'), show(cs));
  });
});
