/**
 * A bare name opening a sentence as the subject of a verb of speech, denial or confirmation ("Velmora bác bỏ ...",
 * "Velmora rejected ...", "Velmora a démenti ...") is an organisation when the text names it again inside a
 * sentence. Vietnamese took no single word as a name at all (every syllable of a Vietnamese name is capitalised);
 * a foreign name in plain Latin letters is one there too. A name the text writes only once stays no party.
 * Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf as claims, show } from '../helpers/claim-sentences.ts';

const denies = (cs: ReturnType<typeof claims>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'denies');

test('a bare recurring name before a denial verb denies (vi, en, fr)', () => {
  const vi = claims('Cơ quan tình báo cáo buộc Velmora hợp tác với NSA. Velmora bác bỏ cáo buộc, khẳng định chưa bao giờ cài cửa hậu cho bất kỳ chính phủ nào.', 'vi');
  assert.ok(denies(vi, 'Velmora'), show(vi));
  const en = claims('The intelligence service accused Velmora of working with the NSA. Velmora rejected the accusation.', 'en');
  assert.ok(denies(en, 'Velmora'), show(en));
  const fr = claims('Le service de renseignement a accusé Velmora de travailler avec la NSA. Velmora a démenti ces accusations.', 'fr');
  assert.ok(denies(fr, 'Velmora'), show(fr));
});

test('a bare name the text writes only once is no party (vi)', () => {
  const vi = claims('Cơ quan tình báo đưa ra cáo buộc mới. Velmora bác bỏ cáo buộc, khẳng định chưa bao giờ cài cửa hậu cho bất kỳ chính phủ nào.', 'vi');
  assert.ok(!vi.some((c) => c.claimant === 'Velmora'), show(vi));
});
