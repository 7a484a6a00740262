/**
 * Warnings, confirmations, calls and denials, on sentences written for these tests in several
 * languages: an advisory about a threat group warns of the group when the text names no state for it (each co-signer too); a
 * victim reporting it was hit confirms; a denial told as a qualifier with no speaker ("groundless
 * accusations against China") is the accused party's; "we" never calls on itself; and the cue
 * words of each stance in every profile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

function claims(body: string, lang: string): ClaimCandidate[] {
  const text = `Headline\n${body}\nSource: https://example.org/story`;
  const x = extract(text, { lang });
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  return x.claims;
}
const has = (cs: ClaimCandidate[], claimant: string, stance: string, target?: string | null) =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && (target === undefined || (c.target ?? null) === target));
const show = (cs: ClaimCandidate[]) => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target]));

// An advisory "on the tactics of" a group names no one after its cue: it warns of the group (of its state once the text names it).
const ADVISORY: Array<[string, string, string[]]> = [
  ['en', 'The FBI, together with agencies from Canada and Australia, published a joint advisory on the tactics of APT28.', ['US', 'CA', 'AU']],
  ['es', 'El FBI, junto con agencias de Canadá y Australia, publicó un aviso conjunto sobre las tácticas de APT28.', ['US', 'CA', 'AU']],
  ['de', 'Das BSI hat gemeinsam mit Behörden aus Kanada eine Warnmeldung zu den Angriffen von APT28 veröffentlicht.', ['DE', 'CA']],
  ['fr', 'Le CERT-FR recommande d’appliquer sans délai les correctifs contre les attaques d’APT28.', ['FR']],
];
for (const [lang, sentence, warners] of ADVISORY) {
  test(`${lang}: an advisory about a threat group warns of the group when the text names no state for it, for every co-signer`, () => {
    const cs = claims(sentence, lang);
    for (const w of warners) assert.ok(has(cs, w, 'warns', 'APT28'), `${w}: ${show(cs)}`);
    // A co-signer is never the one warned of.
    assert.ok(!cs.some((c) => c.stance === 'warns' && warners.includes(c.target ?? '')), show(cs));
  });
}

// The victim reports it was hit: a confirmation by the victim, about itself.
const CONFIRMS: Array<[string, string]> = [
  ['en', 'The Czech foreign ministry said its network had come under a cyberattack.'],
  ['fr', 'Le ministère tchèque de l’Intérieur a indiqué que ses serveurs avaient été la cible d’une intrusion.'],
  ['ru', 'Министерство иностранных дел Чехии сообщило, что его сети подверглись массированной DDoS-атаке.'],
  ['zh', '捷克政府表示，其网络遭受境外网络攻击。'],
  ['vi', 'Bộ Ngoại giao Séc cho biết hệ thống của bộ đã bị tấn công.'],
  ['de', 'Das tschechische Außenministerium erklärte, es habe einen Cyberangriff erlitten.'],
  ['es', 'El Ministerio de Exteriores checo dijo que sus sistemas habían sido objeto de ataques.'],
];
for (const [lang, sentence] of CONFIRMS) {
  test(`${lang}: a victim saying it was hit confirms it`, () => {
    const cs = claims(sentence, lang);
    assert.ok(has(cs, 'CZ', 'confirms', 'CZ'), show(cs));
  });
}

// A qualifier of someone's accusation told with no speaker: the accuser is the subject, the accused denies.
const QUALIFIED: Array<[string, string, string, string]> = [
  ['en', 'Ottawa has once again made groundless accusations against China.', 'CN', 'CA'],
  ['es', 'Washington ha lanzado acusaciones infundadas contra Rusia.', 'RU', 'US'],
  ['zh', '所谓“伏特台风”是美方自导自演的虚假信息行动。', 'CN', 'US'],
];
for (const [lang, sentence, denier, accuser] of QUALIFIED) {
  test(`${lang}: an accusation called groundless with no speaker is denied by the accused, not the accuser`, () => {
    const cs = claims(sentence, lang);
    assert.ok(has(cs, denier, 'denies'), show(cs));
    assert.ok(!has(cs, accuser, 'denies'), show(cs));
  });
}

// "We urge the Canadian side ...": after the other side's accusation, "we" is the accused, not the addressee.
const SELF_CALL: Array<[string, string, string, string]> = [
  ['en', 'Canada accused China of hacking its research council. We urge the Canadian side to stop these accusations.', 'CN', 'CA'],
  ['zh', '英国指责中国对其选举委员会发动网络攻击。我们敦促英方停止散布虚假信息。', 'CN', 'GB'],
  ['de', 'Tschechien warf China vor, ein Prager Forschungsinstitut angegriffen zu haben. Wir fordern die tschechische Seite auf, diese haltlosen Vorwürfe einzustellen.', 'CN', 'CZ'],
];
for (const [lang, body, caller, addressee] of SELF_CALL) {
  test(`${lang}: "we" calling on a party is not that party`, () => {
    const cs = claims(body, lang);
    assert.ok(has(cs, caller, 'calls-for', addressee), show(cs));
    assert.ok(!has(cs, addressee, 'calls-for'), show(cs));
  });
}

// Cue words of each stance, one sentence per form.
const CUES: Array<[string, string, string, string, string | null | undefined]> = [
  ['en', 'China said it was not aware of any such incident.', 'CN', 'denies', undefined],
  ['fr', '« Nous n’avons rien à voir avec ces piratages », a déclaré la Russie.', 'RU', 'denies', undefined],
  ['ru', 'МИД России заявил: «Мы отвергаем эти обвинения».', 'RU', 'denies', undefined],
  ['en', 'The Russian embassy said a response to the sanctions is inevitable.', 'RU', 'warns', undefined],
  ['ru', 'Посольство России заявило, что ответ на санкции будет неизбежен.', 'RU', 'warns', undefined],
  ['zh', '中国外交部表示，如英方一意孤行，中方将作出坚决回应。', 'CN', 'warns', 'GB'],
  ['vi', 'Bắc Kinh sẽ có biện pháp cần thiết để đáp trả, Bộ Ngoại giao Trung Quốc cho biết hôm thứ Hai.', 'CN', 'warns', undefined],
  ['zh', '中國外交部呼籲日方停止炒作。', 'CN', 'calls-for', undefined],
];
for (const [lang, sentence, claimant, stance, target] of CUES) {
  test(`${lang}: "${sentence.slice(0, 40)}…" is a claim of stance ${stance}`, () => {
    const cs = claims(sentence, lang);
    assert.ok(has(cs, claimant, stance, target), show(cs));
  });
}

// An accusation of smearing rebuts an accusation: a denial, no attribution of an operation.
const QUALIFIED_ACCUSATION: Array<[string, string, string, string]> = [
  ['en', 'Beijing’s embassy in Ottawa said it knew nothing about the incident and accused Washington of fabricating false narratives.', 'CN', 'US'],
  ['es', 'La portavoz china aseguró que China se opone a los ciberataques y acusó a Estados Unidos de difundir calumnias contra China.', 'CN', 'US'],
  ['ru', 'В заявлении посольства говорится, что российская сторона голословно обвиняется в кибератаках.', 'RU', 'RU'],
];
for (const [lang, sentence, denier, other] of QUALIFIED_ACCUSATION) {
  test(`${lang}: an accusation qualified as a smear is a denial, not an attribution`, () => {
    const cs = claims(sentence, lang);
    assert.ok(has(cs, denier, 'denies'), show(cs));
    assert.ok(!cs.some((c) => (c.stance === 'accuses' || c.stance === 'attributes') && (c.target === other || c.claimant === denier)), show(cs));
  });
}

// The counter-accusation of a denial: "X is the real hacker empire" attributes to X, said by the speaker.
const CONTRASTIVE: Array<[string, string]> = [
  ['en', 'A Chinese foreign ministry spokesperson said the United States is itself the world’s biggest hacking empire.'],
  ['zh', '外交部发言人表示，美国才是全球最大的黑客帝国。'],
  ['vi', 'Phát ngôn viên của Bộ Ngoại giao Trung Quốc cho rằng Mỹ mới là nguồn gốc của các cuộc tấn công mạng.'],
];
for (const [lang, sentence] of CONTRASTIVE) {
  test(`${lang}: "X is the real attacker" is the speaker's counter-accusation of X`, () => {
    const cs = claims(sentence, lang);
    assert.ok(cs.some((c) => c.claimant === 'CN' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'US'), show(cs));
  });
}
