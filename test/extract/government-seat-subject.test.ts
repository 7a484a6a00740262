/**
 * A government noun with its seat after a locative ("the authorities in Beijing", "die Regierung in Hanoi", "власти в
 * Москве"): the capital is that government's state, the subject of the verb after the phrase, not a place where
 * another party's body sits. Without it the government noun alone was read back to the previous sentence's speaker.
 * A state that qualifies the noun ("the US authorities in Hanoi") or a body noun that is no government ("the US
 * embassy in ...") keeps the capital a place. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const denies = (cs: ClaimCandidate[], who: string) => cs.some((c) => c.claimant === who && c.stance === 'denies' && c.target === who);

for (const [lang, body, state] of [
  ['en', 'Britain accused China of the APT31 intrusions. The authorities in Beijing denied the allegations.', 'CN'],
  ['en', 'The United States accused Vietnam of running the APT32 campaign. The government in Hanoi rejected the accusations.', 'VN'],
  ['de', 'Großbritannien warf China Angriffe von APT31 vor. Die Behörden in Peking wiesen die Anschuldigungen zurück.', 'CN'],
  ['de', 'Die USA machten Vietnam für die Kampagne von APT32 verantwortlich. Die Regierung in Hanoi hat die Vorwürfe zurückgewiesen.', 'VN'],
  ['ru', 'Британия обвинила Китай в атаках APT31. Власти в Пекине отвергли эти обвинения.', 'CN'],
  ['fr', "Londres a accusé la Chine d'être derrière APT31. Les autorités à Pékin ont démenti ces accusations.", 'CN'],
  ['es', 'Londres acusó a China de estar detrás de APT31. Las autoridades en Pekín rechazaron las acusaciones.', 'CN'],
] as const) {
  test(`${lang}: the seat of a government denies for its state: ${body.slice(-45)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(denies(cs, state), show(cs));
  });
}

for (const [lang, body, state] of [
  ['en', 'The United States accused Vietnam of running the APT32 campaign. The US authorities in Hanoi rejected the accusations.', 'VN'],
  ['en', 'The United States accused Vietnam of running the APT32 campaign. The US embassy in Hanoi rejected the accusations.', 'VN'],
  ['en', 'Britain accused China of the APT31 intrusions. At a conference in Beijing, officials denied the allegations.', 'CN'],
  ['de', 'Die USA warfen Vietnam Angriffe von APT32 vor. Die US-Botschaft in Hanoi wies die Vorwürfe zurück.', 'VN'],
  ['ru', 'Британия обвинила Россию в атаках APT28. Посольство США в Москве отвергло эти обвинения.', 'RU'],
] as const) {
  test(`${lang}: a capital that is only where another's body sits denies nothing: ${body.slice(-45)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!denies(cs, state), show(cs));
  });
}
