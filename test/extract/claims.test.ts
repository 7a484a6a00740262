import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const TITLE = 'Headline\n';

function claims(body: string): { text: string; claims: ClaimCandidate[] } {
  const text = `${TITLE}${body}\nSource: https://example.org/story`;
  const x = extract(text);
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text, 'evidence is the exact passage');
  return { text, claims: x.claims };
}

const has = (cs: ClaimCandidate[], claimant: string, stance: string, target?: string) =>
  cs.find((c) => c.claimant === claimant && c.stance === stance && (target === undefined || c.target === target));

test('en: a vendor reports an attribution; a state denies, accuses, warns, calls for', () => {
  const { claims: cs, text } = claims([
    'Microsoft said on Tuesday that hackers working for Russia had broken into the email accounts of its senior staff.',
    'The Kremlin rejected the accusation.',
    'Germany accused Russia of hacking the Bundestag. Berlin warned that Moscow would face serious consequences.',
    'Beijing urged Washington to stop its cyberattacks.',
  ].join('\n'));
  assert.ok(has(cs, 'Microsoft', 'attributes', 'RU'), JSON.stringify(cs));
  assert.ok(has(cs, 'RU', 'denies'));
  assert.ok(has(cs, 'DE', 'accuses', 'RU'));
  const warn = has(cs, 'DE', 'warns', 'RU');
  assert.ok(warn);
  assert.equal(warn!.evidence.text, 'Berlin warned that Moscow would face serious consequences.');
  assert.ok(has(cs, 'CN', 'calls-for', 'US'));
  assert.ok(text.includes(warn!.evidence.text));
});

test('en: "X\'s accusations are groundless" is a denial by the speaker, not by X', () => {
  const { claims: cs } = claims('A Chinese foreign ministry spokesman, Wei Tao, said the American accusations were groundless.');
  assert.ok(has(cs, 'CN', 'denies'));
  assert.ok(!has(cs, 'US', 'denies'));
});

test('vi: pronoun "Ông" carries the speaker into the next sentence; deny then call for dialogue', () => {
  const { claims: cs } = claims([
    'Mỹ cáo buộc Iran đứng sau loạt vụ xâm nhập hệ thống điều khiển của các nhà máy nước.',
    'Người phát ngôn Bộ Ngoại giao Iran, ông Nasser Kanaani, bác bỏ cáo buộc này.',
    'Ông cho biết, Iran sẵn sàng đối thoại với Mỹ.',
  ].join('\n'));
  assert.ok(has(cs, 'US', 'accuses', 'IR'));
  const deny = has(cs, 'IR', 'denies');
  assert.equal(deny?.speaker, 'Nasser Kanaani');
  assert.ok(has(cs, 'IR', 'calls-for', 'US'));
  assert.equal(cs.filter((c) => c.claimant === 'US' && c.stance === 'accuses').length, 1, 'the accusation being denied is not a new accusation');
});

test('zh: 他表示 reported speech, a counter-accusation and 敦促', () => {
  const { claims: cs } = claims('中国外交部发言人汪文斌表示，美方的指控毫无根据。他说，美国才是对中国发动网络攻击最多的国家。中方敦促美方停止对中国的网络窃密。');
  assert.ok(has(cs, 'CN', 'denies'));
  assert.ok(!has(cs, 'US', 'denies'));
  const counter = has(cs, 'CN', 'attributes', 'US');
  assert.equal(counter?.evidence.text, '他说，美国才是对中国发动网络攻击最多的国家。');
  assert.ok(has(cs, 'CN', 'calls-for', 'US'));
});

test('ru: заявила ... отвергает, then "по её словам" with a counter-accusation', () => {
  const { claims: cs } = claims('Официальный представитель МИД России Мария Захарова заявила, что Москва отвергает обвинения Вашингтона.\nПо её словам, американские спецслужбы сами проводят кибератаки против России.');
  assert.ok(has(cs, 'RU', 'denies'));
  assert.ok(has(cs, 'RU', 'attributes', 'US'));
  assert.ok(!has(cs, 'US', 'accuses'), 'the accusations being rejected are not re-extracted');
});

