/**
 * A company reference ("the company", "l'éditeur", "der Konzern", "компания", "该公司", "công ty này", "la empresa")
 * means the organisation the text introduced with that same noun ("the security company Velmora", "L'éditeur
 * finlandais Velmora", "网络安全公司Velmora"), even when another known company is named between them, as a product's
 * maker or in passing ("a plug-in for Microsoft Word"). With two companies introduced by the noun, the last one is
 * meant; a reference with no company before it names nobody, and a French reference opening its sentence
 * ("L'éditeur estime ...") is no organisation's name. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'New backdoor tied to Sandworm';
const by = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && (c.target === 'RU' || c.target === 'Sandworm Team'));

for (const [lang, body] of [
  ['en', 'The security company Velmora disclosed a new backdoor on Tuesday. The implant poses as a plug-in for Microsoft Word. The company assesses that the backdoor is the work of Sandworm, a unit of Russian military intelligence.'],
  ['fr', "L'éditeur finlandais Velmora a dévoilé mardi une porte dérobée inédite. Le programme se présente comme une extension de Microsoft Word. L'éditeur estime que cette porte dérobée provient de Sandworm, un groupe du renseignement militaire russe."],
  ['es', 'La empresa finlandesa Velmora presentó el martes una puerta trasera desconocida. El programa se hace pasar por un complemento de Microsoft Word. La empresa atribuye la puerta trasera a Sandworm, una unidad de la inteligencia militar rusa.'],
  ['de', 'Der finnische Konzern Velmora hat am Dienstag eine neue Hintertür beschrieben. Das Programm tarnt sich als Erweiterung für Microsoft Word. Der Konzern ordnet die Hintertür der Gruppe Sandworm zu, einer Einheit des russischen Militärgeheimdienstes.'],
  ['ru', 'Финская компания Velmora во вторник сообщила о новом бэкдоре. Программа маскируется под расширение для Microsoft Word. Компания связывает бэкдор с группировкой Sandworm, подразделением российской военной разведки.'],
  ['vi', 'Hãng bảo mật Velmora hôm thứ Ba công bố một cửa hậu mới. Chương trình này giả dạng tiện ích của Microsoft Word. Hãng này cho rằng cửa hậu là sản phẩm của Sandworm, một đơn vị thuộc tình báo quân đội Nga.'],
  ['zh', '芬兰网络安全公司Velmora周二披露了一个新的后门程序。该程序伪装成Microsoft Word的插件。该公司认为，该后门出自俄罗斯军事情报机构下属的黑客组织Sandworm之手。'],
] as const) {
  test(`${lang}: a company reference means the company introduced with its noun: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(by(cs, 'Velmora'), show(cs));
    assert.ok(!by(cs, 'Microsoft'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The security company Orsat published a report on Monday. The security company Velmora disclosed a new backdoor on Tuesday. The implant poses as a plug-in for Microsoft Word. The company assesses that the backdoor is the work of Sandworm, a unit of Russian military intelligence.'],
  ['fr', "L'éditeur Orsat a publié lundi un rapport. L'éditeur finlandais Velmora a dévoilé mardi une porte dérobée inédite. Le programme se présente comme une extension de Microsoft Word. L'éditeur estime que cette porte dérobée provient de Sandworm, un groupe du renseignement militaire russe."],
] as const) {
  test(`${lang}: of two companies introduced with the noun, the last is meant (negative for the first): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(by(cs, 'Velmora'), show(cs));
    assert.ok(!by(cs, 'Orsat') && !by(cs, 'Microsoft'), show(cs));
  });
}

for (const [lang, body] of [
  ['fr', "L'éditeur estime que cette porte dérobée provient de Sandworm, un groupe du renseignement militaire russe."],
  ['fr', "L'entreprise estime que cette porte dérobée provient de Sandworm, un groupe du renseignement militaire russe."],
  ['en', 'The company assesses that the backdoor is the work of Sandworm, a unit of Russian military intelligence.'],
] as const) {
  test(`${lang}: a company reference with no company before it names nobody (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!cs.some((c) => /^l['’]/iu.test(c.claimant) || /company/iu.test(c.claimant)), show(cs));
  });
}

test('en: a company named last without the noun still wins when none was introduced with it (control)', () => {
  const cs = claimsOf('Velmora disclosed a new backdoor on Tuesday. The samples were analysed by Orsat Networks. The company assesses that the backdoor is the work of Sandworm, a unit of Russian military intelligence.', 'en', { title: TITLE });
  assert.ok(by(cs, 'Orsat Networks'), show(cs));
});
