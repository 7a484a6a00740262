/**
 * An accused party justifying its own conduct in reported speech, with no verb of denial: the words narrow the
 * conduct to lawful use ("only used lawfully", "nur im Rahmen der Gesetze", "только в рамках закона", "仅用于合法
 * 用途", "chỉ được dùng theo đúng pháp luật", "solo contra delincuentes") or put the act on someone else ("not the
 * company itself but its customers"). The speaker denies. Negatives: the same words said by a party no one accuses,
 * by the accuser, about another party's conduct, and a victim narrowing what was hit. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<{ lang: string; body: string; denier: string }> = [
  { lang: 'en', body: 'Canada accused Mexico of spying on reporters with the tool. The Mexican interior minister stressed that the software had only been used lawfully.', denier: 'MX' },
  { lang: 'de', body: 'Kanada warf Mexiko vor, Journalisten mit dem Programm auszuspähen. Der mexikanische Innenminister betonte, die Software sei ausschließlich im Rahmen der Gesetze eingesetzt worden.', denier: 'MX' },
  { lang: 'es', body: 'Canadá acusó a México de espiar a periodistas con el programa. El ministro del Interior mexicano insistió en que el programa solo se usó contra delincuentes.', denier: 'MX' },
  { lang: 'ru', body: 'Канада обвинила Мексику в слежке за журналистами. Министр внутренних дел Мексики заявил, что программа применялась только в рамках закона.', denier: 'MX' },
  { lang: 'ru', body: 'Канада обвинила Мексику в слежке за журналистами. Министр внутренних дел Мексики заявил, что программа применялась против преступников, а не против журналистов.', denier: 'MX' },
  { lang: 'fr', body: "Le Canada a accusé le Mexique d'espionner des journalistes. Le ministre mexicain de l'Intérieur a assuré que le logiciel était utilisé uniquement dans le cadre de la loi.", denier: 'MX' },
  { lang: 'vi', body: 'Canada cáo buộc Mexico theo dõi các nhà báo. Bộ trưởng Nội vụ Mexico khẳng định phần mềm chỉ được dùng theo đúng pháp luật.', denier: 'MX' },
  { lang: 'zh', body: '加拿大指责墨西哥监视记者。墨西哥内政部长表示，该软件仅用于合法用途。', denier: 'MX' },
  // A correction that puts the act on someone else.
  { lang: 'en', body: 'Canada accused Mexico of spying on reporters. The Mexican government said that not the state itself but private contractors had used the tool.', denier: 'MX' },
  { lang: 'de', body: 'Kanada warf Mexiko vor, Journalisten auszuspähen. Die mexikanische Regierung erklärte, nicht der Staat selbst, sondern private Auftragnehmer hätten das Programm eingesetzt.', denier: 'MX' },
  // Accused through the threat group under discussion, which the knowledge base ties to the speaker's state.
  { lang: 'en', body: 'APT28 broke into the mail servers of the ministry. The Russian foreign ministry said its services had only ever acted lawfully.', denier: 'RU' },
];

for (const { lang, body, denier } of DENIALS) {
  test(`${lang}: an accused party's account of its own lawful conduct is ${denier}'s denial`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies' && c.target === denier), `${body}\n${show(cs)}`);
  });
}

const NO_DENIAL: Array<{ lang: string; body: string; party: string }> = [
  // Said by a party no one accuses.
  { lang: 'en', body: 'The Mexican interior minister stressed that the software had only been used lawfully.', party: 'MX' },
  { lang: 'de', body: 'Der mexikanische Innenminister betonte, die Software sei ausschließlich im Rahmen der Gesetze eingesetzt worden.', party: 'MX' },
  // Said by the accuser.
  { lang: 'es', body: 'Canadá acusó a México de espiar a periodistas. El ministro canadiense insistió en que su propia policía solo usó el programa contra delincuentes.', party: 'CA' },
  // About the conduct of another party, named in the reported words.
  { lang: 'en', body: 'Canada accused Mexico of spying on reporters. The Canadian minister said that Mexico had used the software only lawfully in the past.', party: 'CA' },
  { lang: 'zh', body: '加拿大指责墨西哥监视记者。加拿大外交部表示，墨西哥过去仅用于合法用途。', party: 'CA' },
  // A victim narrowing what was hit.
  { lang: 'en', body: 'Hackers linked to Russia attacked Estonia. The Estonian government said only five servers were hit.', party: 'EE' },
  { lang: 'ru', body: 'Хакеры атаковали Эстонию. Правительство Эстонии заявило, что пострадали только пять серверов.', party: 'EE' },
];

for (const { lang, body, party } of NO_DENIAL) {
  test(`${lang}: no denial by ${party} in "${body.slice(0, 40)}…"`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === party && c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}