test('fr: accuse, rejeter, and "selon lui, X doit cesser" as a call on X by the speaker', () => {
  const { claims: cs } = claims([
    "La France a accusé la Russie d'avoir piraté les serveurs de plusieurs ministères.",
    'Un porte-parole du Kremlin, Ivan Sorokine, a rejeté ces accusations.',
    'Selon lui, Paris doit cesser de propager des rumeurs.',
  ].join('\n'));
  assert.ok(has(cs, 'FR', 'accuses', 'RU'));
  assert.ok(has(cs, 'RU', 'denies'));
  assert.ok(has(cs, 'RU', 'calls-for', 'FR'));
});

test('de: Konjunktiv continues the speaker; "werde Folgen spüren, kündigte sie an"', () => {
  const { claims: cs } = claims([
    'Außenministerin Petra Lange sagte am Montag, Deutschland sei von russischen Hackern angegriffen worden.',
    'Den Angriff könne man eindeutig der Gruppe APT28 zuordnen, die der russische Militärgeheimdienst lenke.',
    'Moskau werde die Konsequenzen spüren, kündigte sie an.',
  ].join('\n'));
  assert.ok(has(cs, 'DE', 'accuses', 'RU'), JSON.stringify(cs));
  assert.ok(has(cs, 'DE', 'warns', 'RU'));
});

test('similar reports by other states echo the last attribution', () => {
  const { claims: cs } = claims('The United States accused China of hacking its power grid. Canada and Australia published similar reports.');
  assert.ok(has(cs, 'US', 'accuses', 'CN'));
  assert.ok(has(cs, 'CA', 'attributes', 'CN'));
  assert.ok(has(cs, 'AU', 'attributes', 'CN'));
});

test('narration without a speaker or a cue yields no claim', () => {
  const { claims: cs } = claims('Chinese hackers read the mailboxes of several officials last year. Routers are a favourite entry point.');
  assert.deepEqual(cs, []);
});

test('a short lead sentence and its elaboration are one claim, kept on the elaboration', () => {
  const { claims: cs } = claims('Moscow pushed back on Friday. Foreign ministry spokeswoman Olga Petrova said Russia had no knowledge of any such intrusion.');
  const denials = cs.filter((c) => c.stance === 'denies');
  assert.equal(denials.length, 1, JSON.stringify(cs));
  assert.equal(denials[0]!.claimant, 'RU');
  assert.match(denials[0]!.evidence.text, /^Foreign ministry spokeswoman Olga Petrova said/);
  assert.equal(denials[0]!.speaker, 'Olga Petrova');
});

test('a joined subject: every state in it makes the claim', () => {
  const { claims: cs } = claims('Poland, Lithuania and the Netherlands on Friday blamed Russia for the cyberattacks on their railways.');
  for (const c of ['PL', 'LT', 'NL']) assert.ok(has(cs, c, 'accuses', 'RU') ?? has(cs, c, 'attributes', 'RU'), `${c}: ${JSON.stringify(cs)}`);
  const fr = claims('La France et l’Allemagne ont accusé la Russie de cyberattaques contre leurs hôpitaux.');
  for (const c of ['FR', 'DE']) assert.ok(has(fr.claims, c, 'accuses', 'RU'), `${c}: ${JSON.stringify(fr.claims)}`);
  // Victims listed after the verb do not become claimants.
  const v = claims('Germany accused Russia of attacking Poland, Lithuania and the Netherlands.');
  assert.equal(v.claims.filter((c) => c.stance === 'accuses').map((c) => c.claimant).join(), 'DE');
});

test('an embassy in another capital speaks for its own state', () => {
  const { claims: cs } = claims('A spokesperson for the Russian embassy in Ottawa said Russia firmly rejected the groundless accusations.');
  assert.ok(has(cs, 'RU', 'denies'), JSON.stringify(cs));
  assert.ok(!cs.some((c) => c.claimant === 'CA'), JSON.stringify(cs));
  const zh = claims('俄罗斯驻加拿大使馆发言人表示，俄方坚决反对毫无根据的指责。');
  assert.ok(has(zh.claims, 'RU', 'denies'), JSON.stringify(zh.claims));
  assert.ok(!zh.claims.some((c) => c.claimant === 'CA'), JSON.stringify(zh.claims));
});

