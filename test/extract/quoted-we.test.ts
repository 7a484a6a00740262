/**
 * A "we" inside a quotation that a clause ending in a colon introduces ("Velmora rejected this: «We
 * have never ...»") is the party that clause names first, not the body publishing the text (a vendor's
 * blog retelling another company's denial). Sentences and names are invented for this test; ESET stands
 * for the blog's publisher in the byline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, header: string, body: string]> = [
  ['en', 'ESET | Blog | 1 June 2023', 'The agency accused Velmora of working with the NSA. Velmora rejected this: "We have never worked with any government to build a backdoor into our products."'],
  ['de', 'ESET | Blog | 1. Juni 2023', 'Der FSB warf Velmora eine Zusammenarbeit mit der NSA vor. Velmora wies das zurück: «Wir haben nie einem Geheimdienst geholfen, Hintertüren in unsere Router zu setzen.»'],
  ['fr', 'ESET | Blog | 1 juin 2023', "Le FSB a accusé Velmora de collaborer avec la NSA. Velmora a rejeté ces accusations : « Nous n'avons jamais collaboré avec un gouvernement pour installer une porte dérobée. »"],
  ['es', 'ESET | Blog | 1 de junio de 2023', 'El FSB acusó a Velmora de colaborar con la NSA. Velmora lo rechazó: «Nunca hemos colaborado con ningún gobierno para instalar una puerta trasera».'],
  ['vi', 'ESET | Blog | 1/6/2023', 'FSB cáo buộc Velmora hợp tác với NSA. Velmora bác bỏ: “Chúng tôi chưa bao giờ giúp cơ quan tình báo nào đặt cửa hậu vào bộ định tuyến của mình.”'],
];

for (const [lang, header, body] of CASES) {
  test(`${lang}: "we" in a quotation introduced by a colon is the introducing party, not the publisher`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'ESET'), show(cs));
  });
}

test('en: the publisher\'s own "we" outside any quotation stays the publisher', () => {
  const cs = claimsOf('The agency accused Velmora of working with the NSA. We recommend that organizations update their devices.', 'en', { header: 'ESET | Blog | 1 June 2023' });
  assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'warns'), show(cs));
});
