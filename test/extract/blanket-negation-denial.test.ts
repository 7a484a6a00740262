/**
 * A denial told as a blanket negation rather than with a deny verb: a hostile act negated over everyone
 * ("we do not spy on anyone", "nosotros no espiamos a nadie", "nous n'espionnons personne", "wir spionieren
 * niemanden aus", "мы ни за кем не шпионим", "chúng tôi không theo dõi ai cả", "我们不监视任何人"), or any tie
 * to the act denied ("к этим атакам государство отношения не имеет", "与所谓X毫无关联"). The speaking party
 * denies. Negatives: a verb that is no hostile act over the same negative object, a word that only looks like
 * the negative object, "relations" that are no tie, and a tie denied for someone else by an investigator.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<{ lang: string; body: string; denier: string }> = [
  { lang: 'en', body: 'Ottawa accused Mexico of spying on reporters with the tool. "We do not spy on anyone," the Mexican president said.', denier: 'MX' },
  { lang: 'es', body: 'Canadá acusó a México de espiar a periodistas con la herramienta. "Nosotros no espiamos a nadie", dijo el presidente mexicano.', denier: 'MX' },
  { lang: 'es', body: 'Canadá acusó a México de espiar a periodistas. El presidente mexicano aseguró que su gobierno no espía a nadie.', denier: 'MX' },
  { lang: 'fr', body: "Ottawa a accusé le Mexique d'espionner des journalistes. « Nous n'espionnons personne », a déclaré le président mexicain.", denier: 'MX' },
  { lang: 'de', body: 'Ottawa warf Mexiko vor, Journalisten auszuspähen. "Wir spionieren niemanden aus", sagte der mexikanische Präsident.', denier: 'MX' },
  { lang: 'ru', body: 'Оттава обвинила Мексику в слежке за журналистами. «Мы ни за кем не шпионим», заявил президент Мексики.', denier: 'MX' },
  { lang: 'vi', body: 'Ottawa cáo buộc Mexico theo dõi các nhà báo. Tổng thống Mexico nói: "Chúng tôi không theo dõi ai cả."', denier: 'MX' },
  { lang: 'zh', body: '渥太华指责墨西哥监视记者。墨西哥总统表示：“我们不监视任何人。”', denier: 'MX' },
  { lang: 'ru', body: 'Оттава обвинила Москву во взломе порта. Президент России заявил, что к этим атакам российское государство отношения не имеет.', denier: 'RU' },
  { lang: 'zh', body: '渥太华指责北京入侵港口。中国外交部表示，中方与所谓“黑客组织”毫无关联。', denier: 'CN' },
];

for (const { lang, body, denier } of DENIALS) {
  test(`${lang}: a blanket negation of the act is ${denier}'s denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}

const NO_DENIAL: Array<{ lang: string; body: string }> = [
  // A verb that is no hostile act, over the same negative object.
  { lang: 'en', body: '"We do not blame anyone yet," the Canadian minister said about the outage.' },
  { lang: 'de', body: '"Wir beschuldigen niemanden", sagte der kanadische Minister nach dem Ausfall.' },
  { lang: 'fr', body: "« Nous ne soupçonnons personne pour l'instant », a déclaré le ministre canadien." },
  { lang: 'zh', body: '加拿大部长表示，我们不信任任何人。' },
  // A verb that only shares the first letters of a hostile one ("espera", waits).
  { lang: 'es', body: 'El presidente mexicano dijo que su gobierno no espera a nadie para actuar.' },
  // "AI" is no negative object.
  { lang: 'vi', body: 'Bộ trưởng Canada nói cơ quan này không giám sát AI trong các hệ thống công.' },
  // "отношения" as relations between states, no tie to an act.
  { lang: 'ru', body: 'Министр заявил, что двусторонние отношения не имеют перспектив без диалога.' },
  // A tie denied for a suspect by investigators.
  { lang: 'ru', body: 'Следствие установило, что к взлому подозреваемый отношения не имеет.' },
  { lang: 'zh', body: '警方表示，该嫌疑人与此次入侵毫无关联。' },
];

for (const { lang, body } of NO_DENIAL) {
  test(`${lang}: no denial in "${body.slice(0, 40)}…"`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}