test('states that co-sign or back an attribution make it too', () => {
  const { claims: cs } = claims([
    'Sweden on Monday accused Russia of a cyberattack on its national railway.',
    'Finland, Norway and Denmark co-signed the statement.',
  ].join('\n'));
  for (const c of ['SE', 'FI', 'NO', 'DK']) assert.ok(has(cs, c, 'accuses', 'RU') ?? has(cs, c, 'attributes', 'RU'), `${c}: ${JSON.stringify(cs)}`);
});

test('zh: the body right before a role word is who the spokesperson speaks for', () => {
  const text = `${TITLE}外交部发言人毛宁表示，美方长期对中国发动网络攻击。\nSource: https://example.org/story`;
  const x = extract(text);
  const mao = x.people.find((p) => p.aliases.includes('毛宁'));
  assert.equal(mao?.speaks_for, 'CN', JSON.stringify(x.people));
  assert.ok(has(x.claims, 'CN', 'attributes', 'US'), JSON.stringify(x.claims));
  // "发言人表示" / "发言人此前在": words after the role are no name.
  const y = extract(`${TITLE}外交部发言人此前在记者会上表示，美国才是网络攻击的最大来源。\nSource: https://example.org/story`);
  assert.deepEqual([...y.people, ...y.mentioned_people].map((p) => p.name), []);
});

test('fr: "X a appelé Y à ..." is a call by X on Y; what is called for is no claim of its own', () => {
  const { claims: cs } = claims('Berlin a appelé Moscou à cesser ces attaques et à ne plus calomnier les pays européens.');
  assert.ok(has(cs, 'DE', 'calls-for', 'RU'), JSON.stringify(cs));
  assert.ok(!cs.some((c) => c.stance === 'denies'), JSON.stringify(cs));
});

test('a state named as a modifier ("China-linked") is not the speaker', () => {
  const { claims: cs } = claims('Microsoft detailed a China-linked campaign, which the company said had breached utilities in Guam.');
  assert.ok(!cs.some((c) => c.claimant === 'CN'), JSON.stringify(cs));
});

test('a passive "had been warned" is no warning; an accused state warns its accuser', () => {
  const p = claims('The breach was first reported by a local newspaper, which said diplomats had been warned months earlier.');
  assert.ok(!p.claims.some((c) => c.stance === 'warns'), JSON.stringify(p.claims));
  const { claims: cs } = claims([
    'The Netherlands accused Russia of hacking its police networks.',
    'Russian foreign ministry spokeswoman Maria Zakharova warned that the response would be inevitable.',
  ].join('\n'));
  assert.ok(has(cs, 'RU', 'warns', 'NL'), JSON.stringify(cs));
});

test('national cyber agencies speak for their states', () => {
  const { claims: cs } = claims('国家互联网应急中心发布报告称，美国情报机构对我国军工企业实施网络攻击。');
  assert.ok(has(cs, 'CN', 'attributes', 'US'), JSON.stringify(cs));
});

test('a warning told before the accusation it backs is aimed at the accused', () => {
  const { claims: cs } = claims([
    'The FBI warned companies to be careful when hiring remote workers.',
    'The Justice Department accused North Korea of running the scheme to fund its weapons programmes.',
  ].join('\n'));
  assert.ok(has(cs, 'US', 'warns', 'KP'), JSON.stringify(cs));
});

test('an appeal without a named addressee is still a call; an indictment is an accusation', () => {
  const { claims: cs } = claims('China’s foreign ministry spokesperson urged the international community to strengthen cooperation in cyberspace.');
  assert.ok(has(cs, 'CN', 'calls-for'), JSON.stringify(cs));
  const fr = claims('La justice américaine a inculpé six officiers du renseignement militaire russe pour des cyberattaques.');
  assert.ok(has(fr.claims, 'US', 'accuses', 'RU'), JSON.stringify(fr.claims));
});

test('officials known under another language\'s name take the name the others use', () => {
  const x = extract(`${TITLE}Người phát ngôn của Bộ Ngoại giao Trung Quốc Lâm Kiếm hôm thứ Ba nói Bắc Kinh bác bỏ các cáo buộc.\nSource: https://example.org/story`);
  const lin = x.people.find((p) => p.name === 'Lin Jian');
  assert.ok(lin, JSON.stringify(x.people));
  assert.ok(lin.aliases.includes('Lâm Kiếm'));
  assert.equal(lin.speaks_for, 'CN');
});

