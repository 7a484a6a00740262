/**
 * A text whose body opens on a first-person plural possessive before its author's own staff or tools ("Our analysts
 * found ...", "Nos analystes ont trouvé ...", "Наши аналитики нашли ...") speaks in its author's own voice, as one opening
 * on "we" does: a later "we" outside quotation marks is that author, never the state the discourse last heard "say"
 * something; with no author named it makes no claim. Negatives: a possessive inside a quotation that opens the body
 * (a news story quoting a minister) leaves the story's voice alone, and the quoted state's later "we" keeps it.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Our analysts found a new espionage crew, Quillmoth, that goes after ministries in Romania.\n\nRomania said the intrusions touched several ministries. We expect Quillmoth to continue its attacks and to extend its toolset.'],
  ['fr', 'Nos analystes ont trouvé un nouveau groupe d\'espionnage, Quillmoth, qui vise des ministères en Roumanie.\n\nLa Roumanie a déclaré que les intrusions avaient touché plusieurs ministères. Nous nous attendons à ce que Quillmoth poursuive ses attaques.'],
  ['de', 'Unsere Analysten haben eine neue Spionagegruppe namens Quillmoth gefunden, die Ministerien in Rumänien ins Visier nimmt.\n\nRumänien erklärte, die Angriffe hätten mehrere Ministerien getroffen. Wir erwarten, dass Quillmoth seine Angriffe fortsetzt.'],
  ['es', 'Nuestros analistas encontraron un nuevo grupo de espionaje, Quillmoth, que apunta a ministerios de Rumanía.\n\nRumanía dijo que las intrusiones afectaron a varios ministerios. Prevemos que Quillmoth continúe sus ataques.'],
  ['ru', 'Наши аналитики нашли новую шпионскую группу Quillmoth, которая охотится за министерствами Румынии.\n\nРумыния заявила, что пострадали несколько министерств. Мы предупреждаем, что Quillmoth будет и дальше атаковать ведомства.'],
] as const) {
  test(`${lang}: a post opening on "our staff" speaks in its own voice, its "we" is not the state heard last: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Quillmoth: a new espionage crew' });
    assert.ok(!cs.some((c) => c.claimant === 'RO' && c.stance === 'warns'), show(cs));
  });
}

// vi and zh write the possessive with the pronoun itself ("của chúng tôi", "我们的"): already a first-person opening.
for (const [lang, body] of [
  ['vi', 'Các chuyên gia của chúng tôi đã tìm ra một nhóm gián điệp mới có tên Quillmoth nhắm vào các bộ của Romania.\n\nRomania cho biết các cuộc tấn công đã ảnh hưởng đến nhiều bộ. Chúng tôi dự báo Quillmoth sẽ tiếp tục tấn công.'],
  ['zh', '我们的分析人员发现了一个名为Quillmoth的新间谍组织，其目标是罗马尼亚的部委。\n\n罗马尼亚表示，攻击波及多个部委。我们预计Quillmoth将继续发动攻击。'],
] as const) {
  test(`${lang}: a possessive opening is the author's own voice: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Quillmoth: a new espionage crew' });
    assert.ok(!cs.some((c) => c.claimant === 'RO' && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', '"Our ministries were hit by Quillmoth," Romania\'s foreign minister Ion Varga said on Monday.\n\nRomania blamed Quillmoth for the intrusions. "We warn Quillmoth that these attacks will not go unanswered," he added.'],
  ['fr', '« Nos ministères ont été visés par Quillmoth », a déclaré lundi le ministre roumain des Affaires étrangères, Ion Varga.\n\nLa Roumanie a imputé les intrusions à Quillmoth. « Nous avertissons Quillmoth que ces attaques ne resteront pas sans réponse », a-t-il ajouté.'],
  ['de', '„Unsere Ministerien wurden von Quillmoth angegriffen“, sagte der rumänische Außenminister Ion Varga am Montag.\n\nRumänien machte Quillmoth für die Angriffe verantwortlich. „Wir warnen Quillmoth, dass diese Angriffe nicht unbeantwortet bleiben“, fügte er hinzu.'],
] as const) {
  test(`${lang}: a quoted possessive opening keeps the story's voice, the quoted "we" its speaker (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Quillmoth hits ministries' });
    assert.ok(cs.some((c) => c.claimant === 'RO' && c.stance === 'warns'), show(cs));
  });
}
