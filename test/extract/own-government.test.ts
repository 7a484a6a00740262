/**
 * An accusation against a government named by its common noun ("accused the government of", "accuse le pouvoir
 * d'avoir", "acusó al Gobierno de", "warf der Regierung vor", "обвинила власти в", "指责政府", "cáo buộc chính
 * phủ"): the accused is the accuser's own state, here the state whose minister speaks in the text. Negative cases:
 * a state accusing "the government" (whose, it does not say), a foreign government named with its state word (that
 * state), and "government" as a modifier ("government-backed"). Sentences and names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const HOME: Array<[lang: string, body: string, claimant: string, state: string]> = [
  ['en', "Thailand's interior minister Somchai Pradit said on Monday that the police use only lawful tools. Amnesty International accused the government of using the spyware against protesters.", 'Amnesty International', 'TH'],
  ['en', "Hungary's foreign minister Pal Verebi insisted that the services acted within the law. The opposition Momentum party accused the government of spying on reporters.", 'Momentum', 'HU'],
  ['fr', "Le ministre grec de l'Intérieur, Nikos Varelas, a déclaré lundi que la police respectait la loi. Amnesty International accuse le pouvoir d'avoir espionné des journalistes.", 'Amnesty International', 'GR'],
  ['fr', "Le ministre grec de l'Intérieur, Nikos Varelas, a déclaré lundi que la police respectait la loi. Le PASOK accuse le gouvernement d'avoir mis son dirigeant sur écoute.", 'PASOK', 'GR'],
  ['es', 'El ministro del Interior de España, Tomás Erreguiz, afirmó el lunes que la policía respeta la ley. Amnistía Internacional acusó al Gobierno de espiar a varios periodistas.', 'Amnesty International', 'ES'],
  ['de', 'Der polnische Innenminister Marek Wilski sagte am Montag, die Polizei handle rechtmäßig. Amnesty International warf der Regierung vor, Journalisten ausgespäht zu haben.', 'Amnesty International', 'PL'],
  ['ru', 'Министр внутренних дел Грузии Давид Кварели заявил в понедельник, что полиция действует законно. Amnesty International обвинила власти в слежке за журналистами.', 'Amnesty International', 'GE'],
  ['zh', '泰国内政部长颂猜周一表示，警方一直依法行事。公民实验室指责政府利用间谍软件监视抗议人士。', 'Citizen Lab', 'TH'],
  ['vi', 'Bộ trưởng Nội vụ Thái Lan Somchai Pradit hôm thứ Hai cho biết cảnh sát luôn hành động đúng luật. Tổ chức Ân xá Quốc tế cáo buộc chính phủ đã dùng phần mềm gián điệp để theo dõi người biểu tình.', 'Amnesty International', 'TH'],
];

for (const [lang, body, claimant, state] of HOME) {
  test(`${lang}: an accusation against "the government" accuses the accuser's own state`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, state), show(cs));
  });
}

test('en: a state accusing "the government" accuses no state we can tell, never itself', () => {
  const cs = claimsOf("Russia's foreign ministry said on Monday that the reports were false. China accused the government of spying on its diplomats.", 'en');
  assert.ok(!cs.some((c) => c.claimant === 'CN' && c.target === 'CN'), show(cs));
  assert.ok(!attributes(cs, 'CN', 'RU'), show(cs));
});

test('en, fr: a foreign government named with its state word is that state', () => {
  const en = claimsOf("Thailand's interior minister Somchai Pradit said on Monday that the police use only lawful tools. Amnesty International accused the Cambodian government of spying on activists.", 'en');
  assert.ok(attributes(en, 'Amnesty International', 'KH') && !attributes(en, 'Amnesty International', 'TH'), show(en));
  const fr = claimsOf("Le ministre grec de l'Intérieur, Nikos Varelas, a déclaré lundi que la police respectait la loi. Amnesty International accuse le gouvernement turc d'avoir espionné des journalistes.", 'fr');
  assert.ok(attributes(fr, 'Amnesty International', 'TR') && !attributes(fr, 'Amnesty International', 'GR'), show(fr));
});

test('en: "government" as a modifier is not the accused', () => {
  const cs = claimsOf("Thailand's interior minister Somchai Pradit said on Monday that the police use only lawful tools. Amnesty International accused government-linked contractors of selling the spyware.", 'en');
  assert.ok(!attributes(cs, 'Amnesty International', 'TH'), show(cs));
});

test('en: the government as the accuser speaks for its state, it is not accused', () => {
  const cs = claimsOf("Thailand's interior minister Somchai Pradit said on Monday that the police use only lawful tools. The government accused Amnesty International of spreading rumours.", 'en');
  assert.ok(!cs.some((c) => c.target === 'TH' && c.claimant !== 'TH' && c.stance !== 'denies'), show(cs));
});