test('vi: a name closing a role phrase with its body is a person ("Người phát ngôn Bộ Ngoại giao Ngô Toàn Thắng nói")', () => {
  const x = extract(`${TITLE}"Thông tin đó là không có cơ sở", Người phát ngôn Bộ Ngoại giao Ngô Toàn Thắng nói tại họp báo.\nSource: https://example.org/story`);
  assert.deepEqual([...x.people, ...x.mentioned_people].map((p) => p.name), ['Ngô Toàn Thắng']);
});

test('each party of an accused list is accused; the objects of a verb are not co-claimants of a later one', () => {
  const { claims: cs } = claims('Iran accused Israel and the United States of the cyberattack that paralysed its fuel stations.');
  assert.ok(has(cs, 'IR', 'accuses', 'IL'), JSON.stringify(cs));
  assert.ok(has(cs, 'IR', 'accuses', 'US'), JSON.stringify(cs));
  const ru = claims('МИД России обвинил США и Украину в кибератаках и предупредил, что агрессивные действия не останутся без ответа.');
  assert.ok(!ru.claims.some((c) => c.claimant === 'UA' || (c.claimant === 'US' && c.stance === 'warns')), JSON.stringify(ru.claims));
});

test('silence is no claim: "has not commented on the accusations"', () => {
  const { claims: cs } = claims('Điện Kremlin chưa bình luận về cáo buộc của Kiev.');
  assert.deepEqual(cs, []);
  const en = claims('Pyongyang has not commented and has in the past denied any involvement in cybercrime.');
  assert.ok(has(en.claims, 'KP', 'denies'), JSON.stringify(en.claims));
});

test('a trailing attribution: "..., US officials said on Friday." pins the act on the accused', () => {
  const { claims: cs } = claims('Chinese state hackers breached several telecom carriers, US officials said on Friday.');
  assert.ok(has(cs, 'US', 'attributes', 'CN'), JSON.stringify(cs));
  const evidence = cs.find((c) => c.claimant === 'US')!.evidence.text;
  assert.ok(evidence.startsWith('Chinese state hackers'), evidence);
});

test('a short reference ("the Journal") is the organisation named in full before it', () => {
  const { claims: cs } = claims([
    'The breach was first reported by The Wall Street Journal on Saturday.',
    'According to the Journal, a Chinese hacking group carried out the intrusion.',
  ].join('\n'));
  assert.ok(has(cs, 'The Wall Street Journal', 'attributes', 'CN'), JSON.stringify(cs));
  assert.ok(!cs.some((c) => c.claimant === 'Journal'), JSON.stringify(cs));
});

test('a warning is addressed to a state, not to a company named in it', () => {
  const { claims: cs } = claims([
    'The White House accused North Korea of the ransomware attack.',
    'Officials warned that Microsoft and Facebook had already taken action against the hackers.',
  ].join('\n'));
  assert.ok(!cs.some((c) => c.target === 'Microsoft and Facebook' || c.target === 'Microsoft'), JSON.stringify(cs));
});

test('en: "backing the finding" echoes an attribution; "..., saying" introduces a vendor\'s words', () => {
  const { claims: cs } = claims([
    'The United States blamed North Korea for the ransomware attack.',
    'Australia and Japan issued statements backing the finding on the same day.',
    'Microsoft disclosed the intrusion in January, saying a Russian state-sponsored group was behind it.',
  ].join('\n'));
  for (const c of ['AU', 'JP']) assert.ok(has(cs, c, 'attributes', 'KP'), `${c}: ${JSON.stringify(cs)}`);
  assert.ok(has(cs, 'Microsoft', 'attributes', 'RU'), JSON.stringify(cs));
});

test('naming the culprit is an attribution ("kết luận Iran là thủ phạm", "evidence of involvement")', () => {
  const vi = claims('Nhà Trắng cho biết Washington đã kết luận Iran là thủ phạm.');
  assert.ok(has(vi.claims, 'US', 'attributes', 'IR'), JSON.stringify(vi.claims));
  const ru = claims('Канцлер Германии Ангела Меркель заявила, что у Берлина есть серьёзные улики причастности российских сил.');
  assert.ok(has(ru.claims, 'DE', 'attributes', 'RU'), JSON.stringify(ru.claims));
});
